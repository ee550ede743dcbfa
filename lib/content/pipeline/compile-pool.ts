// Compiles bodies on worker threads, one a core: a cold build's content step is nearly all compiling
// (Markdown parsing, highlighting, JSX), which runs on one core in a single thread. The worker's code is
// bundled from compile-worker.ts by esbuild at start (30 ms), so the pool works the same under
// scripts/run.mjs, tsx (tests) and anything else that runs our TypeScript. Each worker answers one job at a
// time; jobs wait in a queue.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { bundleModule } from '../../bundle-module.mjs';
import type { CompiledBody } from '../article';
import type { CompileInput } from './compile';
import type { CompileAnswer, CompileJob } from './compile-worker';
import { ContentError } from './errors';
import type { RefTable } from './refs';

/** Fewer bodies than this compile faster in-process than a pool starts (each worker loads the compiler). */
export const POOL_THRESHOLD = 64;

export interface CompilePool {
  compile(input: CompileInput): Promise<CompiledBody>;
  close(): Promise<void>;
}

/** How many workers a build's pool has: one per core, none on one core. */
export function poolSize(): number {
  const cores = os.availableParallelism();
  return cores > 1 ? cores : 0;
}

/** `size` workers compiling against `refs` (every input must carry that same table, or none). */
export async function startCompilePool(size: number, refs: RefTable | undefined): Promise<CompilePool> {
  const script = await bundleWorker();
  const workers = Array.from({ length: size }, () => new Worker(script, { workerData: { refs } }));
  const idle = [...workers];
  const queue: CompileJob[] = [];
  const pending = new Map<number, { resolve: (body: CompiledBody) => void; reject: (error: Error) => void; worker?: Worker }>();
  let nextId = 0;
  let failure: Error | null = null;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      pending.get(job.id)!.worker = worker;
      worker.postMessage(job);
    }
  };
  for (const worker of workers) {
    worker.on('message', (answer: CompileAnswer) => {
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      idle.push(worker);
      dispatch();
      if (!waiting) return;
      if ('body' in answer) waiting.resolve(answer.body);
      else if ('problems' in answer) waiting.reject(new ContentError(answer.problems));
      else waiting.reject(new Error(`compiling failed in a worker thread:\n${answer.error}`));
    });
    // A worker that dies (out of memory, a crash in native code) fails what it had and every later job.
    worker.on('error', (error) => {
      failure = error;
      for (const [id, waiting] of pending) {
        if (waiting.worker !== worker && waiting.worker !== undefined) continue;
        pending.delete(id);
        waiting.reject(error);
      }
    });
  }

  return {
    compile(input) {
      if (input.refs !== undefined && input.refs !== refs) throw new Error('startCompilePool: every input must carry the ref table the pool was started with');
      if (failure) return Promise.reject(failure);
      const { refs: _refs, ...rest } = input;
      const id = nextId++;
      const promise = new Promise<CompiledBody>((resolve, reject) => pending.set(id, { resolve, reject }));
      queue.push({ id, input: rest });
      dispatch();
      return promise;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
      fs.rmSync(script, { force: true });
    },
  };
}

/** compile-worker.ts and our modules it imports as one ES module file (packages stay imports), inside
 * node_modules so those imports resolve from the project. */
async function bundleWorker(): Promise<string> {
  const outfile = path.join(process.cwd(), 'node_modules', '.cache', 'pulse', `compile-worker.${process.pid}.${Date.now()}.mjs`);
  return bundleModule(path.join(process.cwd(), 'lib', 'content', 'pipeline', 'compile-worker.ts'), outfile);
}
