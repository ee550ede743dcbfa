// Compiles bodies on every core. Parsing Markdown is the content step's main cost and runs on one thread
// per compiler, so one compiler process per core (each with several bodies in flight, to keep its
// esbuild busy) roughly halves the content step on two cores. Processes rather than worker threads:
// tsx's TypeScript loader does not reach worker threads on Node 20.
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { compileBody, type CompiledBody, type CompileInput } from './compile';
import type { CompileRequest } from './compile-worker';
import { ContentError, type ContentProblem } from './errors';

type Reply = { id: number; body: CompiledBody } | { id: number; problems: ContentProblem[] } | { id: number; failure: string };

export interface CompilePool {
  compile(input: CompileInput): Promise<CompiledBody>;
  close(): void;
}

const WORKER = new URL('./compile-worker.ts', import.meta.url).pathname;

export function startCompilePool(size = os.availableParallelism()): CompilePool {
  const pending = new Map<number, { resolve: (body: CompiledBody) => void; reject: (error: Error) => void }>();
  const inFlight: number[] = [];
  const workers: ChildProcess[] = Array.from({ length: Math.max(1, size) }, (_, index) => {
    const worker = fork(WORKER, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    inFlight[index] = 0;
    worker.on('message', (reply: Reply) => {
      inFlight[index]--;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiting) return;
      if ('body' in reply) waiting.resolve(reply.body);
      else if ('problems' in reply) waiting.reject(new ContentError(reply.problems));
      else waiting.reject(new Error(`The compiler failed:\n${reply.failure}`));
    });
    worker.on('exit', (code, signal) => {
      if (pending.size === 0) return;
      const error = new Error(`A compiler process stopped (${signal ?? `exit code ${code}`}) with articles still to compile.`);
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    return worker;
  });
  let nextId = 0;
  return {
    compile(input) {
      const id = nextId++;
      const index = inFlight.indexOf(Math.min(...inFlight));
      inFlight[index]++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[index].send({ id, input } satisfies CompileRequest);
      });
    },
    close() {
      for (const worker of workers) worker.kill();
    },
  };
}

// Starting the pool costs about half a second per process; a rebuild that compiles a few changed
// articles is faster in this process.
const IN_PROCESS_COMPILES = 24;

/** Compiles in this process at first, and on every core once there is enough to compile. */
export function startCompiler(): CompilePool {
  let compiled = 0;
  let pool: CompilePool | null = null;
  return {
    compile(input) {
      if (++compiled <= IN_PROCESS_COMPILES) return compileBody(input);
      pool ??= startCompilePool();
      return pool.compile(input);
    },
    close() {
      pool?.close();
    },
  };
}
