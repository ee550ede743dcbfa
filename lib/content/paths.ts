// Where the pipeline writes its output, relative to the project root.
import path from 'node:path';

// Read at run time, never bundled: the ignore comment keeps Turbopack from tracing the whole store (a
// file per article) into the build, which cost memory and time at thousands of articles.
export const storeDir = path.join(/* turbopackIgnore: true */ process.cwd(), '.content');
