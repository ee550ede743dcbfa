// The only module of the pipeline that touches the file system for content.
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleFormat } from '../article';
import { splitLanguageSuffix } from '../language';

export const ARTICLE_EXTENSIONS = ['.md', '.mdx'] as const;

export interface SourceFile {
  /** Path relative to the project root, as shown in error messages (`content/posts/knee.md`). */
  file: string;
  /** `knee` for `posts/knee.md` (and `posts/knee.fa.md`), and the folder name for a Hugo page bundle (`posts/knee/index.md`, `index.en.md`). */
  baseName: string;
  format: ArticleFormat;
  source: string;
}

/** Every article file under `dir` (recursively), sorted by path so builds are reproducible. */
export async function readArticleFiles(dir: string, root = process.cwd()): Promise<SourceFile[]> {
  const entries = await fs.promises.readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const paths = entries
    .filter((entry) => entry.isFile() && isArticlePath(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  // Read one after another, synchronously: for thousands of small files that is several times faster
  // than fs.promises.readFile (which opens, stats, reads and closes through the thread pool).
  return paths.map((absolute) => readArticleFileSync(absolute, root));
}

export async function readArticleFile(absolute: string, root = process.cwd()): Promise<SourceFile> {
  return readArticleFileSync(absolute, root);
}

function readArticleFileSync(absolute: string, root: string): SourceFile {
  const ext = path.extname(absolute).toLowerCase();
  // Hugo's language suffix (`x.fa.md`, `index.en.md`) names the article's language, not its page.
  const { stem: name } = splitLanguageSuffix(path.basename(absolute, path.extname(absolute)));
  const baseName = name === 'index' || name === '_index' ? path.basename(path.dirname(absolute)) : name;
  return {
    file: path.relative(root, absolute) || absolute,
    baseName,
    format: ext === '.mdx' ? 'mdx' : 'md',
    source: fs.readFileSync(absolute, 'utf8'),
  };
}

function isArticlePath(name: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase()) && !name.startsWith('_index.');
}
