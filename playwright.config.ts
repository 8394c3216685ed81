// Browser tests: Debian's Chromium, headless, against the built app served by `vite preview` on loopback.
import { defineConfig } from '@playwright/test';

// A second checkout can run its browser tests beside this one: E2E_PORT and E2E_OUT move the server and the build.
const port = Number(process.env.E2E_PORT ?? 4174);
const out = process.env.E2E_OUT ?? 'dist';

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  outputDir: process.env.E2E_OUT ? `${out}-results` : 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx vite build --outDir ${out} && npx vite preview --outDir ${out} --host 127.0.0.1 --port ${port} --strictPort`,
    // The build includes the cross-engine test's page (vite.config.ts).
    env: { DRILLHALL_TEST_PAGES: '1' },
    url: `http://127.0.0.1:${port}`,
    timeout: 180_000,
    reuseExistingServer: false,
  },
});
