// Scratch copies of the project, so the benchmark never builds into the real checkout or content/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyProject } from '../../scripts/copy-project.mjs';

export const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
// Outside the checkout: a copy nested inside it builds about twice as slowly (Tailwind and Turbopack
// look at the enclosing project), which is not what a real deployment sees.
export const WORK = path.join(os.tmpdir(), 'pulse-bench');
export const LOGS = path.join(ROOT, 'bench', '.work', 'logs');
const GENERATOR = path.resolve(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs');

/** A fresh copy of the project in the scratch folder. */
export function makeScratch(name) {
  const dir = path.join(WORK, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  copyProject(ROOT, dir);
  return dir;
}

/** Replaces the scratch project's articles with N synthetic ones: 90% Markdown, 10% MDX. */
export function generateCorpus(dir, n, seed = 42) {
  if (!fs.existsSync(GENERATOR)) throw new Error(`The corpus generator is missing: ${GENERATOR}`);
  const posts = path.join(dir, 'content', 'posts');
  fs.rmSync(posts, { recursive: true, force: true });
  const mdxCount = Math.round(n / 10);
  const run = (args) => JSON.parse(execFileSync('node', [GENERATOR, ...args], { encoding: 'utf8' }).trim().split('\n').pop());
  const md = run(['--n', String(n - mdxCount), '--seed', String(seed), '--out', posts]);
  const mdxDir = path.join(dir, 'content', 'mdx-corpus');
  const mdx = run(['--n', String(mdxCount), '--seed', String(seed), '--out', mdxDir, '--mdx']);
  // Same seed, same titles: prefix the MDX files so that both halves have their own URLs.
  for (const file of fs.readdirSync(mdxDir)) fs.renameSync(path.join(mdxDir, file), path.join(posts, `mdx-${file}`));
  fs.rmSync(mdxDir, { recursive: true });
  return { markdown: md.n, mdx: mdx.n, avgBodyWords: md.avgBodyWords };
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
