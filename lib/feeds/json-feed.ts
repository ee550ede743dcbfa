// The `feed` library writes JSON Feed version 1; version 1.1 (https://jsonfeed.org/version/1.1) renames
// `author` to an `authors` list (where an item may name all its authors, not only the first, as version 1
// did) and adds `language`. Everything else carries over as it is.
interface Author {
  name?: string;
  url?: string;
  avatar?: string;
}

interface JsonFeedItem {
  author?: Author;
  authors?: Author[];
  [field: string]: unknown;
}

interface JsonFeed {
  version: string;
  author?: Author;
  authors?: Author[];
  language?: string;
  items: JsonFeedItem[];
  [field: string]: unknown;
}

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** `authorsOf` gives each item's authors by its id. */
export function toJsonFeed11(version1: string, language: string, authorsOf: (id: string) => Author[]): string {
  const { author, ...feed } = JSON.parse(version1) as JsonFeed;
  const upgraded: JsonFeed = {
    ...feed,
    version: JSON_FEED_VERSION,
    language,
    ...(author ? { authors: [author] } : {}),
    items: feed.items.map(({ author: _first, ...item }) => ({ ...item, authors: authorsOf(String(item.id)) })),
  };
  return JSON.stringify(upgraded, null, 2);
}
