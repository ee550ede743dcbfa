// Hugo shortcodes, expanded in the source before Markdown parsing, as Hugo itself does (so a shortcode in
// a code block is expanded too; the escaped form {{</* … */>}} shows one as written). Both {{< >}} and
// {{% %}}, named and positional arguments, paired or not. What each becomes is shortcode-forms.ts's:
// a component of our map is written as JSX in .mdx, and in .md as HTML comments that
// plugins/rehype-shortcodes.ts turns into the component (a comment on its own line is an HTML block that
// ends on that line, so the Markdown between a pair of them is still parsed as Markdown). Expansions keep
// the line count, so error lines stay true. An unknown or unclosed shortcode loses its syntax (its inner
// text stays) and is reported as a warning; a ref to no article is an error.
import type { BodyWarning, ResolvedRef } from '../article';
import type { ContentProblem } from './errors';
import { articleUrl } from '../urls';
import { componentAttributesProblem } from './component-rules';
import { findRef, refKey, refUrl, siteRefLinks, type RefContext, type RefLinks, type RefTable } from './refs';
import { hugoSlug } from './slug';
import { shortcodeForm, type ShortcodeArguments, type ShortcodeForm } from './shortcode-forms';

export type { ShortcodeArguments } from './shortcode-forms';

const VALUE = String.raw`(?:"(?:[^"\\]|\\.)*"|'[^']*'|\x60[^\x60]*\x60|(?!\/\s*[>%]\}\})[^\s"'\x60%>]+)`;
const SHORTCODE = new RegExp(String.raw`\{\{(<|%)\s*(\/)?\s*([\w.-]+(?:\/[\w.-]+)*)((?:\s+(?:[\w-]+=)?${VALUE})*)\s*(\/)?\s*[>%]\}\}`, 'g');
const ARGUMENT = /(?:([\w-]+)=)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s"'`]+))/g;
const ESCAPED = /\{\{(<|%)\/\*([\s\S]*?)\*\/(>|%)\}\}/g;
/** Hugo's inline shortcode math.inline: its inner is a Go template, whose actions ({{ if … }}) we cannot run. */
const MATH_INLINE = /(\{\{[<%]\s*math\.inline\s*[>%]\}\})([\s\S]*?)(\{\{[<%]\s*\/\s*math\.inline\s*[>%]\}\})/gi;
const TEMPLATE_ACTION = /\{\{(?![<%])[\s\S]*?\}\}/g;
/** The comments written for .md: `pulse-shortcode <payload>`, or a pair's `-open <n> <payload>` and `-close <n>`. */
export const MARKER = /^pulse-shortcode(?:-(open|close) (\d+))?(?: ([A-Za-z0-9+/=]+))?/;

export function parseShortcodeArguments(text: string): ShortcodeArguments {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const match of text.matchAll(ARGUMENT)) {
    const value = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : (match[3] ?? match[4] ?? match[5] ?? '');
    if (match[1]) named[match[1].toLowerCase()] = value;
    else positional.push(value);
  }
  return { positional, named };
}

/** What a marker comment carries to rehype-shortcodes. */
export interface MarkerPayload {
  name: string;
  attributes: Record<string, string>;
  /** `caption`: the content is the figure's caption (phrasing); `content`: flow content. */
  inner: 'content' | 'caption' | 'none';
}

export interface ExpandOptions {
  format: 'md' | 'mdx';
  /** Every article's address, for refs (a missing target is an error); without it, refs are not checked. */
  refs?: RefTable;
  /** Whether the article is itself public: a public article may not link to one that is not. */
  isPublic?: boolean;
  /** The article's file, for refs relative to its folder. */
  file?: string;
  /** Hugo's refLinksErrorLevel and refLinksNotFoundURL (the site's, unless a test says otherwise). */
  refLinks?: RefLinks;
}

export interface Expansion {
  source: string;
  warnings: BodyWarning[];
  problems: Omit<ContentProblem, 'file'>[];
  /** Each ref's target as written and the URL it was given. */
  refs: ResolvedRef[];
}

interface Tag {
  start: number;
  end: number;
  line: number;
  column: number;
  delimiter: '<' | '%';
  closing: boolean;
  selfClosing: boolean;
  name: string;
  args: ShortcodeArguments;
  written: string;
  /** The tag it pairs with (opening tag -> closing tag, and back). */
  partner?: Tag;
  /** The pair's number, which names it in .md's comments. */
  pair?: number;
}

export function expandShortcodes(body: string, { format, refs, isPublic = true, file, refLinks = siteRefLinks() }: ExpandOptions): Expansion {
  const refContext: RefContext = { refs, isPublic, file, refLinks };
  const escaped: string[] = [];
  // Escaped shortcodes become placeholders of the same line count, then come back as written, unescaped.
  const protectedBody = body.replace(ESCAPED, (_all, open: string, inner: string, close: string) => {
    escaped.push(`{{${open}${inner}${close}}}`);
    return `\u0000${escaped.length - 1}${'\n'.repeat(newlines(inner))}\u0000`;
  }).replace(MATH_INLINE, (_all, open: string, inner: string, close: string) => open + inner.replace(TEMPLATE_ACTION, (action) => '\n'.repeat(newlines(action))) + close);
  const result: Expansion = { source: '', warnings: [], problems: [], refs: [] };
  const tags = pairTags(scanTags(protectedBody), result.warnings);
  let out = '';
  let last = 0;
  let pairs = 0;
  for (const tag of tags) {
    out += protectedBody.slice(last, tag.start);
    last = tag.end;
    const keepLines = newlines(tag.written);
    const form = shortcodeForm(tag.name, tag.args);
    const opening = !tag.closing;
    const paired = tag.partner !== undefined;
    if (opening && !paired && (form.type === 'text' || form.type === 'component') && form.needsClosing) {
      result.warnings.push(warning(tag, 'unclosed-shortcode', `the shortcode "${tag.name}" is opened here but never closed (${closingTag(tag)}): its syntax was dropped`));
      out += '\n'.repeat(keepLines);
      continue;
    }
    const attributesProblem = form.type === 'component' && opening ? componentAttributesProblem(form.name, form.attributes) : null;
    if (attributesProblem) result.problems.push({ line: tag.line, column: tag.column, message: `${tag.written.split('\n')[0]}: ${attributesProblem}` });
    if (form.type === 'unknown' && opening) {
      result.warnings.push(warning(tag, 'unknown-shortcode', `the shortcode "${tag.name}" is not one this site knows: ${paired ? 'only its inner text is shown' : 'it was left out'}. Use a supported one (figure, notice, details, youtube…) or write the content itself`));
    }
    if (paired && opening) tag.pair = tag.partner!.pair = pairs++;
    // A figure's caption is Markdown to Hugo: in .md it becomes the content between a pair of comments.
    if (format === 'md' && opening && !paired && form.type === 'component' && form.inner === 'caption' && form.attributes.caption) {
      const { caption, ...attributes } = form.attributes;
      out += `${markerComment({ ...form, attributes }, pairs, keepLines)}${caption}<!--pulse-shortcode-close ${pairs++}-->`;
      continue;
    }
    const text = writeTag(tag, form, format, result, refContext);
    out += form.type === 'text' ? onLinesOfItsOwn(text, out, protectedBody[tag.end]) : text;
    // A component's tag keeps its lines inside (the comment, or the JSX tag); others after it.
    out += '\n'.repeat(form.type === 'component' ? 0 : keepLines);
  }
  out += protectedBody.slice(last);
  result.source = out.replace(/\u0000(\d+)\n*\u0000/g, (_all, index: string) => escaped[Number(index)]);
  return result;
}

/** The targets of every ref in a body (cheap: no Markdown), for the compile cache's key. */
export function refTargetsIn(body: string): string[] {
  if (!/ref/i.test(body)) return [];
  return scanTags(body.replace(ESCAPED, ''))
    .filter((tag) => !tag.closing && /^(rel)?ref$/i.test(tag.name))
    .map((tag) => shortcodeForm(tag.name, tag.args))
    .flatMap((form) => (form.type === 'ref' ? [form.target] : []));
}

function scanTags(body: string): Tag[] {
  const tags: Tag[] = [];
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  for (const match of body.matchAll(SHORTCODE)) {
    const start = match.index;
    for (let i = body.indexOf('\n', counted); i !== -1 && i < start; i = body.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    counted = start;
    tags.push({
      start,
      end: start + match[0].length,
      line,
      column: start - lineStart + 1,
      delimiter: match[1] as '<' | '%',
      closing: match[2] === '/',
      selfClosing: match[5] === '/',
      name: match[3],
      args: parseShortcodeArguments(match[4]),
      written: match[0],
    });
  }
  return tags;
}

/** Pairs each closing tag with the nearest open tag of its name; tags between them that were never
 * closed stand alone. A closing tag with no opening one is reported and dropped. */
function pairTags(tags: Tag[], warnings: BodyWarning[]): Tag[] {
  const open: Tag[] = [];
  const kept: Tag[] = [];
  for (const tag of tags) {
    if (!tag.closing) {
      kept.push(tag);
      if (!tag.selfClosing) open.push(tag);
      continue;
    }
    const index = open.findLastIndex((candidate) => candidate.name.toLowerCase() === tag.name.toLowerCase());
    if (index === -1) {
      warnings.push(warning(tag, 'unclosed-shortcode', `the closing shortcode "/${tag.name}" closes nothing opened before it: it was dropped`));
      kept.push({ ...tag, name: '', partner: undefined });
      continue;
    }
    const opening = open[index];
    open.length = index;
    opening.partner = tag;
    tag.partner = opening;
    kept.push(tag);
  }
  return kept;
}

function writeTag(tag: Tag, form: ShortcodeForm, format: 'md' | 'mdx', result: Expansion, refContext: RefContext): string {
  if (tag.name === '') return ''; // a stray closing tag
  switch (form.type) {
    case 'unknown':
      return '';
    case 'text':
      return tag.closing ? form.close : form.open;
    case 'ref':
      return tag.closing ? '' : resolveRef(tag, form.target, refContext, result);
    case 'component':
      if (tag.closing) return format === 'mdx' ? `</${form.name}>` : `<!--pulse-shortcode-close ${tag.pair}-->`;
      return format === 'mdx' ? jsxTag(form, tag.pair !== undefined, newlines(tag.written)) : markerComment(form, tag.pair, newlines(tag.written));
  }
}

/** A code fence must start and end its line: the rare tag written mid-line gets a line break (one more line). */
function onLinesOfItsOwn(text: string, before: string, next: string | undefined): string {
  if (!text.startsWith('```')) return text;
  const lineStart = before === '' || before.endsWith('\n') ? '' : '\n';
  const lineEnd = next === undefined || next === '\n' || next === '\r' ? '' : '\n';
  return lineStart + text + lineEnd;
}

function resolveRef(tag: Tag, target: string, { refs, isPublic, file, refLinks }: RefContext, result: Expansion): string {
  // Compiled on its own (a test, a tool), with no site to look in: the URL the target's name would have.
  if (!refs) return refUrl(target, { url: articleUrl(hugoSlug(refKey(target).split('/').pop() ?? '')), file: '', public: true });
  const found = findRef(refs, target, file);
  // Hugo's refLinksErrorLevel: an error by default; as a warning, the link goes to refLinksNotFoundURL.
  const notFound = (message: string) => {
    if (refLinks.errorLevel === 'warning') {
      result.warnings.push(warning(tag, 'broken-ref', `${message} The link goes to ${refLinks.notFoundUrl} (the site's refLinksNotFoundURL)`));
      return refLinks.notFoundUrl;
    }
    result.problems.push({ line: tag.line, column: tag.column, message });
    return '#';
  };
  if (!found) return notFound(`${shownTag(tag, target)} names no article of this site. Give the target's file name (other-post.md), slug or path (/posts/other-post).`);
  if (found.ambiguous) return notFound(`${shownTag(tag, target)} fits more than one article (${found.ambiguous.join(', ')}). Give the target's path in the content folder (/posts/folder/other-post.md).`);
  if (isPublic && !found.public) return notFound(`${shownTag(tag, target)} links to ${found.file}, which is a draft or not published today: readers could not open it.`);
  const url = refUrl(target, found);
  result.refs.push({ target, url });
  return url;
}

/** In .mdx: the component as JSX; text attributes with entities, which MDX decodes. */
function jsxTag(form: Extract<ShortcodeForm, { type: 'component' }>, paired: boolean, keepLines: number): string {
  const attributes = { ...form.attributes };
  const written = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `<${form.name}${written}${'\n'.repeat(keepLines)}${paired ? '>' : ' />'}`;
}

/** In .md: a comment carrying the component's name and attributes (base64: a comment may not hold "--"). */
function markerComment(form: Extract<ShortcodeForm, { type: 'component' }>, pair: number | undefined, keepLines: number): string {
  const payload: MarkerPayload = { name: form.name, attributes: form.attributes, inner: form.inner };
  const data = Buffer.from(JSON.stringify(payload)).toString('base64');
  // Lines kept inside the comment, never blank, so an inline comment is not cut by a blank line.
  const filler = '\n~'.repeat(keepLines);
  return pair === undefined ? `<!--pulse-shortcode ${data}${filler}-->` : `<!--pulse-shortcode-open ${pair} ${data}${filler}-->`;
}

function shownTag(tag: Tag, target: string): string {
  return tag.delimiter === '<' ? `{{< ${tag.name} "${target}" >}}` : `{{% ${tag.name} "${target}" %}}`;
}

function closingTag(tag: Tag): string {
  return tag.delimiter === '<' ? `{{< /${tag.name} >}}` : `{{% /${tag.name} %}}`;
}

function warning(tag: Tag, rule: BodyWarning['rule'], message: string): BodyWarning {
  return { line: tag.line, column: tag.column, rule, message };
}

function newlines(text: string): number {
  return (text.match(/\n/g) ?? []).length;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
