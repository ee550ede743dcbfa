// Compiles one article body into a code string that `components/mdx` renders on the server (through
// mdx-bundler's getMDXExport): `.md` with @mdx-js/mdx directly (compile-markdown.ts), `.mdx` with mdx-bundler,
// both with the same plugins. `.md` is CommonMark + GFM with raw HTML kept (rehype-raw), as Hugo renders it; `.mdx` is MDX
// limited to our component map. Either way, the HTML it holds is made inert: rehype-safe-html removes what
// is unsafe and says so (the body's warnings), then rehype-sanitize, with the same allow-list as its schema,
// enforces it. Compile knows nothing about React components beyond their names.
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { Pluggable, PluggableList } from 'unified';
import type { ArticleFacts, ArticleFormat, BodyWarning, CompiledBody, LocalFile, SiteLink, Source } from '../article';
import { MDX_COMPONENT_NAMES } from '../mdx-components';
import { compileMarkdown, type MarkdownPlugins } from './compile-markdown';
import { ContentError } from './errors';
import type { MediaContext } from './local-media';
import { texDelimitersToDollars } from './math-delimiters';
import { rehypeArticleFacts } from './plugins/rehype-article-facts';
import { rehypeCareCardLevels } from './plugins/rehype-care-card-levels';
import { rehypeContentLint } from './plugins/rehype-content-lint';
import { rehypeFeedHtml } from './plugins/rehype-feed-html';
import { rehypeHeadingIds } from './plugins/rehype-heading-ids';
import { rehypeHighlightCode } from './plugins/rehype-highlight-code';
import { rehypeJsxHtml } from './plugins/rehype-jsx-html';
import { rehypeKatexReport } from './plugins/rehype-katex-report';
import { rehypeLocalMedia } from './plugins/rehype-local-media';
import { rehypeMathText } from './plugins/rehype-math-text';
import { rehypeModernHtml } from './plugins/rehype-modern-html';
import { rehypeRawWhereNeeded } from './plugins/rehype-raw-where-needed';
import { rehypeSafeHtml } from './plugins/rehype-safe-html';
import { rehypeSanitizeArticle } from './plugins/rehype-sanitize-article';
import { sanitizeSchema } from './plugins/sanitize-schema';
import { rehypeShortcodes } from './plugins/rehype-shortcodes';
import { rehypeSources, SOURCES_HEADING } from './plugins/rehype-sources';
import { rehypeTocShortcode } from './plugins/rehype-toc-shortcode';
import { rehypeVideoEmbeds } from './plugins/rehype-video-embeds';
import { remarkDisplayMath } from './plugins/remark-display-math';
import { remarkFenceMeta, type FenceMetas } from './plugins/remark-fence-meta';
import { remarkMdxPolicy } from './plugins/remark-mdx-policy';
import type { Warn } from './plugins/warn';
import type { RefTable } from './refs';
import { expandShortcodes } from './shortcodes';

/** Ids the page around the article uses; headings never get them. */
export const RESERVED_IDS = ['main-content', 'table-of-contents', 'article-title'] as const;

const SANITIZE_SCHEMA = sanitizeSchema(RESERVED_IDS);

const MDX_NODE_TYPES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression'];

export interface CompileInput {
  file: string;
  format: ArticleFormat;
  /** Body with the front-matter lines blanked, so positions are the file's own. */
  body: string;
  title: string;
  /** Every article's address, for Hugo's {{< ref >}} (the build, preview and checker give it); without it refs are not checked. */
  refs?: RefTable;
  /** Whether the article is public: a public article's ref must reach a public one. */
  isPublic?: boolean;
  /** Typeset TeX (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`): front matter's `math`, or the site's. Off, `$` is text. */
  math?: boolean;
  /** PaperMod's disableHLJS: code blocks stay plain, not highlighted. */
  disableHljs?: boolean;
  /** The front matter's sources, listed with the footnotes under "Sources". */
  sources?: readonly Source[];
  /** Where the body's local paths lead (its bundle's files, public/), found by the build (media-files.ts);
   * without it local paths are left as written. */
  media?: MediaContext;
  /** The front matter as written, for Hugo's {{< param >}} (only the keys a body names decide its output). */
  params?: Readonly<Record<string, unknown>>;
}

/** Compiles a body; `draft` says the article is a draft, whose compiled text is never kept. */
export type Compile = (input: CompileInput, article: { draft: boolean }) => Promise<CompiledBody>;

export async function compileBody({ file, format, body, title, refs, isPublic, math: mathAsked = false, disableHljs = false, sources = [], media, params }: CompileInput): Promise<CompiledBody> {
  const expansion = expandShortcodes(body, { format, refs, isPublic, file, params });
  const math = mathAsked || expansion.math;
  if (expansion.problems.length > 0) throw new ContentError(expansion.problems.map((problem) => ({ file, ...problem })));
  const facts: ArticleFacts = { headings: [], faq: [], words: 0, cjkCharacters: 0, textBeforeMore: '', firstParagraph: '', prose: { sentences: 0, words: 0, syllables: 0 } };
  const feed = { feedHtml: '' };
  const links: SiteLink[] = [];
  const fenceMetas: FenceMetas = new Map();
  const remoteImages: string[] = [];
  const localFiles: LocalFile[] = [];
  const warnings: BodyWarning[] = [...expansion.warnings];
  const warn: Warn = (place, rule, message) => warnings.push({ line: place?.start.line ?? 1, column: place?.start.column ?? 1, rule, message });
  const rehypePlugins: PluggableList = [
    format === 'md' ? [rehypeRawWhereNeeded, { passThrough: MDX_NODE_TYPES }] : [rehypeJsxHtml, { warn }],
    [rehypeShortcodes, { warn, components: MDX_COMPONENT_NAMES }],
    // Sees every iframe before the sanitizer, which would remove them.
    [rehypeVideoEmbeds, { defaultTitle: title, warn }],
    // Obsolete HTML (<center>, align=…) as today's, before it is vetted like any other.
    rehypeModernHtml,
    [rehypeSafeHtml, { components: MDX_COMPONENT_NAMES, reservedIds: RESERVED_IDS, warn }],
    // The last word on what HTML stays: nothing before it is trusted, everything after it writes markup of
    // its own, not the author's.
    [rehypeSanitizeArticle, { schema: SANITIZE_SCHEMA, components: MDX_COMPONENT_NAMES, warn }],
    // Writes /media/ URLs of our own for the files the body names (and gives images their size).
    [rehypeLocalMedia, { context: media, warn, stored: localFiles }],
    // Plugins that write markup of their own (code highlighting, math) go here, after the sanitizer: it
    // would strip their classes, and what they write from a body's text is theirs, not the author's.
    // MathML only: no stylesheet, no inline style, no script.
    ...(math ? ([rehypeMathText, [await katexPlugin(), { output: 'mathml', strict: 'ignore' }], [rehypeKatexReport, { warn }]] satisfies PluggableList) : []),
    ...(disableHljs ? [] : [[rehypeHighlightCode, fenceMetas] satisfies Pluggable]),
    [rehypeSources, { sources }],
    [rehypeHeadingIds, { reserved: RESERVED_IDS }],
    rehypeCareCardLevels,
    rehypeTocShortcode,
    [rehypeArticleFacts, facts],
    [rehypeContentLint, { warn, links, remoteImages }],
    [rehypeFeedHtml, feed],
  ];
  const remarkPlugins: PluggableList = [
    remarkGfm,
    [remarkFenceMeta, fenceMetas],
    ...(math ? ([[remarkMath, { singleDollarTextMath: true }], remarkDisplayMath] satisfies PluggableList) : []),
    ...(format === 'mdx' ? [[remarkMdxPolicy, { components: MDX_COMPONENT_NAMES }] satisfies Pluggable] : []),
  ];
  // Footnotes are the article's sources: a visible "Sources" heading (rehype-sources adds the rest).
  const remarkRehypeOptions = { footnoteLabel: SOURCES_HEADING, footnoteLabelProperties: {}, footnoteBackLabel: (reference: number, rereference: number) => `Back to reference ${reference + 1}${rereference > 1 ? ` (${rereference})` : ''}` };
  const source = math ? texDelimitersToDollars(expansion.source) : expansion.source;
  try {
    const code = format === 'md' ? await compileMarkdown(source, { remarkPlugins, rehypePlugins, remarkRehypeOptions }) : await bundleMdx(source, { remarkPlugins, rehypePlugins, remarkRehypeOptions });
    warnings.sort((a, b) => a.line - b.line || a.column - b.column);
    return { code, ...facts, ...feed, warnings, links, remoteImages, localFiles, refs: expansion.refs };
  } catch (error) {
    throw compileError(file, error);
  }
}

/** An `.mdx` body, through mdx-bundler: MDX may hold what only a bundler resolves (it imports nothing today,
 * remark-mdx-policy sees to that, but MDX stays on the path built for it). */
async function bundleMdx(source: string, plugins: MarkdownPlugins): Promise<string> {
  const { bundleMDX } = await import('mdx-bundler');
  const { code } = await bundleMDX({
    source,
    // Bodies reach this step without their front matter (front-matter.ts reads it), but mdx-bundler
    // reads front matter again with gray-matter, which would evaluate a `---js` block: never let it.
    grayMatterOptions: (options) => ({ ...options, engines: { ...options.engines, js: refuseCode, javascript: refuseCode } }),
    mdxOptions(options) {
      options.format = 'mdx';
      options.remarkPlugins = plugins.remarkPlugins;
      options.rehypePlugins = plugins.rehypePlugins;
      options.remarkRehypeOptions = { ...options.remarkRehypeOptions, ...plugins.remarkRehypeOptions };
      return options;
    },
    esbuildOptions: (options) => ({
      ...options,
      logLevel: 'silent',
      // Bodies import nothing (MDX imports are refused), so resolving paths on disk is wasted work.
      plugins: options.plugins?.filter((plugin) => plugin.name !== 'node-resolve'),
    }),
  });
  return code;
}

// KaTeX is imported by the first body with math on, not when the pipeline loads (a tenth of a second that
// a publish of an article without math does not wait for).
let katex: Promise<typeof import('rehype-katex')> | null = null;
async function katexPlugin() {
  katex ??= import('rehype-katex');
  return (await katex).default;
}

function refuseCode(): never {
  throw new Error('front matter in JavaScript is not supported (it could run code). Use YAML between "---" lines.');
}

interface EsbuildMessage {
  text: string;
  location: { line: number; column: number } | null;
  detail?: { cause?: { reason?: string; place?: unknown } | string };
}

function compileError(file: string, error: unknown): ContentError {
  if (error instanceof ContentError) return error;
  const messages = messagesOf(error);
  if (Array.isArray(messages) && messages.some((message) => /Maximum call stack size exceeded/.test(message.text))) {
    return ContentError.at(file, 1, 'is nested too deeply to compile (HTML elements, lists or quotes inside each other, thousands deep). Flatten it.');
  }
  if (!Array.isArray(messages) || messages.length === 0) {
    return ContentError.at(file, 1, `could not be compiled: ${error instanceof Error ? error.message : String(error)}`);
  }
  return new ContentError(messages.map((message) => ({ file, ...placeOf(message), message: explain(message) })));
}

/** esbuild's messages (mdx-bundler), or what @mdx-js/mdx threw (a VFileMessage with its place, or a stack
 * overflow) in their shape; nothing for any other error. */
function messagesOf(error: unknown): EsbuildMessage[] | undefined {
  const bundled = (error as { errors?: EsbuildMessage[] }).errors;
  if (Array.isArray(bundled)) return bundled;
  if (!(error instanceof Error)) return undefined;
  if (error instanceof RangeError && /Maximum call stack size exceeded/.test(error.message)) return [{ text: error.message, location: null }];
  const { line, column, reason } = error as { line?: number; column?: number; reason?: unknown };
  if (typeof reason !== 'string') return undefined;
  return [{ text: reason, location: line ? { line, column: (column ?? 1) - 1 } : null, detail: { cause: { reason } } }];
}

// micromark reports some syntax errors at 0:0 with the real place only in the text: "(8:1-8:27)".
function placeOf(message: EsbuildMessage): { line: number; column: number } {
  if (message.location && message.location.line > 0) return { line: message.location.line, column: message.location.column + 1 };
  const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reasonOf(message));
  return inText ? { line: Number(inText[1]), column: Number(inText[2]) } : { line: 1, column: 1 };
}

function reasonOf(message: EsbuildMessage): string {
  const cause = message.detail?.cause;
  return typeof cause === 'object' && cause?.reason ? cause.reason : (message.text.split('\n').pop()?.trim() ?? message.text);
}

function explain(message: EsbuildMessage): string {
  const plain = reasonOf(message)
    .replace(/^\S*?\d+:\d+(-\d+:\d+)?:\s*/, '')
    .replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, '');
  if (/is not a component this site knows|are not allowed in articles|articles may only give plain values|care card/.test(plain)) return plain;
  return `${plain.replace(/\.?$/, '.')} Fix the MDX syntax here (close every tag, escape { and < in text as \\{ and &lt;).`;
}
