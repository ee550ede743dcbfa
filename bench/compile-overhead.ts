// What highlighting and math cost articles that use neither: the same synthetic articles (no code blocks,
// no TeX) compiled with the highlighter and math plugins in the pipeline and without them, alternately,
// in one process. Prints milliseconds per article for each. Usage: tsx bench/compile-overhead.ts [n]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileBody } from '../lib/content/pipeline/compile';
import { splitFrontMatter } from '../lib/content/pipeline/front-matter';
import { generateArticles } from './gen-articles.mjs';

const n = Number(process.argv[2] ?? 300);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-overhead-'));
generateArticles({ n, seed: 42, out: dir });
const bodies = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ file: name, body: splitFrontMatter(name, fs.readFileSync(path.join(dir, name), 'utf8')).body }));
fs.rmSync(dir, { recursive: true });

const variants = {
  'highlighting and math off (disableHLJS: true, math: false)': { disableHljs: true, math: false },
  'highlighting on, math off (the default)': { disableHljs: false, math: false },
  'highlighting and math on (math: true)': { disableHljs: false, math: true },
};
const totals = new Map<string, number>(Object.keys(variants).map((name) => [name, 0]));
// Warm up every code path once, then alternate the variants so the machine's drift hits each alike.
for (const options of Object.values(variants)) await compileBody({ file: 'warm.md', format: 'md', body: bodies[0].body, title: 'Warm', ...options });
for (let round = 0; round < 3; round++) {
  for (const [name, options] of Object.entries(variants)) {
    const started = performance.now();
    for (const { file, body } of bodies) await compileBody({ file, format: 'md', body, title: file, ...options });
    totals.set(name, totals.get(name)! + performance.now() - started);
  }
}
const perArticle = Object.fromEntries([...totals].map(([name, ms]) => [name, Number((ms / 3 / bodies.length).toFixed(2))]));
console.log(JSON.stringify({ articles: bodies.length, msPerArticle: perArticle }));
