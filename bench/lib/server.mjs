// Starts a scratch project's production server the way users do, `npm start -- -p PORT -H 127.0.0.1`
// (which is `next start`), with the bench's revalidation secret, and stops it with its whole process group.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { treeRss } from './process-tree.mjs';

/** The REVALIDATE_SECRET the bench's servers run with, and that its `npm run publish` runs send. */
export const BENCH_SECRET = 'pulse-bench-revalidate-secret';

export async function startServer(dir, port) {
  const child = spawn('npm', ['start', '--', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', REVALIDATE_SECRET: BENCH_SECRET },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) {
        return {
          url,
          pid: child.pid,
          // The server's memory: the process tree under npm, without npm itself (which only waits).
          rss: () => treeRss(child.pid) - ownRss(child.pid),
          stop: () => stop(child),
        };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop(child);
  throw new Error(`npm start did not answer on ${url} within 30 s`);
}

function ownRss(pid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
  } catch {
    return 0;
  }
}

/** SIGTERM to the process group (npm, its shell and next start); resolves once every one has gone. */
async function stop(child) {
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
      return true;
    } catch {
      return false; // The group has no process left.
    }
  };
  if (!signal('SIGTERM')) return;
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!signal(0)) return;
  }
  signal('SIGKILL');
}
