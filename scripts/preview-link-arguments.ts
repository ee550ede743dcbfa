// What `npm run preview-link` was asked to do, read from its arguments, with a message naming what is wrong.
export type PreviewLinkCommand =
  | { kind: 'make'; slug: string; hours: number }
  | { kind: 'revoke'; id: string }
  | { kind: 'revoke-all'; slug: string }
  | { kind: 'error'; message: string };

export const USAGE = `usage: npm run preview-link -- <slug> [--hours 72]
       npm run preview-link -- --revoke <link-id>
       npm run preview-link -- --revoke-all <slug>`;

/** Links last 72 hours unless asked otherwise, and a year at most. */
const DEFAULT_HOURS = 72;
const MAX_HOURS = 24 * 366;

export function readPreviewLinkArguments(args: readonly string[]): PreviewLinkCommand {
  const [first, second, third, fourth, ...rest] = args;
  if (first === '--revoke' || first === '--revoke-all') {
    if (!second || second.startsWith('--') || third !== undefined) return { kind: 'error', message: `${first} takes one ${first === '--revoke' ? 'link id (printed when the link was made)' : 'slug'}.` };
    return first === '--revoke' ? { kind: 'revoke', id: second } : { kind: 'revoke-all', slug: second };
  }
  if (!first || first.startsWith('--')) return { kind: 'error', message: 'Say which article: its slug comes first.' };
  if (second === undefined) return { kind: 'make', slug: first, hours: DEFAULT_HOURS };
  if (second !== '--hours' || rest.length > 0 || fourth !== undefined) return { kind: 'error', message: `Unknown argument "${second === '--hours' ? fourth : second}".` };
  const hours = Number(third);
  if (!third || !Number.isFinite(hours) || hours <= 0 || hours > MAX_HOURS) return { kind: 'error', message: `--hours takes a number of hours above 0 and at most ${MAX_HOURS} ("${third ?? ''}" is not).` };
  return { kind: 'make', slug: first, hours };
}
