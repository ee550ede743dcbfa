// Runs a command and measures its wall time and the peak resident memory of its whole process tree.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const PAGE_SIZE = 4096;

function childrenByParent() {
  const map = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we were looking: it has no memory left to count.
    }
  }
  return map;
}

/** Resident memory (bytes) of a process and all its descendants. */
export function treeRss(rootPid) {
  const children = childrenByParent();
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop();
    try {
      total += Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `command` to its end: wall seconds, peak RSS of its process tree (sampled every `sampleMs`), its
 * output and exit code. A non-zero exit rejects unless `allowFailure`.
 */
export function measure(command, args, { cwd, env = {}, log, allowFailure = false, sampleMs = 200 }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), sampleMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (log) fs.writeFileSync(log, output);
      if (code !== 0 && !allowFailure) return reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}); see ${log}\n${output.slice(-2000)}`));
      resolve({ seconds: (performance.now() - started) / 1000, peakRssBytes: peak, output, code });
    });
  });
}
