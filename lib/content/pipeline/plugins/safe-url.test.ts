import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalUrl, schemeOf, srcsetUrls, unsafeUrlReason } from './safe-url';

describe('unsafeUrlReason', () => {
  it('reads the scheme as a browser does: any case, tabs and newlines inside, spaces and controls before', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscr\ript:x', '  javascript:x', '\u0001javascript:x', 'vbscript:x', 'data:text/html,<script>x</script>']) {
      assert.ok(unsafeUrlReason(url, 'link'), JSON.stringify(url));
      assert.ok(unsafeUrlReason(url, 'image'), JSON.stringify(url));
    }
    assert.equal(schemeOf('HTTPS://example.org'), 'https');
  });

  it('allows relative URLs, fragments and the usual schemes', () => {
    for (const url of ['/posts/x/', 'x.png', '#fn-1', '?q=1', '//cdn.example.org/a.png', 'https://a.example', 'mailto:a@b.example', 'tel:+441234', 'a/b:c', 'java script:x']) {
      assert.equal(unsafeUrlReason(url, 'link'), null, url);
    }
  });

  it('allows data: only for raster images', () => {
    assert.equal(unsafeUrlReason('data:image/png;base64,AAAA', 'image'), null);
    assert.equal(unsafeUrlReason(' data:image/webp;base64,AAAA', 'image'), null);
    assert.ok(unsafeUrlReason('data:image/svg+xml;base64,AAAA', 'image'));
    assert.ok(unsafeUrlReason('data:image/png;base64,AAAA', 'link'));
    assert.ok(unsafeUrlReason('data:image/png;base64,AAAA', 'load'));
  });

  it('reads every URL of a srcset', () => {
    assert.deepEqual(srcsetUrls('a.png 1x, javascript:x 2x'), ['a.png', 'javascript:x']);
    assert.deepEqual(srcsetUrls(['a.png 1x', 'b.png 2x']), ['a.png', 'b.png']);
  });
});

describe('canonicalUrl', () => {
  it('writes a scheme as the browser reads it, so that a literal check (rehype-sanitize) reads the same', () => {
    assert.equal(canonicalUrl('HTTPS://Example.org/A'), 'https://Example.org/A');
    assert.equal(canonicalUrl('  ht\ttps://example.org'), 'https://example.org');
    assert.equal(canonicalUrl('MailTo:a@b.example'), 'mailto:a@b.example');
  });

  it('keeps relative URLs as written, putting ./ before one whose first colon could pass for a scheme', () => {
    for (const url of ['/posts/x/', 'x.png', '#fn-1', '?q=a:b', 'a/b:c', '']) assert.equal(canonicalUrl(url), url);
    assert.equal(canonicalUrl('java script:x'), './java script:x');
    assert.equal(canonicalUrl('week 1: rest.html'), './week 1: rest.html');
  });
});
