// Build and test configuration: the app is a static bundle that runs offline; vitest runs the headless suites.
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './src/ui/app/contentSecurityPolicy.ts';

/** The built page carries its Content-Security-Policy; the dev server does not (it injects styles inline for HMR). */
const securityPolicy: Plugin = {
  name: 'drillhall-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' }],
};

export default defineConfig({
  base: './',
  plugins: [securityPolicy],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Many tests run whole drills (a crowd of hundreds, a replay for scoring); on a loaded 2-core machine some take
    // several seconds. Speed is the benchmark's business, so a test only fails here when it hangs.
    testTimeout: 30_000,
  },
});
