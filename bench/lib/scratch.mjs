// Scratch copies of the project, so the benchmark never builds into the real checkout or content/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyProject } from '../../scripts/copy-project.mjs';
import { generateArticles } from '../gen-articles.mjs';

export const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
// Outside the checkout: a copy nested inside it builds about twice as slowly (Tailwind and Turbopack
// look at the enclosing project), which is not what a real deployment sees.
export const WORK = path.join(os.tmpdir(), 'pulse-bench');
export const LOGS = path.join(ROOT, 'bench', '.work', 'logs');

/** A fresh copy of the project in the scratch folder. */
export function makeScratch(name) {
  const dir = path.join(WORK, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  copyProject(ROOT, dir);
  return dir;
}

/** Replaces the scratch project's articles with N synthetic ones (bench/gen-articles.mjs): 90% Markdown, 10% MDX. */
export function generateCorpus(dir, n, seed = 42) {
  const posts = path.join(dir, 'content', 'posts');
  fs.rmSync(posts, { recursive: true, force: true });
  const { markdown, mdx, avgBodyWords } = generateArticles({ n, seed, out: posts });
  return { markdown, mdx, avgBodyWords };
}

/** Edits one article the way an editor would (a new sentence), for the warm rebuild. */
export function touchOneArticle(dir) {
  const posts = path.join(dir, 'content', 'posts');
  const file = fs.readdirSync(posts).filter((name) => name.endsWith('.md')).sort()[0];
  fs.appendFileSync(path.join(posts, file), '\nThis sentence was added by the benchmark to measure a rebuild.\n');
  return file;
}

export function removeScratch(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function directoryBytes(dir, skip = []) {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip.includes(full)) continue;
    if (entry.isDirectory()) total += directoryBytes(full, skip);
    else if (entry.isFile()) total += fs.statSync(full).size;
  }
  return total;
}
