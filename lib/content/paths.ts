// Where the pipeline writes its output, relative to the project root.
import path from 'node:path';

export const storeDir = path.join(process.cwd(), '.content');
