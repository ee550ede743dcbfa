import { defineConfig } from '@playwright/test';
import { E2E_CONTENT_DIR } from './e2e/content-dir';
import { PREVIEW_SECRET } from './e2e/secrets';

// The end-to-end tests run against a production build (`npm run build`) of content/posts and the fixtures in
// e2e/fixtures (copied together by scripts/e2e-content.sh), served by `npm start` (`next start`), which
// scripts/test.sh makes before calling `npm run test:e2e`.
// Browser: Debian's chromium package (scripts/ensure-chromium.sh); Playwright's
// own browser downloads are never used.

// PULSE_E2E_PORT: another port, when 3100 is taken (several checkouts on one machine).
const PORT = Number(process.env.PULSE_E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'phone',
      use: {
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
    },
    {
      name: 'desktop',
      use: {
        viewport: { width: 1280, height: 800 },
      },
    },
  ],
  webServer: {
    command: `npm start --silent -- -p ${PORT} -H 127.0.0.1`,
    url: `${BASE_URL}/`,
    reuseExistingServer: !process.env.CI,
    // Draft preview on (e2e/preview.spec.ts); the revalidation route stays off (REVALIDATE_SECRET unset).
    // The content scripts/test.sh built the site from (draft preview compiles from the same folder).
    // SITE_URL other than the build's: pages, feeds and sitemaps must keep the build's (e2e/one-host.spec.ts).
    env: { PREVIEW_SECRET, PULSE_CONTENT_DIR: E2E_CONTENT_DIR, PULSE_PAGES_DIR: 'content/pages', SITE_URL: 'http://elsewhere.invalid' },
    timeout: 120_000,
  },
});
