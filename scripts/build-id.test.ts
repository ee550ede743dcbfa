import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildId } from './build-id.mjs';

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-build-id-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const SOURCES = { '.gitignore': 'node_modules/\n.next/\n*.log\nbench/.work/\n', 'app/page.tsx': 'export default 1;\n', 'content/posts/a.md': '# A\n' };
// Each project is a folder in the temp dir, outside any git checkout.
const noGit = {};

describe('buildId', () => {
  it('is the same for the same sources in two folders, without git', () => {
    const [a, b] = [project(SOURCES), project(SOURCES)];
    assert.match(buildId(a, noGit), /^src-[0-9a-f]{12}$/);
    assert.equal(buildId(a, noGit), buildId(b, noGit));
  });

  it('changes with a source or an article, not with ignored files', () => {
    const base = buildId(project(SOURCES), noGit);
    assert.notEqual(buildId(project({ ...SOURCES, 'content/posts/a.md': '# A, edited\n' }), noGit), base);
    assert.equal(buildId(project({ ...SOURCES, '.next/BUILD_ID': 'x', 'build.log': 'x', 'bench/.work/x': 'x', 'node_modules/x/index.js': 'x' }), noGit), base);
  });

  it('takes PULSE_BUILD_ID as given, and refuses one unfit for a URL', () => {
    assert.equal(buildId(project(SOURCES), { ...noGit, PULSE_BUILD_ID: 'abc123def456' }), 'abc123def456');
    assert.throws(() => buildId(project(SOURCES), { ...noGit, PULSE_BUILD_ID: '../x' }), /PULSE_BUILD_ID="\.\.\/x"/);
  });
});
