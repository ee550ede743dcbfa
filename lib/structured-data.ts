// Structured data (JSON-LD, typed with schema-dts), as Google's guidance asks: one @graph per page. An
// article is a MedicalWebPage with its breadcrumbs (and an FAQPage when its body has an FAQ section); a
// list, term or guide page is a CollectionPage with an ItemList of its articles and its breadcrumbs; the
// home page is the WebSite. The site's Organization is every page's publisher, and the author of a page
// that names no one. Dates are date-times in the site's time zone (lib/zoned-date.ts).
import type { BreadcrumbList, CollectionPage, FAQPage, Graph, MedicalWebPage, Organization, Person, Thing, WebSite } from 'schema-dts';
import type { Article, Reviewer } from './content/article';
import { absoluteUrl, homeUrl } from './content/urls';
import { articleDescription } from './metadata';
import { articleBreadcrumbs } from './routes';
import { articleShareImage } from './share-image';
import { site } from './site';
import { laterDate, zonedDateTime } from './zoned-date';

const publisherId = absoluteUrl('/#publisher');
const websiteId = absoluteUrl('/#website');

function publisher(): Organization {
  return { '@type': 'Organization', '@id': publisherId, name: site.publisher.name, url: absoluteUrl(homeUrl()), logo: absoluteUrl(site.publisher.logo) };
}

/** A page's trail, positions from 1. */
function breadcrumbList(url: string, crumbs: { name: string; url: string }[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': `${url}#breadcrumbs`,
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(crumb.url) })),
  };
}

/** The article's authors as Persons (each with a name), or the site's Organization when it names none. */
function authorsOf(article: Article): (Person | { '@id': string })[] {
  const people = article.authors.map((name) => name.trim()).filter(Boolean);
  return people.length > 0 ? people.map((name): Person => ({ '@type': 'Person', name })) : [{ '@id': publisherId }];
}

/** datePublished, and dateModified as the later of the last edit and the last medical review. */
function articleDates(article: Article): Pick<MedicalWebPage & object, 'datePublished' | 'dateModified'> {
  const modified = laterDate(article.lastmod ?? article.date, article.review.lastReviewed);
  return {
    ...(article.date ? { datePublished: zonedDateTime(article.date) } : {}),
    ...(modified ? { dateModified: zonedDateTime(modified) } : {}),
  };
}

export function articleGraph(article: Article): Graph {
  const url = absoluteUrl(article.url);
  const page: MedicalWebPage = {
    '@type': 'MedicalWebPage',
    '@id': `${url}#webpage`,
    url,
    headline: article.title,
    name: article.title,
    description: articleDescription(article),
    ...articleDates(article),
    author: authorsOf(article),
    publisher: { '@id': publisherId },
    image: absoluteUrl(articleShareImage(article).url),
    mainEntityOfPage: url,
    inLanguage: site.language,
    isPartOf: { '@id': websiteId },
    breadcrumb: { '@id': `${url}#breadcrumbs` },
    ...(article.tags.length > 0 ? { keywords: article.tags.join(', ') } : {}),
    // A Date (schema.org's type for it), apart from dateModified.
    ...(article.review.lastReviewed ? { lastReviewed: article.review.lastReviewed } : {}),
    ...(article.review.reviewers.length > 0 ? { reviewedBy: article.review.reviewers.filter((reviewer) => reviewer.name.trim()).map((reviewer) => reviewerPerson(reviewer, article.url)) } : {}),
  };
  const nodes: Thing[] = [page, breadcrumbList(url, articleBreadcrumbs(article)), publisher()];
  if (article.faq.length > 0) {
    const faq: FAQPage = {
      '@type': 'FAQPage',
      '@id': `${url}#faq`,
      url,
      mainEntity: article.faq.map(({ question, answer }) => ({ '@type': 'Question', name: question, acceptedAnswer: { '@type': 'Answer', text: answer } })),
    };
    nodes.push(faq);
  }
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** A reviewer as schema.org's Person: post-nominal letters are its honorificSuffix ("M.D., PhD" in its
 * definition), and each comma-separated one is also a credential the person holds (hasCredential). */
function reviewerPerson({ name, credentials, url }: Reviewer, articleUrl: string): Person {
  const held = credentials.split(',').map((credential) => credential.trim()).filter(Boolean);
  return {
    '@type': 'Person',
    name,
    ...(url ? { url: absoluteUrl(url, articleUrl) } : {}),
    ...(credentials ? { honorificSuffix: credentials, hasCredential: held.map((credential) => ({ '@type': 'EducationalOccupationalCredential', name: credential })) } : {}),
  };
}

export interface Collection {
  /** The page's heading. */
  name: string;
  description?: string;
  /** The page's own URL (page N of a list is its own page). */
  url: string;
  /** The pages above it, after Home (Tags above a tag's page). */
  parents: { name: string; url: string }[];
  /** What it lists, in its order: articles, terms, guides. */
  items: { name: string; url: string }[];
}

/** A list, term or guide page: a CollectionPage whose mainEntity is the ItemList of what it shows. */
export function collectionGraph({ name, description, url: path, parents, items }: Collection): Graph {
  const url = absoluteUrl(path);
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': `${url}#webpage`,
    url,
    name,
    ...(description ? { description } : {}),
    inLanguage: site.language,
    isPartOf: { '@id': websiteId },
    publisher: { '@id': publisherId },
    breadcrumb: { '@id': `${url}#breadcrumbs` },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: items.length,
      itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, url: absoluteUrl(item.url) })),
    },
  };
  const crumbs = [{ name: 'Home', url: homeUrl() }, ...parents, { name, url: path }];
  return { '@context': 'https://schema.org', '@graph': [page, breadcrumbList(url, crumbs), publisher()] };
}

export function homeGraph(): Graph {
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': websiteId,
    name: site.name,
    description: site.description,
    url: absoluteUrl(homeUrl()),
    inLanguage: site.language,
    publisher: { '@id': publisherId },
  };
  return { '@context': 'https://schema.org', '@graph': [website, publisher()] };
}

/** JSON that cannot end the script element it sits in or start a comment there, whatever the text holds. */
export function serializeJsonLd(graph: Graph): string {
  return JSON.stringify(graph)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
