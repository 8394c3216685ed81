// The exports' browser test against its own harness page (test/e2e/harness/exports.html) on Vite's dev server,
// for as long as the review screen does not carry the export buttons: `npx playwright test -c test/e2e/harness`.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.E2E_PORT ?? 4183);
const root = fileURLToPath(new URL('../../..', import.meta.url));

process.env.EXPORTS_HARNESS = '1';

export default defineConfig({
  testDir: '..',
  testMatch: 'exports.spec.ts',
  timeout: 90_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  outputDir: `${root}/dist-exports-results`,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx vite --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: root,
    url: `http://127.0.0.1:${port}/test/e2e/harness/exports.html`,
    timeout: 180_000,
    reuseExistingServer: false,
  },
});
