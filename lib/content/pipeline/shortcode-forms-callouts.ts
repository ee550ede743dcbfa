// Admonitions, as the themes name them, as one Callout: notice (Relearn, Coder, hugo-notice), hint
// (hugo-book), callout (Hextra), admonition (LoveIt, DoIt, FixIt), alert (Blowfish, Congo, Docsy), and
// the names that are a kind (note, tip, warning…). LoveIt's third argument or `open=false` collapses one.
import { container, isFalse, type ComponentForm, type FormTable, type ShortcodeArguments } from './shortcode-form-parts';

/** Themes' admonition shortcodes, and the kind each implies when none is given. */
const ADMONITIONS: Record<string, string> = {
  notice: 'note', hint: 'tip', callout: 'note', admonition: 'note', alert: 'warning', pageinfo: 'note',
  note: 'note', info: 'note', tip: 'tip', warning: 'warning', important: 'important', caution: 'caution', danger: 'caution', error: 'caution',
};

/** Names that are themselves the kind: {{< warning "Title" >}}. */
const NAMED_BY_KIND = new Set(['note', 'info', 'tip', 'warning', 'important', 'caution', 'danger', 'error']);

/** The kinds the Callout announces, and the words themes use for each. */
const KINDS: Record<string, string> = {
  note: 'note', info: 'note', notice: 'note', primary: 'note', secondary: 'note', abstract: 'note', summary: 'note', tldr: 'note', example: 'note', quote: 'note', cite: 'note', todo: 'note', question: 'note', faq: 'note', help: 'note', default: 'note', light: 'note', dark: 'note',
  tip: 'tip', hint: 'tip', success: 'tip', check: 'tip', done: 'tip',
  important: 'important', attention: 'important',
  warning: 'warning', warn: 'warning',
  caution: 'caution', danger: 'caution', error: 'caution', bug: 'caution', failure: 'caution', fail: 'caution', missing: 'caution',
};

export function calloutKind(word: string | undefined, fallback = 'note'): string {
  return KINDS[(word ?? '').trim().toLowerCase()] ?? fallback;
}

function admonition({ positional, named }: ShortcodeArguments, name: string): ComponentForm {
  // {{< notice warning "Title" >}}, {{< admonition tip "Title" false >}}, {{< admonition type="tip" title="…" open=false >}},
  // {{< alert class="danger" >}}, {{< alert color="warning" title="…" >}} (Docsy), {{< warning "Title" >}}.
  const [first, second, third] = positional;
  const namedKind = named.type ?? named.kind ?? named.class ?? named.style ?? named.color?.split(/\s+/)[0] ?? named.context;
  const implied = NAMED_BY_KIND.has(name);
  // Blowfish and Congo's alert takes an icon name first ({{< alert "twitter" >}}), not a kind.
  const kindWord = namedKind ?? (implied || (name === 'alert' && !Object.hasOwn(KINDS, (first ?? '').toLowerCase())) ? undefined : first);
  const title = named.title ?? named.header ?? (namedKind !== undefined || implied ? first : kindWord === undefined ? undefined : second);
  const open = named.open ?? named.expanded ?? (name === 'admonition' && namedKind === undefined ? third : undefined);
  return { ...container('Callout', { kind: calloutKind(kindWord, ADMONITIONS[name]), title, open: isFalse(open) ? 'false' : undefined }), markdownAttributes: ['title'] };
}

export const CALLOUT_FORMS: FormTable = Object.fromEntries(Object.keys(ADMONITIONS).map((name) => [name, (args: ShortcodeArguments) => admonition(args, name)]));
