// Whether the server publish revalidated reads the content store publish wrote: its /api/health names when
// the index it serves was published (the index file's modification time), which must be this publish's. A
// replica started from a release/ folder reads its own copy, and would keep serving the old pages.
import fs from 'node:fs';
import { indexPath } from '../../lib/content/store';

/** When the server at `origin` says its index was published, or null when it does not say. */
export async function servedStoreTime(origin: string): Promise<string | null> {
  const response = await fetch(`${origin}/api/health/`).catch(() => null);
  if (!response?.ok) return null;
  const { builtAt } = (await response.json()) as { builtAt?: string | null };
  return builtAt ?? null;
}

/** Whether the server serves the index this process published into `storeDir`. */
export async function servesThisStore(origin: string, storeDir: string): Promise<boolean> {
  return (await servedStoreTime(origin)) === fs.statSync(indexPath(storeDir)).mtime.toISOString();
}
