/** The server under test runs with this PREVIEW_SECRET (playwright.config.ts starts it). */
export const PREVIEW_SECRET = 'e2e-preview-secret-for-tests';
