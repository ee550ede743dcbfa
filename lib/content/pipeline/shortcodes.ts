// Hugo shortcodes, expanded in the source before Markdown parsing. Both {{< >}} and {{% %}}, named and
// positional arguments, paired or not, their tags anywhere on a line. What each becomes is
// shortcode-forms.ts's: a component of our map is written as JSX in .mdx, and in .md as HTML comments that
// plugins/rehype-shortcodes.ts turns into the component (a comment on its own line is an HTML block that
// ends on that line, so the Markdown between a pair of them is still parsed as Markdown). Expansions keep
// the line count where they can (a tag written mid-line gets a line break), so error lines stay true.
// Shortcodes in code (a fenced block, a code span), and the escaped form {{</* … */>}}, stay as written. An unknown
// shortcode loses its syntax and is reported as a warning naming the theme that defines it: the content of
// a {{% %}} pair stays Markdown, that of a {{< >}} pair is shown as written (Hugo hands it to the theme
// unrendered). An unclosed one is reported too; a ref to no article is an error.
import type { BodyWarning, ResolvedRef } from '../article';
import type { ContentProblem } from './errors';
import { articleUrl } from '../urls';
import { componentAttributesProblem } from './component-rules';
import { findRef, refKey, refUrl, siteRefLinks, type RefContext, type RefLinks, type RefTable } from './refs';
import { hugoSlug } from './slug';
import { clean, escapeHtml } from './shortcode-form-parts';
import { codeRanges, continuation, dedent, indentOf, onlyLinePrefix } from './shortcode-layout';
import { pageParam } from './shortcode-params';
import { shortcodeForm, type ShortcodeArguments, type ShortcodeForm } from './shortcode-forms';
import { themeDefining } from './shortcode-themes';

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
  /** Attributes whose value is inline Markdown (a details summary), rendered into a first child of their name. */
  markdownAttributes?: string[];
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
  /** The article's front matter, for Hugo's {{< param >}}. */
  params?: Readonly<Record<string, unknown>>;
}

export interface Expansion {
  source: string;
  warnings: BodyWarning[];
  problems: Omit<ContentProblem, 'file'>[];
  /** Each ref's target as written and the URL it was given. */
  refs: ResolvedRef[];
  /** A shortcode turns TeX typesetting on for the page, as Blowfish's and Congo's {{< katex >}} does. */
  math: boolean;
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

export function expandShortcodes(body: string, { format, refs, isPublic = true, file, refLinks = siteRefLinks(), params = {} }: ExpandOptions): Expansion {
  const refContext: RefContext = { refs, isPublic, file, refLinks };
  const escaped: string[] = [];
  // Escaped shortcodes become placeholders of the same line count, then come back as written, unescaped.
  const protectedBody = deindentPairs(withoutColumnSeparators(
    body.replace(ESCAPED, (_all, open: string, inner: string, close: string) => {
      escaped.push(`{{${open}${inner}${close}}}`);
      return `\u0000${escaped.length - 1}${'\n'.repeat(newlines(inner))}\u0000`;
    }).replace(MATH_INLINE, (_all, open: string, inner: string, close: string) => open + inner.replace(TEMPLATE_ACTION, (action) => '\n'.repeat(newlines(action))) + close),
  ));
  const unescape = (text: string) => text.replace(/\u0000(\d+)\n*\u0000/g, (_all, index: string) => escaped[Number(index)]);
  const result: Expansion = { source: '', warnings: [], problems: [], refs: [], math: false };
  const tags = pairTags(scanTags(protectedBody), result.warnings);
  let out = '';
  let last = 0;
  let pairs = 0;
  let owed = 0;
  for (const tag of tags) {
    if (tag.start < last) continue; // inside a pair written out whole (shown as written, or hidden)
    out += protectedBody.slice(last, tag.start);
    last = tag.end;
    const keepLines = newlines(tag.written);
    const opening = !tag.closing;
    const paired = tag.partner !== undefined;
    // A closing tag takes the form its opening tag's arguments give (a button's closing text is its link).
    const form = shortcodeForm(tag.name, tag.closing && tag.partner ? tag.partner.args : tag.args, { paired, markdown: tag.delimiter === '%' });
    if (opening && !paired && (form.type === 'text' || form.type === 'component') && form.needsClosing) {
      result.warnings.push(warning(tag, 'unclosed-shortcode', `the shortcode "${tag.name}" is opened here but never closed (${closingTag(tag)}): its syntax was dropped`));
      out += '\n'.repeat(keepLines);
      continue;
    }
    if (opening && 'math' in form && form.math) result.math = true;
    if (opening && 'warning' in form && form.warning) result.warnings.push(warning(tag, 'unknown-shortcode', `the shortcode "${tag.name}" ${form.type === 'hidden' ? 'was left out' : 'is shown in part'}: ${form.warning}`));
    const attributesProblem = form.type === 'component' && opening ? componentAttributesProblem(form.name, form.attributes) : null;
    if (attributesProblem) result.problems.push({ line: tag.line, column: tag.column, message: `${tag.written.split('\n')[0]}: ${attributesProblem}` });
    // A pair whose content is not Markdown is written out whole: shown as written, or not at all.
    const whole = opening && paired && (form.type === 'verbatim' || form.type === 'hidden' || (form.type === 'unknown' && tag.delimiter === '<' && !holdsTags(tag, tags)));
    // A few words of an unknown shortcode within a line of text stay in it, as written.
    const inLine = whole && form.type === 'unknown' && !protectedBody.slice(tag.end, tag.partner!.start).includes('\n') && (!onlyLinePrefix(out) || !endsLine(protectedBody.slice(tag.partner!.end, tag.partner!.end + 200)));
    if (form.type === 'unknown' && opening) result.warnings.push(warning(tag, 'unknown-shortcode', unknownMessage(tag, paired, whole ? (inLine ? 'in its line' : 'in a block') : null)));
    if (whole) {
      last = tag.partner!.end;
      const written = protectedBody.slice(tag.start, last);
      const inner = unescape(dedent(protectedBody.slice(tag.end, tag.partner!.start)));
      if (form.type === 'hidden') out += '\n'.repeat(newlines(written));
      else if (inLine) out += literalText(inner);
      else out += verbatimBlock(inner, form.type === 'verbatim' ? form : {}, format, newlines(written));
      continue;
    }
    if (form.type === 'param') {
      out += opening ? paramValue(tag, form.name, params, result) : '';
      out += '\n'.repeat(keepLines);
      continue;
    }
    if (form.type === 'hidden' || form.type === 'verbatim') {
      out += '\n'.repeat(keepLines); // unpaired: nothing to show
      continue;
    }
    if (paired && opening) tag.pair = tag.partner!.pair = pairs++;
    const text = writeTag(tag, form, format, result, refContext);
    // The tags of a pair around blocks stand on lines of their own, wherever the author wrote them: a
    // line break before or after one is a line more, given back at the next blank line after it.
    const onItsOwnLine = form.type === 'component' && paired && text !== '';
    // A list item's or a quote's content goes on at its indent (or quote marks) on the new line.
    const continued = continuation(out.slice(out.lastIndexOf('\n') + 1));
    if (onItsOwnLine && !onlyLinePrefix(out)) {
      out += `\n${continued}`;
      owed++;
    }
    out += form.type === 'text' ? onLinesOfItsOwn(text, out, protectedBody[tag.end]) : text;
    // A component's tag keeps its lines inside (the comment, or the JSX tag); others after it.
    out += '\n'.repeat(form.type === 'component' ? 0 : keepLines);
    const next = protectedBody.slice(last, last + 200);
    if (onItsOwnLine && !endsLine(next)) {
      out += `\n${continued}`;
      owed++;
    } else if (owed > 0 && /^\r?\n[ \t]*\r?\n/.test(next)) {
      last += next.indexOf('\n') + 1;
      owed--;
    }
  }
  out += protectedBody.slice(last);
  result.source = unescape(out);
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
  const fences = codeRanges(body);
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
    if (fences.some(([from, to]) => start >= from && start < to)) continue;
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
    case 'hidden':
    case 'verbatim':
    case 'param':
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
  const payload: MarkerPayload = { name: form.name, attributes: form.attributes, inner: form.inner, ...(form.markdownAttributes ? { markdownAttributes: form.markdownAttributes } : {}) };
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

/** Whether the text after a tag ends its line. */
function endsLine(after: string): boolean {
  return /^[ \t]*(\r?\n|$)/.test(after);
}

/** A pair's content as written, in a block (Verbatim), with a note when its form gives one; it keeps the pair's lines. */
function verbatimBlock(text: string, { note, language }: { note?: string; language?: string }, format: 'md' | 'mdx', lines: number): string {
  const verbatim: Extract<ShortcodeForm, { type: 'component' }> = { type: 'component', name: 'Verbatim', attributes: clean({ text, note, language }), inner: 'none', needsClosing: false };
  return format === 'mdx' ? jsxTag(verbatim, false, lines) : markerComment(verbatim, undefined, lines);
}

/** Text that Markdown (and MDX) shows exactly as written: references for & and <, backslashes before the rest of ASCII punctuation. */
function literalText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/[\\`*_{}[\]()#+\-.!|~>"'$:]/g, '\\$&');
}

/** Line breaks too, as entities: the tag keeps its lines itself, and MDX would take a continuation line's indent as a line prefix. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/\r?\n/g, '&#10;');
}

/** hugo-book's old column separator, a line `<--->` between a columns pair's columns: the columns are read in turn. */
function withoutColumnSeparators(body: string): string {
  return /\{\{[<%]\s*columns/i.test(body) ? body.replace(/^[ \t]*<--->[ \t]*$/gm, '') : body;
}

/**
 * The content of a pair around blocks, less the indent its lines share beyond the opening tag's own:
 * themes hand it on de-indented (Hugo's .InnerDeindent), so an indented tab's text is not a code block.
 * Lines stay lines; outer pairs go first, so a nested pair's indent is measured after its parent's.
 */
function deindentPairs(body: string): string {
  const pairs = pairTags(scanTags(body), []).filter((tag) => {
    if (tag.closing || !tag.partner) return false;
    const form = shortcodeForm(tag.name, tag.args, { paired: true, markdown: tag.delimiter === '%' });
    return (form.type === 'component' && form.inner === 'content') || form.type === 'unknown';
  });
  if (pairs.length === 0) return body;
  const lines = body.split('\n');
  const lineOf = (offset: number) => newlines(body.slice(0, offset));
  for (const tag of pairs) {
    const first = lineOf(tag.end) + 1;
    const last = lineOf(tag.partner!.start) - 1;
    const own = indentOf(lines[lineOf(tag.start)]);
    const inner = lines.slice(first, last + 1).filter((line) => line.trim() !== '');
    if (inner.length === 0) continue;
    const extra = Math.min(...inner.map(indentOf)) - own;
    if (extra <= 0) continue;
    for (let line = first; line <= last; line++) lines[line] = lines[line].slice(Math.min(extra, indentOf(lines[line])));
  }
  return lines.join('\n');
}

/** Whether other shortcodes stand between a pair's tags. */
function holdsTags(tag: Tag, tags: Tag[]): boolean {
  return tags.some((other) => other.start >= tag.end && other.end <= tag.partner!.start);
}

function unknownMessage(tag: Tag, paired: boolean, shownAsWritten: 'in its line' | 'in a block' | null): string {
  const theme = themeDefining(tag.name);
  const known = `the shortcode "${tag.name}" is not one this site knows${theme ? ` (it comes from ${theme})` : ''}`;
  const kept = !paired ? 'it was left out' : shownAsWritten ? `its content is shown as written, ${shownAsWritten}` : 'its content is shown as Markdown';
  return `${known}: ${kept}. Use a supported one (figure, notice, details, tabs…) or write the content itself`;
}

/** Hugo's param: the page's parameter, as text; a missing one is warned about. */
function paramValue(tag: Tag, name: string, params: Readonly<Record<string, unknown>>, result: Expansion): string {
  const value = pageParam(params, name);
  if (value !== null) return escapeHtml(value);
  result.warnings.push(warning(tag, 'unknown-shortcode', `the shortcode "${tag.name}" names "${name}", which this article's front matter does not give as text: it was left out. Add ${name}: … to the front matter, or write the text itself`));
  return '';
}

/** The parameter names a body's param shortcodes read (cheap: no Markdown), for the compile cache's key. */
export function paramNamesIn(body: string): string[] {
  if (!/param/i.test(body)) return [];
  return scanTags(body.replace(ESCAPED, '')).flatMap((tag) => {
    const form = tag.closing ? null : shortcodeForm(tag.name, tag.args);
    return form?.type === 'param' ? [form.name] : [];
  });
}
