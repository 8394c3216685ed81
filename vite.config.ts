// Build and test configuration: the app is a static bundle that runs offline; vitest runs the headless suites.
import { defineConfig } from 'vitest/config';

// The browser tests build one more page, the cross-engine check (test/e2e/crossEngine/); the app's build leaves it out.
const testPages = process.env.DRILLHALL_TEST_PAGES === '1'
  ? { rolldownOptions: { input: { index: 'index.html', crossEngine: 'test/e2e/crossEngine/crossEngine.html' } } }
  : {};

export default defineConfig({
  base: './',
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
