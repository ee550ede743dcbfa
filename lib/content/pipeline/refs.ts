// Hugo's {{< ref >}} and {{< relref >}}: a link to another article by its file or path, written as the
// target article's real URL at compile time. The table of every article's address is built from front
// matter alone (no compiling), before any body is compiled; the compile cache key includes what each
// ref of a body resolved to, so a body is compiled again when a target's URL changes.
import path from 'node:path';
import { articleUrl, sitePath } from '../urls';
import { parseCalendarDate } from './dates';
import type { SourceFile } from './files';
import { frontMatterOf } from './find-article';
import { publicationOf } from './publication';
import { articleSlug } from './slug';

export interface RefTarget {
  url: string;
  file: string;
  /** False for drafts and articles scheduled or expired today: links to them would not open. */
  public: boolean;
}

/** Lookup key (see refKey) -> the article it names. */
export type RefTable = ReadonlyMap<string, RefTarget>;

/** Every article under `contentDir` by each name a ref may give it: its path in the content folder (with or
 * without `posts/`, extension or `/index`), its file or bundle name, and its slug. */
export function refTable(sources: SourceFile[], contentDir: string, today: string): RefTable {
  const table = new Map<string, RefTarget>();
  const root = path.relative(process.cwd(), path.resolve(contentDir));
  for (const source of sources) {
    const data = frontMatterOf(source);
    const slug = articleSlug(source.baseName, typeof data.slug === 'string' ? data.slug : '', typeof data.title === 'string' ? data.title : '');
    const url = typeof data.url === 'string' && data.url ? sitePath(data.url) : articleUrl(slug);
    const day = (value: unknown) => parseCalendarDate(value)?.date ?? null;
    const draft = data.draft === true || data.draft === 'true';
    const target = { url, file: source.file, public: publicationOf({ draft, publishDate: day(data.publishdate), expiryDate: day(data.expirydate) }, today) === 'public' };
    const relative = path.relative(root, source.file).split(path.sep).join('/');
    for (const name of [relative, `posts/${relative}`, source.baseName, slug]) {
      const key = refKey(name);
      if (!table.has(key)) table.set(key, target);
    }
  }
  return table;
}

/** A ref's target as the table keys it: no leading ./ or /, no extension, /index or trailing slash, lower case. */
export function refKey(target: string): string {
  return target
    .trim()
    .replace(/[?#].*$/, '')
    .replace(/^\.?\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.(md|mdx|markdown)$/i, '')
    .replace(/(^|\/)_?index$/i, '')
    .toLowerCase();
}

/** The URL a ref gives: the target's URL and the ref's #fragment, if any. */
export function refUrl(written: string, target: RefTarget): string {
  const fragment = /#.*$/.exec(written)?.[0] ?? '';
  return target.url + fragment;
}
