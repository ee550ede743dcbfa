// The links that share an article, built in one place from its absolute URL and title. Each is a plain
// link to the service's own share page: nothing of theirs loads until a reader follows one.

export type ShareService = 'x' | 'facebook' | 'linkedin' | 'whatsapp' | 'telegram' | 'reddit' | 'email';

export interface ShareLink {
  service: ShareService;
  /** The link's accessible name, like "Share on X". */
  label: string;
  href: string;
}

/** `base?key=value&…`, each value percent-encoded (spaces as %20, which mail clients read in mailto: too). */
function withQuery(base: string, query: Record<string, string>): string {
  return `${base}?${Object.entries(query)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')}`;
}

/** Every share link for a page, in the order the share row shows them. `url` must be absolute. */
export function shareLinks({ url, title }: { url: string; title: string }): ShareLink[] {
  return [
    { service: 'x', label: 'Share on X', href: withQuery('https://x.com/intent/tweet', { text: title, url }) },
    { service: 'facebook', label: 'Share on Facebook', href: withQuery('https://www.facebook.com/sharer/sharer.php', { u: url }) },
    { service: 'linkedin', label: 'Share on LinkedIn', href: withQuery('https://www.linkedin.com/sharing/share-offsite/', { url }) },
    { service: 'whatsapp', label: 'Share on WhatsApp', href: withQuery('https://wa.me/', { text: `${title} ${url}` }) },
    { service: 'telegram', label: 'Share on Telegram', href: withQuery('https://t.me/share/url', { url, text: title }) },
    { service: 'reddit', label: 'Share on Reddit', href: withQuery('https://www.reddit.com/submit', { url, title }) },
    { service: 'email', label: 'Share by email', href: withQuery('mailto:', { subject: title, body: url }) },
  ];
}
