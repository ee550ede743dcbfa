// The checker's rule on covers and thumbnails (`npm run content:check`; every build reports it too): a local
// image that is not in public/ (or is not an image) shows nowhere, so the editor is told where it is named.
// Run over the whole index on each build, never kept in an entry: adding the file silences it at once.
import fs from 'node:fs';
import type { IndexedArticle } from '../article';
import { missingLocalImages } from '../images';
import type { ContentWarning } from './errors';
import { splitFrontMatter } from './front-matter';
import { isBundleFile } from './local-media';

export function missingImageWarnings(articles: Pick<IndexedArticle, 'file' | 'cover' | 'thumbnail'>[], publicDir: string): ContentWarning[] {
  return missingLocalImages(articles, publicDir).map(({ file, key, src }) => {
    const { keyLines, frontMatterLine } = splitFrontMatter(file, fs.readFileSync(file, 'utf8'));
    return {
      file,
      line: keyLines.get(key) ?? frontMatterLine,
      column: 1,
      rule: 'missing-image',
      message: isBundleFile(file)
        ? `the ${key} image ${src} is neither beside the article nor an image file in public/, so the article and its cards show none: put it in the article's folder or at public${src}`
        : `the ${key} image ${src} is not an image file in public/, so the article and its cards show none: put it at public${src}`,
    };
  });
}
