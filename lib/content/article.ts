// The Article model: one content file, validated and compiled, as every page, list and later feed sees it.
// Types only, at the bottom of lib/content: the pipeline, the store and the pages import these, and this
// file imports nothing.

export type ArticleFormat = 'md' | 'mdx';

export interface Heading {
  depth: number;
  id: string;
  text: string;
}

/** One question of a page's FAQ section and the text that answers it. */
export interface Question {
  question: string;
  answer: string;
}

/** What the compile step reads from a body besides its code (rehype-article-facts fills it). */
export interface ArticleFacts {
  headings: Heading[];
  /** The FAQ section's questions, when the body has one (for FAQPage structured data). */
  faq: Question[];
  words: number;
  cjkCharacters: number;
  /** Plain text before `<!--more-->`, when the body has that divider. */
  textBeforeMore: string;
  firstParagraph: string;
  /** What the reading grade is computed from: the running text's sentences, words and syllables. */
  prose: ProseCounts;
}

/** Counts over a body's running text (paragraphs, list items, cells, care cards; not headings or code). */
export interface ProseCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/** How hard a body is to read: the Flesch–Kincaid grade level and the average sentence length. */
export interface Readability {
  grade: number;
  wordsPerSentence: number;
}

/** A person who checked an article's medical content (front matter's `reviewedBy`). */
export interface Reviewer {
  name: string;
  /** Post-nominal letters or role as written (`MB ChB, MRCGP`), or ''. */
  credentials: string;
  /** Their profile page, or ''. */
  url: string;
}

/** A work an article draws on (front matter's `sources`), listed with its footnotes under "Sources". */
export interface Source {
  title: string;
  /** http(s) or a path on this site, or ''. */
  url: string;
  publisher: string;
  /** `YYYY-MM-DD` when written as a date, else as written (`2023`, `March 2024`), or ''. */
  date: string;
}

/** When an article was last checked, when it is next due, and by whom (each may be absent). */
export interface ArticleReview {
  /** `YYYY-MM-DD`. */
  lastReviewed: string | null;
  /** `YYYY-MM-DD`: `nextReview`, or `lastReviewed` plus `reviewInterval` months. */
  nextReview: string | null;
  reviewers: Reviewer[];
}

/** What a warning is about: markup the compile step removed (unsafe, or not supported), or something an
 * editor likely wants to fix (the checker's rules; the build reports them too). */
export type WarningRule =
  | 'unsafe-html'
  | 'unsafe-url'
  | 'unsafe-style'
  | 'external-embed'
  | 'unsupported-html'
  | 'description-missing'
  | 'image-alt'
  | 'heading-order'
  | 'single-h1'
  | 'duplicate-heading'
  | 'broken-link'
  | 'remote-image'
  | 'missing-image'
  | 'search-hidden'
  | 'unknown-key'
  | 'front-matter'
  | 'broken-ref'
  | 'unknown-shortcode'
  | 'math-error'
  | 'unclosed-shortcode'
  | 'review-overdue';

/** A link from a body to an article's page (`/posts/…`), checked against every article once all are read. */
export interface SiteLink {
  href: string;
  line: number;
  column: number;
}

/** A Hugo {{< ref >}} as written and the URL the compile step gave it (the target article's, at the time). */
export interface ResolvedRef {
  target: string;
  url: string;
}

/** Something the compile step removed from a body, and where. No file: bodies with the same text share one. */
export interface BodyWarning {
  line: number;
  column: number;
  rule: WarningRule;
  message: string;
}

/** A file beside an article (in its page bundle, or elsewhere in the content folder) that its page serves
 * from the store as /media/<file>, named by its content's hash. */
export interface LocalFile {
  /** Where it is, from the project root. */
  source: string;
  /** `<sha-256 of its content>.<ext>`. */
  file: string;
}

/** One compiled body, as the compile step returns it and the store keeps it. */
export interface CompiledBody extends ArticleFacts {
  code: string;
  /** The body as plain HTML, components as the plain HTML they stand for, for feeds. */
  feedHtml: string;
  warnings: BodyWarning[];
  links: SiteLink[];
  /** Images the body takes from other sites (the build stores a copy of each). */
  remoteImages: string[];
  /** Files of the content folder the body serves (a bundle's images and documents): the build copies each into the store. */
  localFiles: LocalFile[];
  /** The body's refs: a build compiles it again when one of them resolves to another URL. */
  refs: ResolvedRef[];
}

export interface ArticleFlags {
  showToc: boolean;
  tocOpen: boolean;
  hideMeta: boolean;
  showReadingTime: boolean;
  showWordCount: boolean;
  showBreadCrumbs: boolean;
  showPostNavLinks: boolean;
  hideSummary: boolean;
  /** The site's medical disclaimer under the article (front matter's `disclaimer: false` turns it off). */
  showDisclaimer: boolean;
  /** The share links under the article, when the site shows them (PaperMod's `disableShare: true` turns them off). */
  showShare: boolean;
}

/** An image as a page shows it: where it is served from, and its size in pixels when known. */
export interface ShownImage {
  /** A path on this site (`/images/knee.png`, a stored copy `/media/…`), or a remote URL as written until the build stores a copy. */
  src: string;
  /** '' for a decorative image (a thumbnail beside its article's title). */
  alt: string;
  width: number | null;
  height: number | null;
}

/** PaperMod's cover, placed as its flags say. */
export interface ArticleCover {
  image: ShownImage;
  caption: string;
  /** Under the title on the article's page (neither `hidden` nor `hiddenInSingle`). */
  inArticle: boolean;
  /** On the article's list cards (neither `hidden` nor `hiddenInList`). */
  inList: boolean;
}

/** What lists, navigation and metadata need: no compiled code, cheap to hold for thousands of articles. */
export interface ArticleSummary {
  slug: string;
  /** BCP 47: front matter's `lang`/`language` or Hugo's `post.fa.md` suffix; absent, the site's. */
  language?: string;
  /** The article's page: as urls.ts's articleUrl builds it (with Hugo's trailing slash), or the front matter's `url`. */
  url: string;
  title: string;
  description: string;
  /** `YYYY-MM-DD` as written, or null when the front matter has no date. */
  date: string | null;
  dateSortKey: string;
  lastmod: string | null;
  /** Hugo's publishDate and expiryDate (`YYYY-MM-DD`): the article is public from the one until the other. */
  publishDate: string | null;
  expiryDate: string | null;
  /** When the article goes live, ISO 8601 in UTC: the later of `date` and `publishDate`, read in the site's
   * time zone when written without an offset (null: no date). lib/content/schedule.ts decides with it. */
  publishAt: string | null;
  /** When the article comes down (`expiryDate`), ISO 8601 in UTC, or null. */
  expiresAt: string | null;
  /** Hugo's weight: orders pages before their date where a list asks for it (0 when none is given). */
  weight: number;
  authors: string[];
  tags: string[];
  categories: string[];
  /** Hugo's keywords, for the page's keywords meta (with the tags). */
  keywords: string[];
  /** The series (Hugo's taxonomy) the article belongs to. */
  series: string[];
  /** Where the article stands in its guide (front matter's `seriesOrder`, from 1), or null (lib/content/guides.ts orders those by date). */
  seriesOrder: number | null;
  /** Other names the subject goes by (front matter's `synonyms`): "Also called", the health A–Z, search. */
  synonyms: string[];
  /** Front matter's `condition`: the name the health A–Z lists the article under, or null to take it from
   * the title (lib/content/condition.ts). */
  condition: string | null;
  /** The body has math to typeset (Hugo's and PaperMod's `math`). */
  math: boolean;
  /** PaperMod's disableHLJS: no code highlighting on this page. */
  disableHljs: boolean;
  /** description, else the front matter's summary, else the text before <!--more-->, else the first paragraph. */
  summary: string;
  /** The image shown when the article is shared: `cover.image`, else `thumbnail`, as written (may be relative). */
  image: { src: string; alt: string } | null;
  /** PaperMod's cover (`cover.image` with its alt, caption and flags), or null when there is none. */
  cover: ArticleCover | null;
  /** Front matter's `thumbnail`: the list cards' image when the cover shows none there. Decorative (alt ''). */
  thumbnail: ShownImage | null;
  wordCount: number;
  readingMinutes: number;
  draft: boolean;
  searchHidden: boolean;
  review: ArticleReview;
  flags: ArticleFlags;
}

/** A summary as the store's index.json holds it, with what only the build and the store use. */
export type IndexedArticle = ArticleSummary & {
  /** Names the compiled body in the content store; changes whenever the body would compile differently. */
  bodyKey: string;
  /** Names the source file as read (its path and text) and the pipeline that read it: while it is the
   * same, the next content build reuses this entry without parsing the file again. */
  sourceKey: string;
  /** The source file, relative to the project root. */
  file: string;
  format: ArticleFormat;
  /** Where Next's article route renders it (/posts/<slug>/); `url` differs when the front matter sets
   * one (Hugo's `url`), and the site rewrites that URL to this one. */
  routeUrl: string;
  /** The line of the `url` key in the file (1 when there is none), for errors about it. */
  urlLine: number;
  /** Old URLs that redirect here (Hugo's `aliases`), as site paths with a trailing slash. */
  aliases: string[];
  /** The line of the `aliases` key in the file, for errors about them. */
  aliasesLine: number;
  /** URLs Pulse gave this article before its slugs followed Hugo's (`/posts/sustainable-life/` for
   * sustainable_life.md, `/posts/x.fa/` for x.fa.md): the build adds each to `aliases` (a 308 to `url`)
   * unless another article or alias holds it. */
  formerUrls?: string[];
  /** What compiling the body removed, and what the checker's rules found in the file: kept here so a
   * build that reuses this entry still reports it. */
  warnings: BodyWarning[];
  /** The body's links to articles' pages, checked once every article is known. */
  links: SiteLink[];
  /** Images the body takes from other sites, for the build to store. */
  remoteImages: string[];
  /** Files of the content folder the page serves (its bundle's images, documents, cover), for the build to copy. */
  localFiles: LocalFile[];
  /** The body's refs and the URLs they were given: an entry is reused only while each still resolves so. */
  refs: ResolvedRef[];
  /** The body's reading figures, for the build's and the checker's readability report (null: no running text). */
  readability: Readability | null;
  /** The line of the review keys in the file (`nextReview`, else `reviewInterval`, else `lastReviewed`), for the overdue warning. */
  reviewLine: number;
};

export interface CompiledArticle {
  code: string;
  headings: Heading[];
  faq: Question[];
}

export type Article = ArticleSummary & CompiledArticle;
