// A compile-pool process: compiles the bodies it is sent and answers with the result, or with the
// file's problems (a ContentError does not survive the trip between processes).
import { compileBody, type CompileInput } from './compile';
import { ContentError } from './errors';

export interface CompileRequest {
  id: number;
  input: CompileInput;
}

process.on('message', async ({ id, input }: CompileRequest) => {
  try {
    process.send?.({ id, body: await compileBody(input) });
  } catch (error) {
    if (error instanceof ContentError) process.send?.({ id, problems: error.problems });
    else process.send?.({ id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
