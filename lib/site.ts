// Site-wide settings, in one typed place. The base URL is the build's SITE_URL (lib/site-url.mjs, without a
// trailing slash); every absolute URL is built from it by lib/content/urls.ts.
import { siteUrl } from './site-url.mjs';

const baseUrl = siteUrl();

/** A whole number from the environment when set (tests and benchmarks build with small ones), else the fallback. */
function wholeNumber(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`${name}="${value}" is not a whole number.`);
  return Number(value);
}

export const site = {
  name: 'Pulse',
  tagline: 'Clear, trustworthy health information',
  description:
    'Pulse explains symptoms, conditions and treatments in plain language, so you know what to look out for and when to get help.',
  /** BCP 47, for <html lang>. */
  language: 'en',
  /** BCP 47 with the region: how dates and numbers are written on every page ("5 December 2022"; en-US
   * would write "December 5, 2022"), and og:locale (as en_GB). */
  locale: 'en-GB',
  /** IANA time zone: front-matter dates written without an offset are local time here (`date: 2026-03-01`
   * is midnight in London), structured data and Open Graph give dates with its offset, and the checker and
   * publish print scheduled instants in it. */
  timeZone: 'Europe/London',
  url: baseUrl,
  /** Named as the author when an article names none. */
  defaultAuthor: 'Pulse editorial team',
  publisher: { name: 'Pulse', url: baseUrl, logo: '/icon.svg' },
  /** The site's X (Twitter) account, as `@name`: twitter:site on every page when set. */
  social: { twitter: '' },
  /** The numbers the header's "Get urgent help" page and its link give. Change them here for another
   * country (docs/editors.md, "Urgent help"). */
  urgentHelp: {
    emergency: { number: '999', label: 'Call 999', when: 'for a medical emergency: someone is seriously ill or injured, or their life is at risk' },
    urgent: { number: '111', label: 'Call 111', when: 'when you need help urgently but it is not an emergency', url: 'https://111.nhs.uk/' as string | null },
  },
  homeArticleCount: 5,
  /** How many of the newest articles `next build` renders; every other article, term page and later list
   * page is rendered on its first request, then served from Next's cache (lib/prerender.ts). */
  prerenderArticles: wholeNumber('PULSE_PRERENDER_ARTICLES', 200),
  /** Articles per part of the search index (PULSE_SEARCH_PART_SIZE): Pagefind holds a whole part in memory
   * while it writes it (about 2.5 GB for 10,000 articles in one), and the browser merges the parts. */
  searchPartSize: Math.max(1, wholeNumber('PULSE_SEARCH_PART_SIZE', 2000)),
  /** Articles per list page (Hugo's paginate). */
  pageSize: 10,
  /** Terms per page of the tag and category indexes (/tags/, /tags/page/2/), most used first. */
  termsPerPage: 200,
  /** Articles per feed, newest first (Hugo's rssLimit). */
  feedSize: 20,
  /** Typeset TeX in every article (Hugo's site-wide `math`), not only in those whose front matter sets `math: true`. Off: `$` is then text. */
  math: false,
  /** Shown under every article unless its front matter says `disclaimer: false`. */
  disclaimer:
    'This page is for information only and is not a substitute for professional medical advice, diagnosis or treatment. Always ask a doctor, pharmacist or other qualified health professional about a medical problem. In an emergency, call your local emergency number.',
  /** The reading grade (Flesch–Kincaid) articles should stay at or below: the build and the checker list those above it. */
  readingGradeTarget: 9,
  /** Tell readers "This page is due for review" on an article whose nextReview has passed (on the day of the build). */
  showOverdueReviewNotice: true,
  /** Hugo's disablePathToLower: false (Hugo's default) writes article URLs in lower case (`My_Post.md` is
   * /posts/my_post/); true keeps the case of the file name or `slug`. */
  disablePathToLower: false as boolean,
  /** Hugo's refLinksErrorLevel: what a {{< ref >}} or {{< relref >}} to no article (or to a draft) does.
   * `error` (Hugo's default) fails the build; `warning` reports it and links to refLinksNotFoundURL. */
  refLinksErrorLevel: 'error' as 'error' | 'warning',
  /** Hugo's refLinksNotFoundURL: where a ref to no article links when refLinksErrorLevel is `warning`. */
  refLinksNotFoundURL: '#',
  /** PaperMod's ShowShareButtons: share links under every article, unless its front matter says `disableShare: true`. */
  showShareButtons: true,
  /** Images articles take from other sites, which the build and publish store a copy of
   * (lib/content/pipeline/remote-images.ts; docs/editors.md, "Images from other sites"). */
  remoteImages: {
    /** Downloads at once. */
    atOnce: 8,
    /** How long a build or publish waits, once its articles are compiled, for the downloads left (they start
     * while articles compile; PULSE_IMAGE_BUDGET_SECONDS overrides it). Images left then show as their alt
     * text, with a warning, and the next run tries them. */
    budgetSeconds: wholeNumber('PULSE_IMAGE_BUDGET_SECONDS', 60),
    /** The time one download may take, from the lookup of its server's name to its last byte. */
    timeoutSeconds: 10,
    /** How long a failed download is not tried again (the next build or publish after that tries it). */
    retryFailedAfterHours: 24,
    /** PULSE_OFFLINE=1: download nothing (every remote image shows as its alt text, with a warning saying why). */
    offline: process.env.PULSE_OFFLINE === '1',
  },
} as const;
