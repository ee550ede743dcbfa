import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { previewLinkKey } from './key';
import { signPreviewLink, verifyPreviewLink } from './links';
import { EMPTY_REVOCATIONS, readRevocations, writeRevocations } from './revocations';

const key = previewLinkKey({ PREVIEW_SECRET: 'the editors’ secret' }) ?? new Uint8Array();
const now = new Date('2027-03-01T12:00:00Z');
const in72Hours = new Date(now.getTime() + 72 * 3600 * 1000);

describe('preview links', () => {
  it('a valid link names its article until it expires', async () => {
    const { token, link } = await signPreviewLink('knee-pain', in72Hours, key, now);
    const verified = await verifyPreviewLink(token, key, EMPTY_REVOCATIONS, new Date(in72Hours.getTime() - 1000));
    assert.deepEqual(verified, link);
    assert.equal(verified?.slug, 'knee-pain');
    assert.doesNotMatch(token, /editors/, 'the secret is not in the link');
  });

  it('an expired link is refused', async () => {
    const { token } = await signPreviewLink('knee-pain', in72Hours, key, now);
    assert.equal(await verifyPreviewLink(token, key, EMPTY_REVOCATIONS, in72Hours), null);
  });

  it('a tampered link (another slug, a later expiry, another key) is refused', async () => {
    const { token } = await signPreviewLink('knee-pain', in72Hours, key, now);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    for (const change of [{ slug: 'secret-draft' }, { exp: (claims.exp as number) + 86400 }]) {
      const forged = Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url');
      assert.equal(await verifyPreviewLink(`${header}.${forged}.${signature}`, key, EMPTY_REVOCATIONS, now), null);
    }
    assert.equal(await verifyPreviewLink(`${token.slice(0, -2)}AA`, key, EMPTY_REVOCATIONS, now), null);
    const otherKey = previewLinkKey({ PREVIEW_LINK_KEY: 'another key' }) ?? new Uint8Array();
    assert.equal(await verifyPreviewLink(token, otherKey, EMPTY_REVOCATIONS, now), null);
    assert.equal(await verifyPreviewLink('not a link', key, EMPTY_REVOCATIONS, now), null);
  });

  it('a revoked link is refused; revoking every link of an article leaves other articles’ and later links', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-links-')), 'preview-links.json');
    const first = await signPreviewLink('knee-pain', in72Hours, key, now);
    const second = await signPreviewLink('knee-pain', in72Hours, key, now);
    const other = await signPreviewLink('back-pain', in72Hours, key, now);
    writeRevocations(file, (current) => ({ ...current, links: [...current.links, first.link.id] }));
    assert.equal(await verifyPreviewLink(first.token, key, readRevocations(file), now), null);
    assert.ok(await verifyPreviewLink(second.token, key, readRevocations(file), now));
    writeRevocations(file, (current) => ({ ...current, articles: { ...current.articles, 'knee-pain': now.toISOString() } }));
    assert.equal(await verifyPreviewLink(second.token, key, readRevocations(file), now), null);
    assert.ok(await verifyPreviewLink(other.token, key, readRevocations(file), now));
    const later = await signPreviewLink('knee-pain', in72Hours, key, new Date(now.getTime() + 60_000));
    assert.ok(await verifyPreviewLink(later.token, key, readRevocations(file), now), 'a link made after revoking works');
  });

  it('no key, no links; a damaged revocation file stops with its name', () => {
    assert.equal(previewLinkKey({}), null);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-links-')), 'preview-links.json');
    fs.writeFileSync(file, '{"links": 3}');
    assert.throws(() => readRevocations(file), new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a list of revoked preview links`));
  });
});
