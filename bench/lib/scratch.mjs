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

/** The article the bench edits: the first Markdown file by name, and its page's URL. */
export function articleToEdit(dir) {
  const file = fs.readdirSync(path.join(dir, 'content', 'posts')).filter((name) => name.endsWith('.md')).sort()[0];
  return { file, url: `/posts/${file.replace(/\.md$/, '')}/` };
}

/** Edits one article's text the way an editor would: a new sentence with `marker` at the end of the body. */
export function touchOneArticle(dir, marker) {
  const { file } = articleToEdit(dir);
  fs.appendFileSync(path.join(dir, 'content', 'posts', file), `\nThis sentence (${marker}) was added by the benchmark.\n`);
  return file;
}

/** Changes that article's `title:` front-matter line, so lists, tag pages and neighbours change too; returns the new title. */
export function retitleOneArticle(dir, marker) {
  const { file } = articleToEdit(dir);
  const full = path.join(dir, 'content', 'posts', file);
  const text = fs.readFileSync(full, 'utf8');
  const line = /^title: (.*)$/m.exec(text);
  if (!line) throw new Error(`${file} has no title: line`);
  const title = `${JSON.parse(line[1])} (revised ${marker})`;
  fs.writeFileSync(full, text.replace(line[0], `title: ${JSON.stringify(title)}`));
  return title;
}

/** Writes a new article, dated today (the newest), whose body holds `marker`; returns its page's URL. */
export function addOneArticle(dir, marker) {
  const slug = `new-${marker}`;
  const today = new Date().toISOString().slice(0, 10);
  const text = `---\ntitle: "A new article (${marker})"\ndate: ${today}\ntags: [Sleep]\ndescription: "An article the benchmark adds."\n---\n\nThis article (${marker}) was added by the benchmark.\n`;
  fs.writeFileSync(path.join(dir, 'content', 'posts', `${slug}.md`), text);
  return `/posts/${slug}/`;
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
