// Where the posts and videos that articles embed live: the article components link to these, and the
// feeds' plain HTML too, so both always agree.

export function youTubeWatchUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`;
}

export function vimeoUrl(id: string): string {
  return `https://vimeo.com/${encodeURIComponent(id)}`;
}

export function xPostUrl(id: string, user?: string): string {
  return user ? `https://x.com/${encodeURIComponent(user)}/status/${encodeURIComponent(id)}` : `https://x.com/i/status/${encodeURIComponent(id)}`;
}

export function instagramPostUrl(id: string): string {
  return `https://www.instagram.com/p/${encodeURIComponent(id)}/`;
}

export function gistUrl(user: string, id: string, file?: string): string {
  // GitHub names a gist file's anchor after the file, with every other character a hyphen.
  const anchor = file ? `#file-${file.replace(/[^\w-]/g, '-').toLowerCase()}` : '';
  return `https://gist.github.com/${encodeURIComponent(user)}/${encodeURIComponent(id)}${anchor}`;
}

/** The link text of each, naming the post and where it is. */
export const embedLabels = {
  x: (user?: string) => (user ? `Post by @${user} on X` : 'Post on X'),
  instagram: () => 'Post on Instagram',
  gist: (user: string, file?: string) => `${file ? `${file} in a` : 'A'} gist by ${user} on GitHub`,
};

/** The label each callout kind is announced with. */
export const CALLOUT_LABELS: Readonly<Record<string, string>> = { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' };

/** The kinds of care card, as public health services use them, each with the words screen readers hear
 * before its heading (and feeds show): advice, an urgent appointment, immediate action. */
export const CARE_CARD_LABELS = { 'non-urgent': 'Non-urgent advice', urgent: 'Urgent advice', emergency: 'Emergency' } as const;
export type CareCardType = keyof typeof CARE_CARD_LABELS;

export function isCareCardType(value: unknown): value is CareCardType {
  return typeof value === 'string' && Object.hasOwn(CARE_CARD_LABELS, value);
}
