// Shortcodes whose content is code or data rather than prose: highlighted code, raw HTML, diagrams and
// charts (shown as their source, since no script draws them here), math, included files, scripts, and
// Hugo's comment and param. Also the ones with nothing to show (icons, a KaTeX switch).
import { component, markdownLink, unwrapped, wrap, type FormTable, type ShortcodeArguments, type ShortcodeForm } from './shortcode-form-parts';

/** A diagram or chart drawn by a script in the browser: its source as written, and a note saying so. */
function diagram(what: string): FormTable[string] {
  return () => diagramSource(what);
}

function diagramSource(what: string): ShortcodeForm {
  return { type: 'verbatim', note: `${what}, shown as its source (this site does not draw it)` };
}

/** An included file: its path kept, with a warning, since an article here is one file. */
function included(path: string | undefined): ShortcodeForm {
  if (!path) return { type: 'unknown' };
  const shown = /^https?:\/\//.test(path) ? markdownLink(path, path) : `\`${path.replace(/`/g, '')}\``;
  return { ...wrap(`Included file: ${shown}`), warning: `it includes the file "${path}", which this site does not do: paste what it holds into the article` };
}

function param({ positional, named }: ShortcodeArguments): ShortcodeForm {
  return { type: 'param', name: named.name ?? named.key ?? positional[0] ?? '' };
}

/** Hugo's highlight options (`linenos=table,hl_lines=2 4-5`) as a fence's attribute block, for a later highlighting step. */
function fenceMeta(options: string, named: Record<string, string>): string {
  const pairs = new Map<string, string>();
  for (const option of options.split(',')) {
    const [key, value = ''] = option.split('=').map((part) => part.trim());
    if (key) pairs.set(key, value);
  }
  for (const key of ['linenos', 'hl_lines', 'linenostart', 'anchorlinenos', 'lineanchors']) if (named[key] !== undefined) pairs.set(key, named[key]);
  if (pairs.size === 0) return '';
  const written = [...pairs].map(([key, value]) => {
    if (key !== 'hl_lines') return `${key}=${value || 'true'}`;
    const lines = value.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean).map((item) => (/^\d+$/.test(item) ? item : JSON.stringify(item.replace(/^"|"$/g, ''))));
    return `hl_lines=[${lines.join(',')}]`;
  });
  return ` {${written.join(',')}}`;
}

/** Code shortcodes' language: lang=, language=, or the extension of the file they show. */
function languageOf(named: Record<string, string>, file: string | undefined): string {
  return named.lang ?? named.language ?? /\.([\w+-]+)$/.exec(named.file ?? named.title ?? file ?? '')?.[1] ?? '';
}

export const CODE_FORMS: FormTable = {
  highlight: ({ positional, named }) => wrap('```' + (named.lang ?? positional[0] ?? '') + fenceMeta(positional[1] ?? '', named), '```', true),
  // Tranquilpeak's codeblock "title" "lang" …; Hugo docs' and others' code file= lang=.
  codeblock: ({ positional, named }) => wrap('```' + (named.lang ?? positional[1] ?? languageOf(named, positional[0])), '```', true),
  code: ({ positional, named }) => wrap('```' + languageOf(named, positional[0]), '```', true),
  // Raw HTML as it is, through the sanitizer like any: PaperMod's rawhtml, hugo-book's html, LoveIt's raw.
  rawhtml: () => wrap('', '', true),
  html: () => wrap('', '', true),
  raw: () => wrap('', '', true),
  // Hugo's inline shortcode, as PaperMod's math example writes it: its inner TeX (or HTML) as it is
  // (shortcodes.ts drops the Go template actions it holds).
  'math.inline': () => wrap('', '', true),
  mermaid: diagram('A Mermaid diagram'),
  chart: diagram('A Chart.js chart'),
  chartjs: diagram('A Chart.js chart'),
  echarts: diagram('An ECharts chart'),
  // A site's plotly: a chart drawn from a JSON file.
  plotly: ({ named }) => (named.data ? wrap(markdownLink('Chart data (Plotly)', named.data)) : diagramSource('A Plotly chart')),
  // LoveIt's typeit types its content out; the content is the text (code with code=lang).
  typeit: ({ named }) => (named.code ? { type: 'verbatim', language: named.code } : unwrapped),
  // hugo-book's katex holds TeX; Blowfish and Congo's turns KaTeX on and holds nothing; Relearn's math.
  katex: ({ positional, named }, { paired }) => {
    if (!paired) return { type: 'hidden', math: true };
    const delimiter = positional.includes('display') || !isFalseLike(named.display) ? '$$' : '$';
    return { ...wrap(delimiter, delimiter, true), math: true };
  },
  math: (_args, { paired }) => (paired ? { ...wrap('$$', '$$', true), math: true } : { type: 'hidden', math: true }),
  // Relearn and Hextra's include, Docsy's readfile, Blowfish's importers.
  include: ({ positional, named }) => included(named.file ?? named.path ?? positional[0]),
  readfile: ({ positional, named }) => included(named.file ?? positional[0]),
  mdimporter: ({ named }) => included(named.url),
  codeimporter: ({ named }) => included(named.url),
  // Scripts never run in articles.
  script: () => ({ type: 'hidden', warning: 'scripts from articles never run' }),
  // Hugo's comment (and Docsy's): content for the author only.
  comment: () => ({ type: 'hidden' }),
  // Font icons are decoration; an article shows none.
  icon: () => ({ type: 'hidden' }),
  fa: () => ({ type: 'hidden' }),
  fontawesome: () => ({ type: 'hidden' }),
  param,
  siteparam: param,
  _param: param,
  // blogdown's postref is the page's own URL, written before a bundle file's name: relative, it is nothing.
  'blogdown/postref': () => wrap(''),
  toc: () => component('Toc', {}),
  'table-of-contents': () => component('Toc', {}),
  tableofcontents: () => component('Toc', {}),
  // Hextra's file tree: a nested list of names.
  'filetree/container': () => wrap('<ul>', '</ul>'),
  'filetree/folder': ({ named, positional }) => wrap(`<li><code>${(named.name ?? positional[0] ?? '').replace(/</g, '&lt;')}/</code><ul>`, '</ul></li>'),
  'filetree/file': ({ named, positional }) => wrap(`<li><code>${(named.name ?? positional[0] ?? '').replace(/</g, '&lt;')}</code></li>`),
  swagger: ({ named }) => (named.src ? wrap(markdownLink('API reference (OpenAPI)', named.src)) : { type: 'unknown' }),
  openapi: ({ named }) => (named.src ? wrap(markdownLink('API reference (OpenAPI)', named.src)) : { type: 'unknown' }),
  swaggerui: ({ named }) => (named.src ? wrap(markdownLink('API reference (OpenAPI)', named.src)) : { type: 'unknown' }),
  redoc: ({ positional, named }) => ((named.src ?? positional[0]) ? wrap(markdownLink('API reference (OpenAPI)', named.src ?? positional[0])) : { type: 'unknown' }),
};

function isFalseLike(value: string | undefined): boolean {
  return value === 'false' || value === undefined;
}
