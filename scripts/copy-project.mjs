// Copies of the project for the benchmark and the integration tests, so that neither builds into
// the real checkout or content/. Plain JavaScript, so bench/ (.mjs) and the tests (TypeScript) share it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Copies the committed and new files (not ignored ones, not bench/) and links node_modules. */
export function copyProject(root, target) {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && !file.startsWith('bench/') && fs.existsSync(path.join(root, file)));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(target, file));
  }
  linkNodeModules(root, target);
}

/**
 * Hard-links the project's node_modules into `target` (no extra disk; Turbopack refuses a node_modules
 * symlinked from outside the project). Hard links cannot cross file systems: then it is copied.
 */
export function linkNodeModules(root, target) {
  const from = path.join(root, 'node_modules');
  const to = path.join(target, 'node_modules');
  try {
    execFileSync('cp', ['-al', from, to], { stdio: 'ignore' });
  } catch {
    fs.rmSync(to, { recursive: true, force: true });
    execFileSync('cp', ['-a', from, to]);
  }
}
