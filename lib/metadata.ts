// Each page's metadata for Next's Metadata API: titles, descriptions, canonical URLs, Open Graph and
// Twitter cards. Relative URLs here are made absolute by the layout's metadataBase (the site's URL).
import type { Metadata } from 'next';
import type { ArticleSummary } from './content/article';
import { absoluteUrl, archiveYearUrl, archivesUrl, atomFeedUrl, categoriesUrl, guidesUrl, healthAzLetterUrl, healthAzUrl, homeUrl, jsonFeedUrl, pageUrl, postsUrl, rssFeedUrl, searchUrl, tagsUrl, urgentHelpUrl } from './content/urls';
import { articleShareImage, sitePageShareImage, siteShareImage, type ShareImage } from './share-image';
import { site } from './site';
import { zonedDateTime } from './zoned-date';

/** Search engines show about 155–160 characters of a description. */
const DESCRIPTION_LENGTH = 155;

/** Plain text cut at a word boundary near 155 characters (never mid-word), with an ellipsis if cut. */
export function metaDescription(text: string, length = DESCRIPTION_LENGTH): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= length) return plain;
  const cut = plain.slice(0, length + 1);
  const boundary = cut.lastIndexOf(' ');
  const words = (boundary > length / 2 ? cut.slice(0, boundary) : plain.slice(0, length)).replace(/[\s,;:.–—-]+$/, '');
  return `${words}…`;
}

type Alternates = NonNullable<Metadata['alternates']>;
type OpenGraph = NonNullable<Metadata['openGraph']>;

/** og:locale's form of a BCP 47 tag: en-GB is en_GB. */
const ogLocale = site.locale.replace('-', '_');

/** Open Graph and Twitter for any page: the same title, description and image (on this host, with its
 * alt text) in both, og:locale, and twitter:site when the site has an account. Every page has an image
 * (lib/share-image.ts), so every card is summary_large_image. */
function social(page: { url: string; title: string; description: string; image: ShareImage }, openGraph: Partial<OpenGraph> = { type: 'website' }): Pick<Metadata, 'openGraph' | 'twitter'> {
  const images = [{ url: absoluteUrl(page.image.url), alt: page.image.alt, ...(page.image.width && page.image.height ? { width: page.image.width, height: page.image.height } : {}) }];
  return {
    openGraph: { ...openGraph, url: page.url, siteName: site.name, locale: ogLocale, title: page.title, description: page.description, images } as OpenGraph,
    twitter: { card: 'summary_large_image', title: page.title, description: page.description, images, ...(site.social.twitter ? { site: site.social.twitter } : {}) },
  };
}

/** The page's canonical URL and its feeds' links: the site's three, and a list's own RSS feed after them. */
export function alternates(canonical: string | undefined, ownFeed?: { url: string; title: string }): Alternates {
  return {
    ...(canonical ? { canonical } : {}),
    types: {
      'application/rss+xml': [{ url: rssFeedUrl(homeUrl()), title: `${site.name} (RSS)` }, ...(ownFeed ? [ownFeed] : [])],
      'application/atom+xml': [{ url: atomFeedUrl(), title: `${site.name} (Atom)` }],
      'application/feed+json': [{ url: jsonFeedUrl(), title: `${site.name} (JSON Feed)` }],
    },
  };
}

/** What search engines show under an article's title: its description, else its summary, cut. */
export function articleDescription(article: ArticleSummary): string {
  return metaDescription(article.description || article.summary);
}

/** The article's authors, or the site's default author when it names none. */
export function articleAuthors(article: ArticleSummary): string[] {
  return article.authors.length > 0 ? article.authors : [site.defaultAuthor];
}

/** The page's keywords: Hugo's `keywords`, then the tags, each once (whatever its case). */
export function articleKeywords(article: Pick<ArticleSummary, 'keywords' | 'tags'>): string[] {
  const seen = new Set<string>();
  return [...article.keywords, ...article.tags].filter((word) => !seen.has(word.toLowerCase()) && Boolean(seen.add(word.toLowerCase())));
}

export function articleMetadata(article: ArticleSummary): Metadata {
  const description = articleDescription(article);
  const authors = articleAuthors(article);
  const modified = article.lastmod ?? article.date;
  return {
    title: article.title,
    description,
    authors: authors.map((name) => ({ name })),
    keywords: articleKeywords(article),
    alternates: alternates(article.url),
    ...social(
      { url: article.url, title: article.title, description, image: articleShareImage(article) },
      {
        type: 'article',
        publishedTime: article.date ? zonedDateTime(article.date) : undefined,
        modifiedTime: modified ? zonedDateTime(modified) : undefined,
        authors,
        tags: article.tags,
      },
    ),
  };
}

/** A list page (page `number` of the list at `base`): its own title, description and canonical URL. */
function listMetadata({ title, description, base, number = 1, feed }: { title: string; description: string; base: string; number?: number; feed?: string }): Metadata {
  const url = pageUrl(base, number);
  const fullTitle = number > 1 ? `${title}, page ${number}` : title;
  const fullDescription = number > 1 ? `${description} Page ${number}.` : description;
  return {
    title: fullTitle,
    description: fullDescription,
    alternates: alternates(url, feed ? { url: rssFeedUrl(base), title: feed } : undefined),
    ...social({ url, title: fullTitle, description: fullDescription, image: siteShareImage() }),
  };
}

export function homeMetadata(): Metadata {
  return {
    alternates: alternates(homeUrl()),
    ...social({ url: homeUrl(), title: `${site.name}: ${site.tagline}`, description: site.description, image: siteShareImage() }),
  };
}

/** The search page: its results are the articles' pages, so search engines need not keep it (nor its `?q=` forms). */
export function searchMetadata(): Metadata {
  const description = `Search every ${site.name} article.`;
  return { title: 'Search', description, alternates: alternates(searchUrl()), robots: { index: false, follow: true }, ...social({ url: searchUrl(), title: 'Search', description, image: siteShareImage() }) };
}

export function postsMetadata(number = 1): Metadata {
  return listMetadata({ title: 'Posts', description: `Every ${site.name} article, newest first.`, base: postsUrl(), number, feed: `Posts on ${site.name} (RSS)` });
}

export function tagsMetadata(number = 1): Metadata {
  return listMetadata({ title: 'Tags', description: `Every topic ${site.name} writes about.`, base: tagsUrl(), number });
}

export function termMetadata(term: { name: string; url: string }, number = 1): Metadata {
  return listMetadata({
    title: `Articles tagged “${term.name}”`,
    description: `${site.name} articles about ${term.name}, newest first.`,
    base: term.url,
    number,
    feed: `${term.name} on ${site.name} (RSS)`,
  });
}

export function categoriesMetadata(number = 1): Metadata {
  return listMetadata({ title: 'Categories', description: `Every area of health ${site.name} covers.`, base: categoriesUrl(), number });
}

export function categoryMetadata(category: { name: string; url: string }, number = 1): Metadata {
  return listMetadata({
    title: `Articles in “${category.name}”`,
    description: `${site.name} articles in the category ${category.name}, newest first.`,
    base: category.url,
    number,
    feed: `${category.name} on ${site.name} (RSS)`,
  });
}

export function archivesMetadata(): Metadata {
  return listMetadata({ title: 'Archives', description: `Every ${site.name} article by year, newest first.`, base: archivesUrl() });
}

export function archiveYearMetadata(slug: string, label: string): Metadata {
  return listMetadata({ title: `Archives: ${label}`, description: `Every ${site.name} article of ${label === 'Undated' ? 'no date' : label}, by month, newest first.`, base: archiveYearUrl(slug) });
}

export function guidesMetadata(): Metadata {
  return listMetadata({ title: 'Guides', description: `Every ${site.name} guide: a health topic explained over a few short pages, to read in order.`, base: guidesUrl() });
}

export function guideMetadata(guide: { name: string; url: string; articles: unknown[] }): Metadata {
  const pages = guide.articles.length === 1 ? '1 page' : `${guide.articles.length} pages`;
  return listMetadata({
    title: `${guide.name}: a guide`,
    description: `${guide.name} explained in ${pages} by ${site.name}: read them in order, or go straight to the one you need.`,
    base: guide.url,
  });
}

export function healthAzMetadata(): Metadata {
  return listMetadata({ title: 'Health A to Z', description: `Every condition, symptom and treatment ${site.name} explains, by every name it goes by.`, base: healthAzUrl() });
}

export function healthAzLetterMetadata(slug: string, letter: string): Metadata {
  return listMetadata({ title: `Health A to Z: ${letter}`, description: `Every condition, symptom and treatment ${site.name} explains under ${letter}, by every name it goes by.`, base: healthAzLetterUrl(slug) });
}

/** /urgent-help/: the numbers to call now. */
export function urgentHelpMetadata(): Metadata {
  return listMetadata({ title: 'Get urgent help', description: `When to call ${site.urgentHelp.emergency.number} and when to call ${site.urgentHelp.urgent.number}: get medical help now.`, base: urgentHelpUrl() });
}

/** A site page (content/pages): its title, description and canonical URL; no article metadata. */
export function sitePageMetadata(page: ArticleSummary): Metadata {
  const description = articleDescription(page);
  return {
    title: page.title,
    description,
    alternates: alternates(page.url),
    ...social({ url: page.url, title: page.title, description, image: sitePageShareImage(page) }),
  };
}
