/** The folder the end-to-end tests' site is built from (scripts/e2e-content.sh copies content/posts and
 * e2e/fixtures/posts into it); draft preview reads the same folder. */
export const E2E_CONTENT_DIR = '.e2e-content';
