import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from '@playwright/test';
import { copyProject } from '../../scripts/copy-project.mjs';
import { freePort } from './free-port';

// `npm run dev` as an editor runs it, in a scratch copy: saving an article changes the open page, with no
// restart and no reload.
const ARTICLE = 'sleep-hygiene-habits-for-better-sleep';

let dir = '';
let origin = '';
let dev: ChildProcess | null = null;
let output = '';


describe('npm run dev', { timeout: 300_000 }, () => {
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-dev-'));
    copyProject(process.cwd(), dir);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    dev = spawn('npm', ['run', 'dev', '--silent', '--', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env: process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    dev.stdout?.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    dev.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    for (let attempt = 0; attempt < 300; attempt++) {
      if (await fetch(`${origin}/`).then((response) => response.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`npm run dev did not answer on ${origin}:\n${output}`);
  });
  after(async () => {
    if (dev?.pid) {
      // Every process of the group (npm, the watcher, Next and its workers) must be gone before its folder
      // is removed: one still writing .next/dev made the removal fail with ENOTEMPTY.
      const groupAlive = () => {
        try {
          process.kill(-dev!.pid!, 0);
          return true;
        } catch {
          return false;
        }
      };
      if (groupAlive()) process.kill(-dev.pid, 'SIGTERM');
      for (let waited = 0; groupAlive() && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      if (groupAlive()) process.kill(-dev.pid, 'SIGKILL');
      while (groupAlive()) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 50, retryDelay: 200 });
  });

  it('shows a saved edit on the open page, and an added article, with no restart', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}/posts/${ARTICLE}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Give the page's watcher a moment to learn the store's current version.
      await page.waitForTimeout(1500);
      const saved = Date.now();
      fs.appendFileSync(path.join(dir, 'content', 'posts', `${ARTICLE}.md`), '\nA sentence about a quokka-marker, saved while the page was open.\n');
      await page.getByText('quokka-marker', { exact: false }).waitFor({ timeout: 30_000 });
      console.log(`npm run dev: saved to shown on the open page in ${Date.now() - saved} ms`);
      assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1, 'no reload: the page re-rendered in place');

      // Dated yesterday: the newest article (first on /posts/), and not scheduled (a date ahead would be).
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      fs.writeFileSync(path.join(dir, 'content', 'posts', 'added-while-running.md'), `---\ntitle: Added while running\ndate: ${yesterday}\n---\nA new article.\n`);
      await page.goto(`${origin}/posts/`);
      await page.getByText('Added while running').first().waitFor({ timeout: 30_000 });
      // The editor opens it as soon as the list shows it, and reloads until the page is there (the dev
      // server may still be compiling the route for a slug it has not seen).
      const deadline = Date.now() + 60_000;
      for (;;) {
        await page.goto(`${origin}/posts/added-while-running/`);
        if (await page.getByText('A new article.').waitFor({ timeout: 3_000 }).then(() => true, () => false)) break;
        if (Date.now() > deadline) assert.fail(`the added article's page did not show its text within 60 s:\n${output.slice(-2000)}`);
      }
    } finally {
      await browser.close();
    }
    assert.match(output, /Content updated: \d+ articles/);
  });
});
