// Times compileBody (no cache) over the Hugo corpus (../shared/corpus, when it is there) and content/posts:
// `npx tsx bench/compile-timing.ts [rounds]`. The first round pays for module loading and, for bodies with
// code, the highlighter's creation; later rounds are the steady state a build with many articles sees.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileBody, type CompileInput } from '../lib/content/pipeline/compile';
import { readArticleFile } from '../lib/content/pipeline/files';
import { splitFrontMatter } from '../lib/content/pipeline/front-matter';

const rounds = Number(process.argv[2] ?? 3);
const dirs = ['../shared/corpus', 'content/posts'].filter((dir) => fs.existsSync(dir));
const files = dirs.flatMap((dir) => fs.readdirSync(dir).filter((name) => /\.mdx?$/.test(name) && name !== 'README.md').map((name) => path.join(dir, name)));
const inputs: { input: CompileInput; kind: string }[] = [];
for (const file of files) {
  const source = await readArticleFile(file);
  const split = splitFrontMatter(source.file, source.source);
  const data = Object.fromEntries(Object.entries(split.data).map(([key, value]) => [key.toLowerCase(), value]));
  const kind = /^(```|~~~)|\{\{<\s*highlight/m.test(split.body) ? 'code' : data.math === true ? 'math' : 'plain';
  // Refs are not resolved here (no site), as compiling a single post from a tool does.
  const input = { file: source.file, format: source.format, body: split.body, title: String(data.title ?? ''), math: data.math === true, disableHljs: data.disablehljs === true } as CompileInput;
  inputs.push({ input, kind });
}
for (let round = 1; round <= rounds; round++) {
  const totals = new Map<string, { ms: number; count: number }>();
  const start = performance.now();
  for (const { input, kind } of inputs) {
    const t = performance.now();
    await compileBody(input).catch((error: unknown) => console.error(`${input.file}: ${String(error).slice(0, 200)}`));
    const entry = totals.get(kind) ?? { ms: 0, count: 0 };
    totals.set(kind, { ms: entry.ms + performance.now() - t, count: entry.count + 1 });
  }
  const parts = [...totals].map(([kind, { ms, count }]) => `${kind}: ${count} in ${ms.toFixed(0)} ms (${(ms / count).toFixed(1)}/post)`);
  console.log(`round ${round}: ${inputs.length} bodies in ${(performance.now() - start).toFixed(0)} ms; ${parts.join('; ')}`);
}
