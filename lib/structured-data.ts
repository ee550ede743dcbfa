// Structured data (JSON-LD, typed with schema-dts): one @graph per page. An article is a MedicalWebPage
// with its breadcrumbs, and an FAQPage when its body has an FAQ section; the home page is the WebSite.
import type { BreadcrumbList, FAQPage, Graph, MedicalWebPage, Organization, Person, Thing, WebSite } from 'schema-dts';
import type { Article, Reviewer } from './content/article';
import { absoluteUrl, homeUrl } from './content/urls';
import { articleAuthors, articleDescription } from './metadata';
import { articleBreadcrumbs } from './routes';
import { site } from './site';

const publisherId = absoluteUrl('/#publisher');
const websiteId = absoluteUrl('/#website');

function publisher(): Organization {
  return { '@type': 'Organization', '@id': publisherId, name: site.publisher.name, url: absoluteUrl(homeUrl()), logo: absoluteUrl(site.publisher.logo) };
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
    ...(article.date ? { datePublished: article.date, dateModified: article.lastmod ?? article.date } : {}),
    author: articleAuthors(article).map((name) => ({ '@type': 'Person', name })),
    publisher: { '@id': publisherId },
    ...(article.image ? { image: absoluteUrl(article.image.src, article.url) } : {}),
    mainEntityOfPage: url,
    inLanguage: site.language,
    isPartOf: { '@id': websiteId },
    ...(article.tags.length > 0 ? { keywords: article.tags.join(', ') } : {}),
    ...(article.review.lastReviewed ? { lastReviewed: article.review.lastReviewed } : {}),
    ...(article.review.reviewers.length > 0 ? { reviewedBy: article.review.reviewers.map((reviewer) => reviewerPerson(reviewer, article.url)) } : {}),
  };
  const breadcrumbs: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    itemListElement: articleBreadcrumbs(article).map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(crumb.url) })),
  };
  const nodes: Thing[] = [page, breadcrumbs, publisher()];
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
