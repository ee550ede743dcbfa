// A scratch copy of the project driven as an operator drives it, for the tests that need the real thing:
// `npm run <script>` with its exit code and output, and `npm start` on a free loopback port, in a process
// group of its own, so that stopping it stops Next's server too and waits until it has exited (nothing may
// still write into the folder when a test removes it).
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { freePort } from './free-port';

const exec = promisify(execFile);

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- <args>` in `dir`; never throws for a non-zero exit (the test reads the code). */
export function runNpmScript(dir: string, script: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<ScriptRun> {
  return exec('npm', ['run', script, '--silent', ...(args.length > 0 ? ['--', ...args] : [])], { cwd: dir, maxBuffer: 64 * 2 ** 20, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: ScriptRun) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

export interface NpmStart {
  origin: string;
  /** Sends SIGTERM to the whole process group and resolves once npm has exited. */
  stop(): Promise<void>;
}

/** Starts `npm start` in `dir` with `env`; resolves once the home page answers 200. */
export async function startNpmServer(dir: string, env: NodeJS.ProcessEnv): Promise<NpmStart> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('npm', ['start', '--silent', '--', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: 'ignore', detached: true });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null && server.pid) process.kill(-server.pid, 'SIGTERM');
    await exited;
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    if (await fetch(`${origin}/`).then((response) => response.ok, () => false)) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`npm start did not answer on ${origin}`);
}
