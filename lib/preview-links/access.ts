// What the server asks of a preview link on each request: is this token a good link (signed with our key,
// not expired, not revoked in the store's revocation file), and for which article. The cookie a link sets
// carries the token itself, so revoking a link shuts out whoever already opened it too.
import { storeDir } from '../content/paths';
import { previewLinkKey } from './key';
import { verifyPreviewLink, type PreviewLink } from './links';
import { readRevocations, revocationsFile } from './revocations';

/** The cookie that holds an opened link's token, sent only to preview pages. */
export const PREVIEW_LINK_COOKIE = 'pulse-preview-link';

/** Whether links are on: a key is set (PREVIEW_LINK_KEY, or PREVIEW_SECRET to derive one from). */
export function previewLinksEnabled(): boolean {
  return previewLinkKey() !== null;
}

export async function openPreviewLink(token: string | undefined, now: Date = new Date()): Promise<PreviewLink | null> {
  const key = previewLinkKey();
  if (!key || !token) return null;
  return verifyPreviewLink(token, key, readRevocations(revocationsFile(storeDir)), now);
}

/** Whether the link in this cookie lets its holder see `slug`'s preview (its own article only). */
export async function linkOpensPreview(token: string | undefined, slug: string): Promise<boolean> {
  return (await openPreviewLink(token))?.slug === slug;
}
