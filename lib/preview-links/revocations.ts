// Revoked preview links, in one small file the server reads on every preview request
// (.content/preview-links.json): links revoked one by one, by id, and for each article the instant before
// which every link issued for it is revoked. Written only by `npm run preview-link -- --revoke…`.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeJsonFile } from '../content/json-file';

export interface Revocations {
  /** Link ids revoked one by one. */
  links: string[];
  /** Per slug: links issued before this instant (ISO 8601) are revoked. */
  articles: Record<string, string>;
}

const revocationsSchema = z.object({ links: z.array(z.string()), articles: z.record(z.string(), z.string()) });

export const EMPTY_REVOCATIONS: Revocations = { links: [], articles: {} };

export function revocationsFile(storeDir: string): string {
  return path.join(storeDir, 'preview-links.json');
}

/** The revocations written so far; none when the file does not exist. A file that is not ours stops with
 * its name: guessing would let revoked links back in. */
export function readRevocations(file: string): Revocations {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_REVOCATIONS;
    throw error;
  }
  const parsed = revocationsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is not a list of revoked preview links (${parsed.error.issues[0]?.message}). Restore it from a backup, or delete it to bring back every link not yet expired.`);
  return parsed.data;
}

/** Adds to the revocations; written to a new file and renamed over the old, so a reader never sees half. */
export function writeRevocations(file: string, change: (current: Revocations) => Revocations): Revocations {
  const next = change(readRevocations(file));
  writeJsonFile(file, next, 2);
  return next;
}
