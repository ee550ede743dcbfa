// The Article model: one content file, validated and compiled, as every page, list and later feed sees it.
import type { Heading } from './plugins/rehype-article-facts';
import type { ArticleFormat } from './files';

export type { Heading };

export interface ArticleFlags {
  showToc: boolean;
  tocOpen: boolean;
  hideMeta: boolean;
  showReadingTime: boolean;
  showWordCount: boolean;
  showBreadCrumbs: boolean;
  showPostNavLinks: boolean;
  hideSummary: boolean;
}

/** What lists, navigation and metadata need: no compiled code, cheap to hold for thousands of articles. */
export interface ArticleSummary {
  slug: string;
  /** `/posts/<slug>/`, with Hugo's trailing slash. */
  url: string;
  file: string;
  format: ArticleFormat;
  title: string;
  description: string;
  /** `YYYY-MM-DD` as written, or null when the front matter has no date. */
  date: string | null;
  dateSortKey: string;
  lastmod: string | null;
  authors: string[];
  tags: string[];
  categories: string[];
  /** description, else the front matter's summary, else the text before <!--more-->, else the first paragraph. */
  summary: string;
  wordCount: number;
  readingMinutes: number;
  draft: boolean;
  searchHidden: boolean;
  flags: ArticleFlags;
  /** Names the compiled body in the content store; changes whenever the body would compile differently. */
  bodyKey: string;
}

export interface CompiledArticle {
  code: string;
  headings: Heading[];
}

export type Article = ArticleSummary & CompiledArticle;
