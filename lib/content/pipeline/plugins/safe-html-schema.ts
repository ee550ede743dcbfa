// What raw HTML an article keeps: an allow-list of elements and, for each, of attributes (by hast property
// name), after GitHub's sanitizing rules (hast-util-sanitize's defaultSchema) with what health articles
// use added (<figure>, <mark>, self-hosted <video>, inline styles; obsolete markup such as <center> and
// align= arrives here already modern, rehype-modern-html.ts), and the rules for values a
// pattern cannot say (URL schemes, ids). The one place these rules are written: rehype-safe-html applies
// them and says why it removes anything in a build warning; sanitize-schema.ts turns them into the schema
// rehype-sanitize enforces afterwards.
import type { WarningRule } from '../../article';
import { srcsetUrls, unsafeUrlReason, type UrlUse } from './safe-url';

/** An attribute allowed with any value (true), or with values (each, for lists) that match. */
export type AllowedValue = true | RegExp;

interface Removal {
  rule: WarningRule;
  reason: string;
  /** Keep what the element holds (a <form>'s text), instead of removing it whole. */
  keepContent?: true;
}

const SCRIPT: Removal = { rule: 'unsafe-html', reason: 'scripts from articles never run; embed a video with its URL instead' };
const EMBED: Removal = { rule: 'unsafe-html', reason: 'articles embed nothing from other sites; link to the content instead' };
const HEAD: Removal = { rule: 'unsafe-html', reason: "it belongs in a page's head, where it would change the whole page" };
const FORM: Removal = { rule: 'unsafe-html', reason: "forms do not work in articles: readers' answers would go to another site" };
const PAGE: Removal = { rule: 'unsupported-html', reason: 'a pasted web page: only what its body holds belongs in an article', keepContent: true };

/** Elements removed, with their content unless `keepContent`, and the reason the warning gives. */
export const REMOVED: Readonly<Record<string, Removal>> = {
  script: SCRIPT,
  noscript: SCRIPT,
  template: SCRIPT,
  style: { rule: 'unsafe-html', reason: 'a style sheet in an article would restyle the whole page; use a style attribute on the element' },
  iframe: EMBED,
  frame: EMBED,
  frameset: EMBED,
  object: EMBED,
  embed: EMBED,
  applet: EMBED,
  portal: EMBED,
  svg: { rule: 'unsafe-html', reason: 'inline SVG can carry scripts; use an image file' },
  math: { rule: 'unsafe-html', reason: 'inline MathML is not supported; write the formula as text or an image' },
  base: HEAD,
  meta: HEAD,
  link: HEAD,
  title: HEAD,
  form: { ...FORM, keepContent: true },
  input: FORM,
  button: FORM,
  select: FORM,
  textarea: FORM,
  option: FORM,
  optgroup: FORM,
  datalist: FORM,
  output: FORM,
  html: PAGE,
  head: PAGE,
  body: PAGE,
};

/** Why event handler attributes (onclick) are removed, from elements and components alike. */
export const HANDLER_REASON = 'scripts from articles never run';

/** Elements kept only inside one of these ancestors (a table cell outside a table would escape its layout). */
export const ANCESTORS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  'caption col colgroup tbody td tfoot th thead tr'.split(' ').map((tag) => [tag, ['table']]),
);

/** Attributes an element always has: a task list's checkbox cannot be ticked by the reader. */
export const REQUIRED: Readonly<Record<string, Readonly<Record<string, string | boolean>>>> = {
  input: { type: 'checkbox', disabled: true },
};

/** Attributes any kept element may have. */
export const GLOBAL_ATTRIBUTES: Readonly<Record<string, AllowedValue>> = {
  id: true,
  title: true,
  lang: true,
  dir: /^(ltr|rtl|auto)$/i,
  style: true,
  ariaLabel: true,
  ariaHidden: true,
  ariaDescribedBy: true,
  ariaLabelledBy: true,
};

const CELL = { colSpan: true, rowSpan: true, headers: true } as const;
const SIZE = { width: true, height: true } as const;
const MEDIA = { src: true, controls: true, preload: /^(none|metadata|auto)$/i, loop: true, muted: true, ...SIZE } as const;
const TASK_LIST = /^contains-task-list$/;

/** The elements kept, each with the attributes it may have besides the global ones. */
export const ELEMENTS: Readonly<Record<string, Readonly<Record<string, AllowedValue>>>> = {
  a: { href: true, rel: /^(noopener|noreferrer|nofollow|external|ugc|sponsored)$/, target: /^_blank$/, dataFootnoteRef: true, dataFootnoteBackref: true, className: /^data-footnote-backref$/ },
  // Classes from content are dropped (they could name the site's own utility classes: `fixed inset-0`),
  // except those the Markdown steps write themselves: code languages, math (remark-math), task lists, footnotes.
  code: { className: /^(language-\S+|math-inline|math-display)$/ },
  ul: { className: TASK_LIST },
  ol: { start: true, reversed: true, type: /^[1aAiI]$/, className: TASK_LIST },
  li: { value: true, className: /^task-list-item$/ },
  section: { dataFootnotes: true, className: /^footnotes$/ },
  h2: { className: /^sr-only$/ },
  // Only a task list's checkbox: rehype-safe-html removes every other <input> as a form control.
  input: { type: /^checkbox$/, checked: true, disabled: true },
  img: { src: true, alt: true, loading: /^(lazy|eager)$/i, decoding: /^(async|sync|auto)$/i, srcSet: true, sizes: true, ...SIZE },
  picture: {},
  source: { src: true, srcSet: true, type: true, media: true, sizes: true },
  video: { ...MEDIA, poster: true, playsInline: true },
  audio: MEDIA,
  track: { src: true, kind: /^(subtitles|captions|descriptions|chapters)$/, srcLang: true, label: true, default: true },
  blockquote: { cite: true },
  q: { cite: true },
  del: { cite: true, dateTime: true },
  ins: { cite: true, dateTime: true },
  time: { dateTime: true },
  details: { open: true },
  td: CELL,
  th: { ...CELL, scope: /^(row|col|rowgroup|colgroup)$/, abbr: true },
  col: { span: true },
  colgroup: { span: true },
  ...Object.fromEntries(
    'abbr b bdi bdo br caption cite dd dfn div dl dt em figcaption figure h1 h3 h4 h5 h6 hr i kbd mark p pre rp rt ruby s samp small span strong sub summary sup table tbody tfoot thead tr u var wbr'
      .split(' ')
      .map((tag) => [tag, {}]),
  ),
};

/** How a URL attribute is used, which decides the schemes it may have (safe-url.ts). */
export function urlUse(tag: string, property: string): UrlUse | null {
  if (property === 'href' || property === 'cite') return 'link';
  const image = tag === 'img' || (tag === 'source' && property === 'srcSet');
  if (property === 'poster' || (image && (property === 'src' || property === 'srcSet'))) return 'image';
  return property === 'src' || property === 'srcSet' ? 'load' : null;
}

/** Why a value the allow-list accepts may still not be used (a URL's scheme, an id the page uses), or null. */
export function valueProblem(tag: string, property: string, value: unknown, reservedIds: readonly string[]): string | null {
  if (property === 'id') return unusableIdReason(String(value), reservedIds);
  const use = urlUse(tag, property);
  if (!use) return null;
  const urls = property === 'srcSet' ? srcsetUrls(Array.isArray(value) ? value.map(String) : String(value)) : [String(value)];
  for (const url of urls) {
    const reason = unsafeUrlReason(url, use);
    if (reason) return reason;
  }
  return null;
}

function unusableIdReason(id: string, reservedIds: readonly string[]): string | null {
  if (reservedIds.includes(id)) return 'the page around the article uses this id';
  // Ids become names on `window`; the page's own scripts keep theirs under names that start like this.
  if (/^[_$]/.test(id)) return 'ids may not start with _ or $';
  return null;
}

/** Why a component of our map may not have this attribute (its plain value), or null. */
export function componentAttributeProblem(component: string, name: string, value: unknown): string | null {
  if (/^on/i.test(name)) return HANDLER_REASON;
  const use = urlUse(component, name);
  if (!use) return null;
  return typeof value === 'string' ? unsafeUrlReason(value, use) : 'a URL must be written as text';
}
