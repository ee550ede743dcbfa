// Finds articles by their front matter alone, without compiling anything: the file of one slug (what
// preview needs to compile a single article on request; files named like the slug are tried first, as
// any other file may set `slug:`), and where every article is published (what the checker needs to check
// links when it checks only some files).
import { sitePath } from '../urls';
import { ContentError } from './errors';
import { readArticleFiles, type SourceFile } from './files';
import { splitFrontMatter } from './front-matter';
import type { LinkedArticle } from './links';
import { articleAddress, articleSlug, type ArticleAddress } from './slug';

export async function findArticleSource(contentDir: string, slug: string): Promise<SourceFile | null> {
  const sources = await readArticleFiles(contentDir);
  const likely = (source: SourceFile) => slug.startsWith(articleSlug(source.baseName, '', ''));
  const ordered = [...sources.filter(likely), ...sources.filter((source) => !likely(source))];
  return ordered.find((source) => addressOf(source, frontMatterOf(source)).slug === slug) ?? null;
}

/** Every article's slug, from front matter alone (preview's "did you mean"). */
export async function articleSlugs(contentDir: string): Promise<string[]> {
  return (await readArticleFiles(contentDir)).map((source) => addressOf(source, frontMatterOf(source)).slug);
}

/** Where each article is published, read from front matter only (no links: they are the checked files'). */
export async function articleAddresses(contentDir: string): Promise<LinkedArticle[]> {
  return (await readArticleFiles(contentDir)).map((source) => {
    const data = frontMatterOf(source);
    const { url, routeUrl } = addressOf(source, data);
    const aliases = data.aliases === undefined ? [] : [data.aliases].flat().map((alias) => sitePath(String(alias)));
    return { file: source.file, url, routeUrl, aliases, draft: data.draft === true, links: [] };
  });
}

/** A file's raw front matter; {} when it does not parse (the file's own build reports that). */
export function frontMatterOf(source: SourceFile): Record<string, unknown> {
  try {
    return splitFrontMatter(source.file, source.source).data;
  } catch (error) {
    if (error instanceof ContentError) return {};
    throw error;
  }
}

/** Where the build would publish a file, from its raw front matter; front matter that does not parse leaves
 * the file's name, so the file is still found (to show its problems). */
export function addressOf(source: SourceFile, data: Record<string, unknown>): ArticleAddress {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return articleAddress({ file: source.file, baseName: source.baseName, slug: text(data.slug), title: text(data.title), url: text(data.url) });
}
