// Hugo's {{< ref >}} and {{< relref >}}: a link to another article by its file or path, written as the
// target article's real URL at compile time. The table of every article's address is built from front
// matter alone (no compiling), before any body is compiled; the compile cache key includes what each
// ref of a body resolved to, so a body is compiled again when a target's URL changes.
//
// A ref names its target as Hugo's content paths do, and findRef tries them in Hugo's order: relative to
// the article's folder (then, from a bundle's index, to the bundle's folder's), then from the content root,
// then with its leading sections dropped (Hugo's /post/…, /blog/…, /posts/… are all this site's one
// folder), then by its last segment (file, bundle or slug) alone when one article has it. With or without
// `.md`, a language suffix (`x.en.md`), `/index`, a trailing slash or a `#fragment`. `/tags/x/`,
// `/categories/x/` and `/series/x/` name the term's page when an article has that term.
import path from 'node:path';
import { site } from '../../site';
import { splitLanguageSuffix } from '../language';
import { categoryUrl, guideUrl, termUrl, urlize } from '../urls';
import { parseCalendarDate } from './dates';
import type { SourceFile } from './files';
import { publicationAt, scheduleOf } from './publication';
import { fieldsOf, nameOf } from './front-matter-fields';
import { addressOf, frontMatterOf } from './find-article';

export interface RefTarget {
  url: string;
  file: string;
  /** False for drafts and articles scheduled or expired today: links to them would not open. */
  public: boolean;
  /** Set when the name fits more than one article: every file it fits, for the error. */
  ambiguous?: string[];
}

/** Lookup key (see refKey; `file:` and the project-relative path for relative refs) -> the article it names. */
export type RefTable = ReadonlyMap<string, RefTarget>;

const FILE = 'file:';
const TAXONOMIES: Record<string, (name: string) => string> = { tags: termUrl, categories: categoryUrl, series: guideUrl };

/** Every article under `contentDir` by each name a ref may give it: its path in the content folder (with or
 * without `posts/`, extension or `/index`), its project-relative file, its file or bundle name, and its slug. */
export function refTable(sources: SourceFile[], contentDir: string, now: Date): RefTable {
  const table = new Map<string, RefTarget>();
  const names = new Map<string, RefTarget>();
  const terms = new Map<string, RefTarget>();
  const root = path.relative(process.cwd(), path.resolve(contentDir));
  for (const source of sources) {
    const data = frontMatterOf(source);
    const { slug, url } = addressOf(source, data);
    const written = (value: unknown) => parseCalendarDate(value)?.sortKey ?? null;
    const draft = data.draft === true || data.draft === 'true';
    const target: RefTarget = { url, file: source.file, public: publicationAt(scheduleOf({ draft, date: written(data.date), publishDate: written(data.publishdate), expiryDate: written(data.expirydate) }), now) === 'public' };
    const relative = path.relative(root, source.file).split(path.sep).join('/');
    for (const name of [relative, `posts/${relative}`]) {
      const key = refKey(name);
      if (!table.has(key)) table.set(key, target);
    }
    table.set(FILE + refKey(source.file), target);
    for (const name of new Set([refKey(source.baseName), refKey(slug)])) {
      const known = names.get(name);
      if (!known) names.set(name, target);
      else if (known.file !== target.file) names.set(name, { ...known, ambiguous: [...(known.ambiguous ?? [known.file]), target.file] });
    }
    if (target.public) {
      for (const [taxonomy, urlOf] of Object.entries(TAXONOMIES)) {
        for (const written of [data[taxonomy]].flat()) {
          // A series may be a `{ name, index }` map (schema.ts reads it so).
          const term = typeof written === 'string' ? written : nameOf(fieldsOf(written) ?? new Map());
          if (urlize(term)) terms.set(`${taxonomy}/${urlize(term)}`, { url: urlOf(term), file: '', public: true });
        }
      }
    }
  }
  for (const [key, target] of [...names, ...terms]) if (!table.has(key)) table.set(key, target);
  return table;
}

/** The article (or term page) a ref written in `fromFile` names, as Hugo finds it; undefined when none. */
export function findRef(refs: RefTable, written: string, fromFile?: string): RefTarget | undefined {
  const candidates: string[] = [];
  const target = written.trim().replace(/[?#].*$/, '');
  if (fromFile && !target.startsWith('/')) {
    const here = path.posix.dirname(fromFile.split(path.sep).join('/'));
    candidates.push(FILE + refKey(path.posix.join(here, target)));
    if (/(^|\/)_?index(\.[\w-]+)?\.mdx?$/i.test(fromFile)) candidates.push(FILE + refKey(path.posix.join(path.posix.dirname(here), target)));
  }
  const segments = refKey(written).split('/');
  for (let i = 0; i < segments.length; i++) candidates.push(segments.slice(i).join('/'));
  for (const candidate of candidates) {
    const found = refs.get(candidate);
    if (found) return found;
  }
  return undefined;
}

/** A ref's target as the table keys it: no leading ./ or /, no extension, language suffix, /index or
 * trailing slash, lower case. */
export function refKey(target: string): string {
  const key = target
    .trim()
    .replace(/[?#].*$/, '')
    .replace(/^(\.?\/+)+/, '')
    .replace(/\/+$/, '')
    .replace(/\.(md|mdx|markdown)$/i, '');
  const slash = key.lastIndexOf('/');
  const last = splitLanguageSuffix(key.slice(slash + 1)).stem;
  return `${key.slice(0, slash + 1)}${last}`
    .replace(/(^|\/)_?index$/i, '')
    .toLowerCase();
}

/** Hugo's refLinksErrorLevel (`error`: a ref to no article fails the build; `warning`: it is reported and
 * links to refLinksNotFoundURL). */
export interface RefLinks {
  errorLevel: 'error' | 'warning';
  notFoundUrl: string;
}

export function siteRefLinks(): RefLinks {
  return { errorLevel: site.refLinksErrorLevel, notFoundUrl: site.refLinksNotFoundURL };
}

/** What resolving one body's refs needs: the table, whether the article is public, its file, the level. */
export interface RefContext {
  refs: RefTable | undefined;
  isPublic: boolean;
  file: string | undefined;
  refLinks: RefLinks;
}

/** The URL a ref gives: the target's URL and the ref's #fragment, if any. */
export function refUrl(written: string, target: RefTarget): string {
  const fragment = /#.*$/.exec(written)?.[0] ?? '';
  return target.url + fragment;
}
