// Starts the production server of a scratch project on 127.0.0.1 and stops it (with its whole process group).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { treeRss } from './process-tree.mjs';

/** `npm start` (server.mjs: Next's handler behind the prerendered-page fast path), or plain `next start`. */
export async function startServer(dir, port, { plainNext = false } = {}) {
  const [command, ...args] = plainNext ? [path.join(dir, 'node_modules', '.bin', 'next'), 'start'] : ['node', 'server.mjs'];
  const child = spawn(command, [...args, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, pid: child.pid, rss: () => treeRss(child.pid), stop: () => stop(child) };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop(child);
  throw new Error(`next start did not answer on ${url} within 20 s`);
}

function stop(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already stopped.
  }
}
