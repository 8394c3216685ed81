// Build and test configuration: the app is a static bundle that runs offline; vitest runs the headless suites.
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './src/ui/app/contentSecurityPolicy.ts';

/** The built page carries its Content-Security-Policy; the dev server does not (it injects styles inline for HMR). */
const securityPolicy: Plugin = {
  name: 'drillhall-content-security-policy',
  apply: 'build',
  // The app's page only: the cross-engine test page (a test build's extra) is not the app.
  transformIndexHtml: (_html, context) => (context.path.endsWith('/index.html')
    ? [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' }]
    : []),
};

// The browser tests build one more page, the cross-engine check (test/e2e/crossEngine/); the app's build leaves it out.
const testPages = process.env.DRILLHALL_TEST_PAGES === '1'
  ? { rolldownOptions: { input: { index: 'index.html', crossEngine: 'test/e2e/crossEngine/crossEngine.html' } } }
  : {};

export default defineConfig({
  base: './',
  plugins: [securityPolicy],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000, ...testPages },
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
