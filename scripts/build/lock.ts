// One publish at a time: two at once could swap the content store's index in the wrong order. The lock
// is a file holding the holder's process id; a lock whose process has gone is taken over.
import fs from 'node:fs';
import path from 'node:path';

/** Takes the lock, or returns the process id that holds it. */
export function takeLock(storeDir: string, name: string): { ok: true; release: () => void } | { ok: false; holder: number } {
  const file = path.join(storeDir, `${name}.lock`);
  fs.mkdirSync(storeDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      const release = () => fs.rmSync(file, { force: true });
      process.on('exit', release);
      return { ok: true, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(file, 'utf8'));
      if (isRunning(holder)) return { ok: false, holder };
      fs.rmSync(file, { force: true });
    }
  }
  return { ok: false, holder: Number.NaN };
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
