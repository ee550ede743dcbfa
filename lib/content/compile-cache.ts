// Compiled bodies cached on disk by a hash of everything that decides the output (the body, the
// format, the title used for video labels, and the pipeline's own source), so a rebuild recompiles only
// the articles that changed.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compileBody, type CompiledBody, type CompileInput } from './compile';
import type { Compile } from './load-article';

const PIPELINE_DIR = path.dirname(new URL(import.meta.url).pathname);

export function cachedCompile(cacheDir: string, compile: Compile = compileBody): Compile {
  const pipelineHash = hashPipelineSource();
  fs.mkdirSync(cacheDir, { recursive: true });
  return async (input: CompileInput) => {
    const key = createHash('sha256').update(pipelineHash).update(`\0${input.format}\0${input.title}\0${input.body}`).digest('hex');
    const file = path.join(cacheDir, `${key}.json`);
    const hit = readJson(file);
    if (hit) return hit;
    const compiled = await compile(input);
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(compiled));
    fs.renameSync(temporary, file);
    return compiled;
  };
}

function readJson(file: string): CompiledBody | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as CompiledBody;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return null;
    throw error;
  }
}

function hashPipelineSource(): string {
  const hash = createHash('sha256');
  const files = fs.readdirSync(PIPELINE_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort();
  for (const name of files) hash.update(name).update(fs.readFileSync(path.join(PIPELINE_DIR, name)));
  return hash.digest('hex');
}
