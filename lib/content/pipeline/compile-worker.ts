// One compile worker thread (compile-pool.ts starts them): compiles the bodies it is sent with compileBody,
// one at a time, against the ref table it was started with, and answers with the compiled body, the file's
// problems (a ContentError) or any other error's text.
import { parentPort, workerData } from 'node:worker_threads';
import { compileBody, type CompileInput } from './compile';
import { ContentError } from './errors';
import type { RefTable } from './refs';

export interface CompileJob {
  id: number;
  input: Omit<CompileInput, 'refs'>;
}

export type CompileAnswer =
  | { id: number; body: Awaited<ReturnType<typeof compileBody>> }
  | { id: number; problems: ContentError['problems'] }
  | { id: number; error: string };

const { refs } = workerData as { refs: RefTable | undefined };
const port = parentPort;
if (!port) throw new Error('compile-worker.ts runs as a worker thread (compile-pool.ts), not on its own.');

port.on('message', async ({ id, input }: CompileJob) => {
  let answer: CompileAnswer;
  try {
    answer = { id, body: await compileBody({ ...input, refs }) };
  } catch (error) {
    answer = error instanceof ContentError ? { id, problems: error.problems } : { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(answer);
});
