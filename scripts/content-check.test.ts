import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const FIXTURES = 'lib/content/pipeline/__fixtures__/checks';
const CORPUS = path.resolve('../shared/corpus');

/** Runs `npm run content:check` as editors do; resolves with the exit code instead of throwing. */
async function check(args: string[], contentDir = FIXTURES) {
  // A scratch store: checking never touches the site's own.
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-check-'));
  for (const name of ['lib', 'node_modules', 'scripts']) fs.symlinkSync(path.resolve(name), path.join(cwd, name));
  const env = { ...process.env, PULSE_CONTENT_DIR: path.resolve(contentDir) };
  const files = args.map((arg) => (arg.startsWith('--') ? arg : path.resolve(arg)));
  try {
    const { stdout } = await exec('node', ['scripts/run.mjs', 'scripts/content-check.ts', ...files], { cwd, env, maxBuffer: 16 * 2 ** 20 });
    return { code: 0, stdout, cwd };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout, cwd };
  }
}

interface Finding {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}

describe('npm run content:check', () => {
  it('reports each rule at its file and line, errors too, and exits 1 on an error', async () => {
    const { code, stdout } = await check(['--json']);
    assert.equal(code, 1);
    const all = JSON.parse(stdout) as Finding[];
    const findings = all.filter((f) => f.severity !== 'info');
    for (const finding of findings) assert.deepEqual(Object.keys(finding).sort(), ['column', 'file', 'line', 'message', 'rule', 'severity']);
    const seen = findings.map((f) => `${path.basename(f.file)}:${f.line}:${f.severity}:${f.rule}`);
    assert.deepEqual(seen.sort(), [
      'broken.md:4:error:invalid',
      'rules.md:13:warning:heading-order',
      'rules.md:15:warning:image-alt',
      'rules.md:15:warning:missing-image',
      'rules.md:17:warning:remote-image',
      'rules.md:19:warning:duplicate-heading',
      'rules.md:1:warning:description-missing',
      'rules.md:21:warning:broken-link',
      'rules.md:21:warning:broken-link',
      'rules.md:4:warning:unknown-key',
      'rules.md:5:warning:search-hidden',
      'rules.md:9:warning:single-h1',
    ]);
    const message = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.message);
    assert.match(message('unknown-key')[0], /"shwtoc" .* did you mean "showtoc"\?/);
    assert.deepEqual(message('broken-link').map((text) => text.replace(/ is .*/, '')), ['the link to /posts/no-such-article/', 'the link to /posts/a-draft/']);
    assert.match(message('broken-link')[1], /is a draft/);
    assert.match(message('search-hidden')[0], /^searchHidden: true keeps this article out of the site's search/);
  });

  it('prints file:line:col: severity: message [rule], then the counts', async () => {
    const { stdout } = await check([]);
    const lines = stdout.trim().split('\n');
    assert.match(stdout, /broken\.md:4:1: error: "date" is not a date \("2023-13-45"\)/);
    assert.match(stdout, /rules\.md:13:1: warning: heading level skips from h2 to h4: .* \[heading-order\]/);
    assert.match(lines.at(-1) ?? '', /^1 error and 11 warnings in 2 files\.$/);
    // A date ahead schedules the article: listed with its instant in the site's time zone, not a warning.
    assert.match(stdout, /Scheduled and expiring \(Europe\/London\):\n {2}\S*rules\.md: scheduled: goes live at 2999-01-01 00:00 GMT\n/);
  });

  it('checks only the files it is given, with links checked against every article, and exits 0 without errors', async () => {
    const { code, stdout } = await check(['--json', `${FIXTURES}/rules.md`, `${FIXTURES}/linked.md`]);
    assert.equal(code, 0);
    const all = JSON.parse(stdout) as Finding[];
    const findings = all.filter((f) => f.severity !== 'info');
    assert.deepEqual([...new Set(findings.map((f) => path.basename(f.file)))], ['rules.md']);
    // Information, never a failure: each checked file's reading figures.
    const reading = all.filter((f) => f.rule === 'readability');
    assert.deepEqual(reading.map((f) => [path.basename(f.file), f.severity]), [['linked.md', 'info'], ['rules.md', 'info']]);
    for (const f of reading) assert.match(f.message, /^reading grade -?\d+\.\d \(Flesch–Kincaid\), \d+\.\d words a sentence/);
    assert.equal(findings.filter((f) => f.rule === 'broken-link').length, 2, 'the link to linked.md is fine, the others are not');
  });

  it('--output FILE writes only the JSON report there, even through npm run with its banner', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-check-npm-'));
    for (const name of ['lib', 'node_modules', 'scripts', 'package.json']) fs.symlinkSync(path.resolve(name), path.join(cwd, name));
    const report = path.join(cwd, 'report.json');
    const env = { ...process.env, PULSE_CONTENT_DIR: path.resolve(FIXTURES) };
    const run = await exec('npm', ['run', 'content:check', '--', '--json', '--output', report, path.resolve(`${FIXTURES}/linked.md`)], { cwd, env, maxBuffer: 16 * 2 ** 20 });
    assert.match(run.stdout, /content:check/, 'npm printed its banner on standard output');
    const findings = JSON.parse(fs.readFileSync(report, 'utf8')) as Finding[];
    assert.ok(Array.isArray(findings) && findings.every((f) => path.basename(f.file) === 'linked.md'));
    assert.doesNotMatch(run.stdout, /"severity"/, 'the report is not on standard output');
    fs.rmSync(cwd, { recursive: true, force: true });
  });

  it('writes nothing to the site content store', async () => {
    const { cwd } = await check([`${FIXTURES}/linked.md`]);
    assert.equal(fs.existsSync(path.join(cwd, '.content', 'index.json')), false);
  });

  it('finishes over the real Hugo corpus without a crash', { skip: !fs.existsSync(CORPUS) && `${CORPUS} is not here` }, async () => {
    const posts = fs.readdirSync(CORPUS).filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => path.join(CORPUS, name));
    const { code, stdout } = await check(['--json', ...posts], CORPUS);
    assert.ok(code === 0 || code === 1, `exit ${code}`);
    const findings = JSON.parse(stdout) as Finding[];
    assert.ok(findings.every((f) => f.line >= 1 && f.message.length > 10));
  });
});
