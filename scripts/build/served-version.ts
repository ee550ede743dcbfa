// Whether a revalidated page really changed where readers get it: publish notes each page's body before
// revalidating and compares after. A page that did not change is reported (a replica that reads its own
// copy of the content store, or a cache in front that was not refreshed, keeps serving the old page).
import { createHash } from 'node:crypto';

/** A digest of the page as `origin` serves it now, or null when it does not answer 200. */
export async function servedFingerprint(origin: string, path: string): Promise<string | null> {
  const response = await fetch(origin + path).catch(() => null);
  if (!response?.ok) return null;
  return createHash('sha256').update(await response.text()).digest('hex');
}

/** Fingerprints of every path, for `unchangedPages` after the publish. */
export async function fingerprintPages(origin: string, paths: string[]): Promise<Map<string, string | null>> {
  return new Map(await Promise.all(paths.map(async (path) => [path, await servedFingerprint(origin, path)] as const)));
}

/** The paths `origin` still serves exactly as before (it existed then and answers the same now). */
export async function unchangedPages(origin: string, before: Map<string, string | null>): Promise<string[]> {
  const unchanged: string[] = [];
  for (const [path, fingerprint] of before) if (fingerprint !== null && (await servedFingerprint(origin, path)) === fingerprint) unchanged.push(path);
  return unchanged;
}
