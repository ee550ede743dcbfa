// Where the pipeline reads articles and writes its output, relative to the project root.
import path from 'node:path';

// Read at run time, never bundled: the ignore comment keeps Turbopack from tracing the whole store (a
// file per article) into the build, which cost memory and time at thousands of articles.
export const storeDir = path.join(/* turbopackIgnore: true */ process.cwd(), '.content');

/** The article files (PULSE_CONTENT_DIR, relative to the project root, names another folder). */
export const contentDir = path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.PULSE_CONTENT_DIR ?? 'content/posts');

/** The site's static files (served at /), where articles' local images live. */
export const publicDir = path.join(/* turbopackIgnore: true */ process.cwd(), 'public');

/** The site pages (content/pages; PULSE_PAGES_DIR names another folder). A site built from another folder of
 * articles (PULSE_CONTENT_DIR: tests, the benchmark) has none unless PULSE_PAGES_DIR names one too. */
export const pagesDir: string | null = process.env.PULSE_PAGES_DIR
  ? path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.PULSE_PAGES_DIR)
  : process.env.PULSE_CONTENT_DIR
    ? null
    : path.resolve(/* turbopackIgnore: true */ process.cwd(), 'content/pages');
