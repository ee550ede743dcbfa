// The compile cache travels: CI restores the content store (.content/, which doubles as the compile cache)
// into a fresh clone at another path, and the content step there compiles only the articles that changed.
// docs/content-updates.md says how to keep it between CI builds (GitHub Actions cache, Docker cache mount).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { copyProject } from '../../scripts/copy-project.mjs';

const exec = promisify(execFile);
const scratch: string[] = [];

function freshClone(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-cache-'));
  scratch.push(dir);
  copyProject(process.cwd(), dir);
  return dir;
}

async function contentStep(dir: string): Promise<number> {
  const { stdout } = await exec('npm', ['run', 'content', '--silent'], { cwd: dir, maxBuffer: 64 * 2 ** 20, env: { ...process.env, PULSE_OFFLINE: '1' } });
  const compiled = /, (\d+) bod(?:y|ies) compiled,/.exec(stdout);
  assert.ok(compiled, stdout);
  return Number(compiled[1]);
}

describe('the compile cache restored into a fresh clone', { timeout: 600_000 }, () => {
  after(() => {
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('compiles only the changed article', async () => {
    const first = freshClone();
    assert.ok((await contentStep(first)) > 1, 'the first clone compiles every article');
    const second = freshClone();
    fs.cpSync(path.join(first, '.content'), path.join(second, '.content'), { recursive: true });
    const posts = path.join(second, 'content', 'posts');
    const edited = fs.readdirSync(posts).filter((name) => name.endsWith('.md')).sort()[0];
    fs.appendFileSync(path.join(posts, edited), '\nA sentence added in the new clone.\n');
    assert.equal(await contentStep(second), 1);
  });
});
