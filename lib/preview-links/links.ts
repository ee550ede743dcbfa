// Preview links for one article with an end date: a JWT (HS256, through jose) naming the article, the
// link's id, when it was issued and when it expires, signed with the server's key (key.ts). The site-wide
// PREVIEW_SECRET never travels in one. A link is good for its article only, until it expires or is revoked.
import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Revocations } from './revocations';

export interface PreviewLink {
  id: string;
  slug: string;
  issuedAt: Date;
  expiresAt: Date;
}

const ISSUER = 'pulse-preview-link';

export async function signPreviewLink(slug: string, expiresAt: Date, key: Uint8Array, now: Date = new Date()): Promise<{ token: string; link: PreviewLink }> {
  const id = randomBytes(9).toString('base64url');
  const token = await new SignJWT({ slug })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setJti(id)
    .setIssuedAt(seconds(now))
    .setExpirationTime(seconds(expiresAt))
    .sign(key);
  return { token, link: { id, slug, issuedAt: new Date(seconds(now) * 1000), expiresAt: new Date(seconds(expiresAt) * 1000) } };
}

/** The link a token stands for, or null when it is not one of ours, was altered, has expired or was revoked:
 * callers answer every one of those the same way, so a wrong link learns nothing. */
export async function verifyPreviewLink(token: string, key: Uint8Array, revocations: Revocations, now: Date = new Date()): Promise<PreviewLink | null> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key, { algorithms: ['HS256'], issuer: ISSUER, currentDate: now, requiredClaims: ['jti', 'iat', 'exp'] }));
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
  const { slug, jti, iat, exp } = payload;
  if (typeof slug !== 'string' || !jti || iat === undefined || exp === undefined) return null;
  const link: PreviewLink = { id: jti, slug, issuedAt: new Date(iat * 1000), expiresAt: new Date(exp * 1000) };
  return isRevoked(link, revocations) ? null : link;
}

export function isRevoked(link: PreviewLink, revocations: Revocations): boolean {
  if (revocations.links.includes(link.id)) return true;
  const before = revocations.articles[link.slug];
  return before !== undefined && link.issuedAt.getTime() <= Date.parse(before);
}

function seconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
