// Finds the file of one article by its slug without building anything: what preview needs to compile a
// single article on request. Files named like the slug are tried first; any other file may set `slug:`.
import { ContentError } from './errors';
import { readArticleFiles, type SourceFile } from './files';
import { splitFrontMatter } from './front-matter';
import { articleSlug } from './slug';

export async function findArticleSource(contentDir: string, slug: string): Promise<SourceFile | null> {
  const sources = await readArticleFiles(contentDir);
  const likely = (source: SourceFile) => articleSlug(source.baseName, '', '') === slug;
  const ordered = [...sources.filter(likely), ...sources.filter((source) => !likely(source))];
  return ordered.find((source) => slugOf(source) === slug) ?? null;
}

function slugOf(source: SourceFile): string {
  try {
    const { data } = splitFrontMatter(source.file, source.source);
    return articleSlug(source.baseName, typeof data.slug === 'string' ? data.slug : '', typeof data.title === 'string' ? data.title : '');
  } catch (error) {
    // Front matter that does not parse: the file is still found by its name, to show its problems.
    if (error instanceof ContentError) return articleSlug(source.baseName, '', '');
    throw error;
  }
}
