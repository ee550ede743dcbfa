// Feed validators, each checking what its specification requires of a document (no network: the W3C
// validator is not reachable from CI). Each returns the problems found, empty when the feed is valid.
//   RSS 2.0: https://www.rssboard.org/rss-specification
//   Atom 1.0: RFC 4287 (https://www.rfc-editor.org/rfc/rfc4287)
//   JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', parseTagValue: false });
const list = (value: unknown): Node[] => (value === undefined ? [] : ([value].flat() as Node[]));
const text = (value: unknown): string => (typeof value === 'object' && value !== null ? String((value as Node)['#text'] ?? '') : String(value ?? ''));
const isAbsoluteUrl = (value: string) => /^https?:\/\/[^/]/.test(value) && URL.canParse(value);
/** RFC 822 dates as RSS writes them (four-digit years allowed, as the spec's note says). */
const RFC_822 = /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2,4} \d{2}:\d{2}(?::\d{2})? (?:UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+-]\d{4})$/;
/** RFC 3339 date-times, as Atom and JSON Feed require. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export function parseXml(xml: string): Node {
  return parser.parse(xml) as Node;
}

export function validateRss2(xml: string): string[] {
  const problems: string[] = [];
  const rss = parseXml(xml).rss as Node | undefined;
  if (!rss) return ['the root element is not <rss>'];
  if (rss['@version'] !== '2.0') problems.push(`<rss version> is ${String(rss['@version'])}, not 2.0`);
  const channels = list(rss.channel);
  if (channels.length !== 1) return [...problems, `<rss> has ${channels.length} <channel> elements, not one`];
  const channel = channels[0];
  for (const required of ['title', 'link', 'description']) if (!text(channel[required]).trim()) problems.push(`<channel> has no <${required}>`);
  if (!isAbsoluteUrl(text(channel.link))) problems.push(`<channel><link> is not an absolute URL: ${text(channel.link)}`);
  for (const date of ['pubDate', 'lastBuildDate']) if (channel[date] !== undefined && !RFC_822.test(text(channel[date]))) problems.push(`<channel><${date}> is not an RFC 822 date`);
  list(channel.item).forEach((item, i) => {
    const where = `<item> ${i + 1}`;
    if (!text(item.title).trim() && !text(item.description).trim()) problems.push(`${where} has neither <title> nor <description>`);
    if (item.link !== undefined && !isAbsoluteUrl(text(item.link))) problems.push(`${where} <link> is not an absolute URL`);
    if (item.pubDate !== undefined && !RFC_822.test(text(item.pubDate))) problems.push(`${where} <pubDate> is not an RFC 822 date: ${text(item.pubDate)}`);
    for (const guid of list(item.guid)) if ((guid as Node)['@isPermaLink'] !== 'false' && !isAbsoluteUrl(text(guid))) problems.push(`${where} has a permalink <guid> that is not a URL`);
    for (const category of list(item.category)) if (typeof category === 'object' && category['@domain'] !== undefined && !text(category).trim()) problems.push(`${where} has an empty <category>`);
  });
  return problems;
}

export function validateAtom1(xml: string): string[] {
  const problems: string[] = [];
  const feed = parseXml(xml).feed as Node | undefined;
  if (!feed) return ['the root element is not <feed>'];
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('<feed> is not in the Atom namespace');
  const one = (node: Node, name: string, where: string) => {
    const found = list(node[name]);
    if (found.length !== 1) problems.push(`${where} has ${found.length} <${name}> elements, not one`);
    return found.length === 1 ? text(found[0]) : '';
  };
  if (!URL.canParse(one(feed, 'id', '<feed>'))) problems.push('<feed><id> is not an IRI');
  one(feed, 'title', '<feed>');
  if (!RFC_3339.test(one(feed, 'updated', '<feed>'))) problems.push('<feed><updated> is not an RFC 3339 date');
  const feedHasAuthor = list(feed.author).some((author) => text(author.name).trim());
  const ids = new Set<string>();
  list(feed.entry).forEach((entry, i) => {
    const where = `<entry> ${i + 1}`;
    const id = one(entry, 'id', where);
    if (!URL.canParse(id)) problems.push(`${where} <id> is not an IRI`);
    if (ids.has(id)) problems.push(`${where} repeats the id ${id}`);
    ids.add(id);
    one(entry, 'title', where);
    if (!RFC_3339.test(one(entry, 'updated', where))) problems.push(`${where} <updated> is not an RFC 3339 date`);
    if (entry.published !== undefined && !RFC_3339.test(text(entry.published))) problems.push(`${where} <published> is not an RFC 3339 date`);
    const links = list(entry.link);
    const alternates = links.filter((link) => (link['@rel'] ?? 'alternate') === 'alternate');
    if (entry.content === undefined && alternates.length === 0) problems.push(`${where} has neither <content> nor an alternate <link>`);
    for (const link of links) if (!URL.canParse(String(link['@href'] ?? ''))) problems.push(`${where} has a <link> without an href IRI`);
    if (!feedHasAuthor && !list(entry.author).some((author) => text(author.name).trim())) problems.push(`${where} has no author, and neither has the feed`);
    for (const content of list(entry.content)) if (content['@type'] !== undefined && !['text', 'html', 'xhtml'].includes(String(content['@type'])) && !String(content['@type']).includes('/')) problems.push(`${where} <content type> is not a valid type`);
  });
  return problems;
}

export function validateJsonFeed11(json: string): string[] {
  let feed: Node;
  try {
    feed = JSON.parse(json) as Node;
  } catch {
    return ['not JSON'];
  }
  const problems: string[] = [];
  if (feed.version !== 'https://jsonfeed.org/version/1.1') problems.push(`version is ${String(feed.version)}`);
  if (typeof feed.title !== 'string' || !feed.title) problems.push('no title');
  for (const url of ['home_page_url', 'feed_url', 'icon', 'favicon']) if (feed[url] !== undefined && !isAbsoluteUrl(String(feed[url]))) problems.push(`${url} is not an absolute URL`);
  if (feed.author !== undefined) problems.push('"author" is deprecated in 1.1: use "authors"');
  const authorsProblems = (authors: unknown, where: string) => {
    if (authors === undefined) return;
    if (!Array.isArray(authors) || authors.length === 0) problems.push(`${where} "authors" is not a non-empty array`);
    else for (const author of authors as Node[]) if (!author.name && !author.url && !author.avatar) problems.push(`${where} has an author with no name, url or avatar`);
  };
  authorsProblems(feed.authors, 'the feed');
  if (!Array.isArray(feed.items)) return [...problems, '"items" is not an array'];
  (feed.items as Node[]).forEach((item, i) => {
    const where = `item ${i + 1}`;
    if (typeof item.id !== 'string' || !item.id) problems.push(`${where} has no string id`);
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string') problems.push(`${where} has neither content_html nor content_text`);
    if (item.url !== undefined && !isAbsoluteUrl(String(item.url))) problems.push(`${where} url is not absolute`);
    for (const date of ['date_published', 'date_modified']) if (item[date] !== undefined && !RFC_3339.test(String(item[date]))) problems.push(`${where} ${date} is not an RFC 3339 date`);
    if (item.author !== undefined) problems.push(`${where} uses the deprecated "author"`);
    if (item.tags !== undefined && !(Array.isArray(item.tags) && item.tags.every((tag) => typeof tag === 'string'))) problems.push(`${where} tags are not strings`);
    authorsProblems(item.authors, where);
  });
  return problems;
}
