import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildContent } from './build';
import { aboveReadingTarget, formatReadingInfo, overdueReviewWarnings } from './editor-checks';

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-editor-checks-'));

describe('overdue reviews', () => {
  it('warns once nextReview has passed (not on the day itself), at the line of the review keys', () => {
    const article = { file: 'a.md', review: { lastReviewed: '2024-01-01', nextReview: '2025-01-01', reviewers: [] }, reviewLine: 7 };
    assert.deepEqual(overdueReviewWarnings([article], '2025-01-01'), []);
    assert.deepEqual(overdueReviewWarnings([{ ...article, review: { ...article.review, nextReview: null } }], '2030-01-01'), []);
    const [warning] = overdueReviewWarnings([article], '2025-01-02');
    assert.deepEqual({ ...warning, message: warning.message.slice(0, 37) }, { file: 'a.md', line: 7, column: 1, rule: 'review-overdue', message: 'the next review was due on 2025-01-01' });
  });

  it('is worked out by every build, also for an article taken unchanged from the index', async () => {
    const contentDir = scratch();
    const storeDir = path.join(scratch(), 'store');
    fs.writeFileSync(path.join(contentDir, 'due.md'), '---\ntitle: Due\ndescription: A test.\nlastReviewed: 2024-01-10\nreviewInterval: 6\n---\n\nText.\n');
    const rules = (result: Awaited<ReturnType<typeof buildContent>>) => result.warnings.map((w) => `${path.basename(w.file)}:${w.line}:${w.rule}`);
    assert.deepEqual(rules(await buildContent({ contentDir, storeDir, now: new Date('2024-07-10T12:00:00Z') })), []);
    const later = await buildContent({ contentDir, storeDir, now: new Date('2024-07-11T12:00:00Z') });
    assert.equal(later.compiled, 0, 'taken from the index');
    assert.deepEqual(rules(later), ['due.md:5:review-overdue']);
  });
});

describe('readability report', () => {
  it('lists only the articles above the target, as info lines', async () => {
    const contentDir = scratch();
    fs.writeFileSync(path.join(contentDir, 'easy.md'), '---\ntitle: Easy\n---\n\nRest. Drink water. See a GP if it gets worse.\n');
    fs.writeFileSync(path.join(contentDir, 'hard.md'), '---\ntitle: Hard\n---\n\nCardiovascular complications necessitate immediate professional evaluation, particularly when accompanied by diaphoresis.\n');
    const { reading } = await buildContent({ contentDir, storeDir: path.join(scratch(), 'store'), publish: false });
    assert.deepEqual(reading.map((figure) => path.basename(figure.file)), ['easy.md', 'hard.md']);
    const above = aboveReadingTarget(reading, 9);
    assert.deepEqual(above.map((figure) => path.basename(figure.file)), ['hard.md']);
    assert.match(formatReadingInfo(above[0], 9), /hard\.md:1:1: info: reading grade \d+\.\d \(Flesch–Kincaid\), 11\.0 words a sentence: above the site's target of 9: .* \[readability\]$/);
  });
});
