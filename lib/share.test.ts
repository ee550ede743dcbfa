import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shareLinks } from './share';

const URL_ = 'https://pulse.example/posts/knee-pain/';
const TITLE = 'Knee pain: when & why? 100% honest';

const byService = () => new Map(shareLinks({ url: URL_, title: TITLE }).map((link) => [link.service, link]));
/** The query of a share link, decoded as the service reads it. */
const query = (href: string) => Object.fromEntries(new URL(href).searchParams);

describe('share links', () => {
  it('offers the seven services in order, each named for a screen reader', () => {
    assert.deepEqual(
      shareLinks({ url: URL_, title: TITLE }).map((link) => link.label),
      ['Share on X', 'Share on Facebook', 'Share on LinkedIn', 'Share on WhatsApp', 'Share on Telegram', 'Share on Reddit', 'Share by email'],
    );
  });

  it("sends each service the page's URL (and the title where it takes one), encoded so that & ? % survive", () => {
    const links = byService();
    assert.deepEqual(query(links.get('x')!.href), { text: TITLE, url: URL_ });
    assert.ok(links.get('x')!.href.startsWith('https://x.com/intent/tweet?'));
    assert.deepEqual(query(links.get('facebook')!.href), { u: URL_ });
    assert.ok(links.get('facebook')!.href.startsWith('https://www.facebook.com/sharer/sharer.php?'));
    assert.deepEqual(query(links.get('linkedin')!.href), { url: URL_ });
    assert.deepEqual(query(links.get('whatsapp')!.href), { text: `${TITLE} ${URL_}` });
    assert.ok(links.get('whatsapp')!.href.startsWith('https://wa.me/?'));
    assert.deepEqual(query(links.get('telegram')!.href), { url: URL_, text: TITLE });
    assert.deepEqual(query(links.get('reddit')!.href), { url: URL_, title: TITLE });
  });

  it('writes an email with the title as subject and the URL as body, spaces as %20 (mail clients do not read + as a space)', () => {
    const href = byService().get('email')!.href;
    assert.equal(href, `mailto:?subject=${encodeURIComponent(TITLE)}&body=${encodeURIComponent(URL_)}`);
    assert.ok(!href.includes('+'));
    assert.ok(href.includes('Knee%20pain'));
  });

  it('every link but email goes to https', () => {
    for (const link of shareLinks({ url: URL_, title: TITLE })) {
      assert.equal(new URL(link.href).protocol, link.service === 'email' ? 'mailto:' : 'https:', link.service);
    }
  });
});
