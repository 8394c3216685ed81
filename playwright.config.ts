// Browser tests: Debian's Chromium, headless, against the built app served by the hall server (what `npm start`
// runs: the app over HTTP and the drill rooms over WebSocket on one port) on loopback, its rooms in a folder of its own.
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
    command: `npx vite build --outDir ${out} && rm -rf ${out}-rooms && npx tsx src/server/main.ts`,
    // The build includes the cross-engine test's page (vite.config.ts).
    env: { DRILLHALL_TEST_PAGES: '1', DRILLHALL_DIST: out, DRILLHALL_PORT: String(port), DRILLHALL_HOST: '127.0.0.1', DRILLHALL_DATA: `${out}-rooms` },
    url: `http://127.0.0.1:${port}`,
    timeout: 180_000,
    reuseExistingServer: false,
  },
});
