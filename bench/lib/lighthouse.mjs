// Lighthouse (mobile, its default) against a page, in Debian's Chromium.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run';

export async function lighthouse(root, url, outFile) {
  await run(path.join(root, 'node_modules', '.bin', 'lighthouse'), [url, '--quiet', '--output=json', `--output-path=${outFile}`, `--chrome-flags=${CHROME_FLAGS}`], {
    env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  });
  const report = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  const score = (id) => Math.round(report.categories[id].score * 100);
  const failed = Object.values(report.audits)
    .filter((audit) => typeof audit.score === 'number' && audit.score < 1 && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode))
    .map((audit) => audit.id)
    .sort();
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
    cls: Number(report.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    failedAudits: failed,
    failedBestPracticeAudits: report.categories['best-practices'].auditRefs.map((ref) => ref.id).filter((id) => failed.includes(id)),
  };
}
