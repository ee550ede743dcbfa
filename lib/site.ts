// Site-wide settings, in one typed place. The base URL comes from SITE_URL (without a trailing slash);
// every absolute URL is built from it by lib/content/urls.ts.
const baseUrl = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

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
  /** BCP 47, for <html lang> and og:locale-free metadata. */
  language: 'en',
  /** BCP 47: how dates and numbers are written on every page ("5 December 2022"); en-US would write "December 5, 2022". */
  locale: 'en-GB',
  url: baseUrl,
  /** Named as the author when an article names none. */
  defaultAuthor: 'Pulse editorial team',
  publisher: { name: 'Pulse', url: baseUrl, logo: '/icon.svg' },
  social: { twitter: '' },
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
} as const;
