// What each Hugo shortcode becomes: a component of our map (with its attributes), text written into the
// source (a ref's URL, a code fence, rawhtml's HTML as it is), or nothing known (an unknown shortcode:
// its syntax dropped, its inner text kept, and a warning). shortcodes.ts finds them and writes the result.
import type { MdxComponentName } from '../mdx-components';

export interface ShortcodeArguments {
  positional: string[];
  named: Record<string, string>;
}

export type ShortcodeForm =
  /** A component; `inner` says whether the text between a paired shortcode's tags is its content. */
  | { type: 'component'; name: MdxComponentName; attributes: Record<string, string>; inner: 'content' | 'caption' | 'none'; needsClosing: boolean }
  /** Text that replaces the opening and closing tags (or the one tag) in the source. */
  | { type: 'text'; open: string; close: string; needsClosing: boolean }
  | { type: 'ref'; target: string }
  | { type: 'unknown' };

/** Themes' admonition shortcodes, and the kind each implies when none is given. */
const ADMONITIONS: Record<string, string> = {
  notice: 'note', hint: 'tip', callout: 'note', admonition: 'note', alert: 'warning', note: 'note', tip: 'tip', warning: 'warning', important: 'important', caution: 'caution',
};

/** The kinds the Callout announces, and the words themes use for each. */
const KINDS: Record<string, string> = {
  note: 'note', info: 'note', notice: 'note', primary: 'note', secondary: 'note', abstract: 'note', summary: 'note', example: 'note', quote: 'note', todo: 'note', question: 'note',
  tip: 'tip', hint: 'tip', success: 'tip', check: 'tip', done: 'tip',
  important: 'important', attention: 'important',
  warning: 'warning', warn: 'warning',
  caution: 'caution', danger: 'caution', error: 'caution', bug: 'caution', failure: 'caution', fail: 'caution',
};

export function calloutKind(word: string | undefined, fallback = 'note'): string {
  return KINDS[(word ?? '').trim().toLowerCase()] ?? fallback;
}

export function shortcodeForm(written: string, { positional, named }: ShortcodeArguments): ShortcodeForm {
  const name = written.toLowerCase();
  const first = positional[0];
  switch (name) {
    case 'youtube':
    case 'vimeo':
      return component(name === 'youtube' ? 'YouTube' : 'Vimeo', { id: named.id ?? first, title: named.title });
    case 'x':
    case 'tweet':
    case 'twitter':
      // Hugo's old form names only the post: {{< tweet 1463822670131351555 >}}.
      return component('Tweet', positional.length === 1 ? { user: named.user, id: named.id ?? first } : { user: named.user ?? first, id: named.id ?? positional[1] });
    case 'instagram':
      return component('Instagram', { id: named.id ?? first });
    case 'gist':
      return component('Gist', { user: named.user ?? first, id: named.id ?? positional[1], file: named.file ?? positional[2] });
    case 'figure':
      // Hugo renders a figure's caption as Markdown: in .md it is the component's content.
      return {
        ...component('Figure', { src: named.src ?? first, alt: named.alt, title: named.title, href: named.link, width: named.width, height: named.height, attr: named.attr, cite: named.attrlink, caption: named.caption }),
        inner: 'caption',
      };
    case 'details':
      return { ...component('Details', { summary: named.summary ?? first, open: isTrue(named.open) ? 'true' : undefined }), inner: 'content', needsClosing: true };
    case 'care-card':
      return { ...component('CareCard', { type: named.type ?? first, heading: named.heading ?? positional[1] }), inner: 'content', needsClosing: true };
    case 'highlight':
      return { type: 'text', open: '```' + (named.lang ?? first ?? '') + fenceMeta(positional[1] ?? '', named), close: '```', needsClosing: true };
    case 'rawhtml':
    // Hugo's inline shortcode, as PaperMod's math example writes it: its inner TeX (or HTML) as it is
    // (shortcodes.ts drops the Go template actions it holds).
    case 'math.inline':
      return { type: 'text', open: '', close: '', needsClosing: true };
    case 'ref':
    case 'relref':
      return { type: 'ref', target: named.path ?? first ?? '' };
  }
  if (Object.hasOwn(ADMONITIONS, name)) {
    // {{< notice warning "Title" >}}, {{< admonition type="tip" title="…" >}}, {{< alert class="danger" >}},
    // {{< warning "Title" >}} (the name is the kind).
    const namedKind = named.type ?? named.kind ?? named.class ?? named.style;
    const implied = name === 'note' || name === 'tip' || name === 'warning' || name === 'important' || name === 'caution';
    const kindWord = namedKind ?? (implied ? undefined : first);
    const title = named.title ?? (namedKind !== undefined || implied ? first : positional[1]);
    return { ...component('Callout', { kind: calloutKind(kindWord, ADMONITIONS[name]), title }), inner: 'content', needsClosing: true };
  }
  return { type: 'unknown' };
}

type ComponentForm = Extract<ShortcodeForm, { type: 'component' }>;

function component(name: MdxComponentName, attributes: Record<string, string | undefined>): ComponentForm {
  return { type: 'component', name, attributes: clean(attributes), inner: 'none', needsClosing: false };
}

function clean(attributes: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

function isTrue(value: string | undefined): boolean {
  return value !== undefined && value !== 'false' && value !== '0';
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
