// The server-side key preview links are signed with: PREVIEW_LINK_KEY, else one derived from PREVIEW_SECRET
// (an HMAC of a fixed label, so neither a link nor the key reveals the secret). Null: links are off.
import { createHmac } from 'node:crypto';

export function previewLinkKey(env: Readonly<Record<string, string | undefined>> = process.env): Uint8Array | null {
  if (env.PREVIEW_LINK_KEY) return new TextEncoder().encode(env.PREVIEW_LINK_KEY);
  if (env.PREVIEW_SECRET) return createHmac('sha256', env.PREVIEW_SECRET).update('pulse preview links v1').digest();
  return null;
}
