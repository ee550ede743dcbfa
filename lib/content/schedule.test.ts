import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatInstant, writtenInstant } from './instants';
import { scheduleOf } from './pipeline/publication';
import { nextScheduledChange, publicationAt } from './schedule';

const at = (iso: string) => new Date(iso);
const just = (iso: string, ms: number) => new Date(Date.parse(iso) + ms);

describe('an article written for a time, in two time zones', () => {
  for (const { timeZone, live } of [
    // 09:00 on 1 March: GMT in London, UTC+11 (summer time) in Sydney.
    { timeZone: 'Europe/London', live: '2027-03-01T09:00:00.000Z' },
    { timeZone: 'Australia/Sydney', live: '2027-02-28T22:00:00.000Z' },
  ]) {
    it(`goes live at 09:00 local in ${timeZone}, not a millisecond before`, () => {
      const schedule = scheduleOf({ draft: false, date: '2027-03-01T09:00', publishDate: null, expiryDate: null }, timeZone);
      assert.equal(schedule.publishAt, live);
      assert.equal(publicationAt(schedule, just(live, -1)), 'scheduled');
      assert.equal(publicationAt(schedule, at(live)), 'public');
    });

    it(`comes down at its expiry date's midnight in ${timeZone}`, () => {
      const schedule = scheduleOf({ draft: false, date: '2027-01-01', publishDate: null, expiryDate: '2027-07-01' }, timeZone);
      const midnight = writtenInstant('2027-07-01', timeZone) ?? '';
      assert.equal(publicationAt(schedule, just(midnight, -1)), 'public');
      assert.equal(publicationAt(schedule, at(midnight)), 'expired');
    });
  }

  it('reads a written offset as written, whatever the site time zone', () => {
    for (const timeZone of ['Europe/London', 'Australia/Sydney']) {
      assert.equal(writtenInstant('2027-03-01T09:00:00+01:00', timeZone), '2027-03-01T08:00:00.000Z');
      assert.equal(writtenInstant('2027-03-01 09:00:00Z', timeZone), '2027-03-01T09:00:00.000Z');
    }
  });

  it('a bare date is midnight of that day where the site is (summer time in London)', () => {
    assert.equal(writtenInstant('2027-07-01', 'Europe/London'), '2027-06-30T23:00:00.000Z');
    assert.equal(writtenInstant('2027-07-01', 'Australia/Sydney'), '2027-06-30T14:00:00.000Z');
    assert.equal(writtenInstant('July 2027', 'Europe/London'), null);
  });

  it('takes the later of date and publishDate: either one in the future keeps the article back', () => {
    const later = scheduleOf({ draft: false, date: '2027-05-02', publishDate: '2027-05-01', expiryDate: null }, 'UTC');
    assert.equal(later.publishAt, '2027-05-02T00:00:00.000Z');
    const publishLater = scheduleOf({ draft: false, date: '2027-05-01', publishDate: '2027-05-03T12:00', expiryDate: null }, 'UTC');
    assert.equal(publicationAt(publishLater, at('2027-05-03T11:59:59Z')), 'scheduled');
    assert.equal(publicationAt(publishLater, at('2027-05-03T12:00:00Z')), 'public');
  });

  it('an unknown time zone stops with what to write, rather than publish at once', () => {
    assert.throws(() => scheduleOf({ draft: false, date: '2027-01-01', publishDate: null, expiryDate: null }, 'Europe/Londres'), /timeZone "Europe\/Londres" is not a time zone .* "Europe\/London"/);
  });

  it('a draft stays a draft at every instant', () => {
    const draft = scheduleOf({ draft: true, date: '2020-01-01', publishDate: null, expiryDate: null }, 'UTC');
    assert.equal(publicationAt(draft, at('2030-01-01T00:00:00Z')), 'draft');
  });

  it('prints an instant in the site time zone', () => {
    assert.equal(formatInstant('2027-06-30T23:00:00.000Z', 'Europe/London'), '2027-07-01 00:00 BST');
    assert.equal(formatInstant('2027-01-15T09:30:00.000Z', 'Europe/London'), '2027-01-15 09:30 GMT');
  });
});

describe('nextScheduledChange', () => {
  const now = at('2027-03-01T12:00:00Z');
  it('is the soonest go-live or take-down after now, drafts and past instants aside', () => {
    const articles = [
      { draft: false, publishAt: '2027-03-01T11:00:00.000Z', expiresAt: '2027-03-05T00:00:00.000Z' },
      { draft: false, publishAt: '2027-03-02T09:00:00.000Z', expiresAt: null },
      { draft: true, publishAt: '2027-03-01T13:00:00.000Z', expiresAt: null },
    ];
    assert.equal(nextScheduledChange(articles, now)?.toISOString(), '2027-03-02T09:00:00.000Z');
    assert.equal(nextScheduledChange(articles, at('2027-03-02T09:00:00Z'))?.toISOString(), '2027-03-05T00:00:00.000Z');
  });

  it('is null when nothing is due', () => {
    assert.equal(nextScheduledChange([{ draft: false, publishAt: '2020-01-01T00:00:00.000Z', expiresAt: null }], now), null);
  });
});
