import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_HOST, SEED, expect, test } from './helpers';

// One page of each type, as served, through the Nu HTML Checker (the W3C validator, npm's vnu-jar, run by
// the system's Java: scripts/ensure-checkers.sh): no errors. Warnings (its advice) are not failures.
const origin = `http://${APP_HOST}`;
const VNU = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
const PAGES: Record<string, string> = {
  home: '/',
  article: SEED.path,
  'article with care cards': '/posts/chest-pain-when-to-get-help/',
  'article list': '/posts/',
  'article list, page 2': '/posts/page/2/',
  tags: '/tags/',
  tag: '/tags/blood-clots/',
  categories: '/categories/',
  archives: '/archives/',
  series: '/series/',
  'health A–Z': '/health-a-z/',
  search: '/search/',
  'site page': '/accessibility/',
  '404': '/no-such-page/',
};

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test.describe('valid HTML', () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'the markup does not depend on the viewport'));

  test('the Nu HTML Checker finds no error on any type of page', async () => {
    test.setTimeout(120_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-vnu-'));
    try {
      const files: Record<string, string> = {};
      for (const [kind, url] of Object.entries(PAGES)) {
        const response = await fetch(origin + url);
        expect([200, 404], `${kind} (${url})`).toContain(response.status);
        const file = path.join(dir, `${kind.replace(/\W+/g, '-')}.html`);
        fs.writeFileSync(file, await response.text());
        files[path.basename(file)] = `${kind} (${url})`;
      }
      let output = '';
      try {
        execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...Object.keys(files).map((name) => path.join(dir, name))], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (error) {
        // The checker exits 1 when it finds errors, and writes its JSON report to stderr.
        output = (error as { stderr: string }).stderr;
      }
      const messages = output ? (JSON.parse(output) as { messages: VnuMessage[] }).messages : [];
      const errors = messages.map((m) => `${files[path.basename(decodeURIComponent(new URL(m.url).pathname))]}:${m.lastLine ?? '?'}: ${m.message} «${(m.extract ?? '').trim().slice(0, 80)}»`);
      expect(errors).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
