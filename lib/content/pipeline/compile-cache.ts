// Compiles through the content store: a body is compiled only when no body with its key is stored. The
// key hashes everything that decides the output: the body, the format, the title (used for video labels)
// and the pipeline's own source code, so changing a plugin recompiles everything. That source is all of
// lib/content/pipeline/ (tests and fixtures aside) and the modules outside it that shape compiled output.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CompiledBody } from '../article';
import { readCachedBody, writeBody } from '../store';
import { compileBody, type CompileInput } from './compile';

const PIPELINE_DIR = path.dirname(new URL(import.meta.url).pathname);
/** Outside the pipeline's folder, but they shape compiled output too (types, component names, URLs). */
const SHAPING_MODULES = ['../article.ts', '../mdx-components.ts', '../urls.ts'];
let pipelineHash: string | null = null;

export function bodyKey(input: CompileInput): string {
  pipelineHash ??= hashPipelineSource();
  return createHash('sha256').update(pipelineHash).update(`\0${input.format}\0${input.title}\0${input.body}`).digest('hex').slice(0, 32);
}

export function cachedCompile(storeDir: string, compile = compileBody): (input: CompileInput) => Promise<CompiledBody> {
  return async (input) => {
    const key = bodyKey(input);
    const cached = readCachedBody(storeDir, key);
    if (cached) return cached;
    const compiled = await compile(input);
    writeBody(storeDir, key, compiled);
    return compiled;
  };
}

/** The files hashed, relative to lib/content/pipeline/. */
export function pipelineSourceFiles(): string[] {
  const files = fs.readdirSync(PIPELINE_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.includes('__fixtures__')).sort();
  return [...files, ...SHAPING_MODULES];
}

function hashPipelineSource(): string {
  const hash = createHash('sha256');
  for (const name of pipelineSourceFiles()) hash.update(name).update(fs.readFileSync(path.join(PIPELINE_DIR, name)));
  return hash.digest('hex');
}
