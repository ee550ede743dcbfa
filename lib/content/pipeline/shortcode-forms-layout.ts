// Shortcodes that arrange content: collapsible blocks (details, expand, accordion, collapse, toggle), tabs
// in every theme's spelling, cards, steps, columns, timelines, quotes, alignment and direction. Their
// content stays Markdown; only what the layout says in words (a tab's label, a card's title) is added.
import { component, container, isFalse, isTrue, unwrapped, wrap, type ComponentForm, type FormTable, type ShortcodeArguments, type ShortcodeForm, type ShortcodeUse } from './shortcode-form-parts';

/** A block the reader opens: the summary is inline Markdown, as Hugo's RenderString makes it. */
function details(summary: string | undefined, open: boolean): ComponentForm {
  return { ...container('Details', { summary, open: open ? 'true' : undefined }), markdownAttributes: ['summary'] };
}

function label({ positional, named }: ShortcodeArguments): string | undefined {
  return named.title ?? named.name ?? named.header ?? named.label ?? positional[0];
}

function tab(args: ShortcodeArguments, { markdown }: ShortcodeUse): ShortcodeForm {
  // Docsy's {{< tab >}} with a language holds code (unless text=true): shown as written, its header the note.
  if (args.named.lang && !markdown && !isTrue(args.named.text)) return { type: 'verbatim', language: args.named.lang, note: label(args) };
  return container('Panel', { label: label(args) });
}

function tabs({ named }: ShortcodeArguments): ComponentForm {
  // Hextra names its tabs on the container: {{< tabs items="JSON,YAML" >}}, then a bare {{< tab >}} each.
  return container('Panels', { kind: 'tabs', items: named.items });
}

function align(value: string | undefined, text: string | undefined) {
  const side = /^(left|right|center|justify)$/i.test(value ?? '') ? value!.toLowerCase() : 'center';
  // {{< align center "text" >}}: one line of text; paired, the content.
  return text !== undefined ? wrap(`<p align="${side}">${text.replace(/</g, '&lt;')}</p>`) : container('Panels', { kind: 'align', align: side });
}

export const LAYOUT_FORMS: FormTable = {
  // Hugo's own: summary, open. hugo-book: "Title" open, or title= open=. Hextra: title=, closed=.
  details: ({ positional, named }) => details(named.summary ?? named.title ?? positional[0], isTrue(named.open) || positional.slice(1).includes('open') || isFalse(named.closed)),
  // Relearn: {{% expand "Title" "true" %}} or title= open= (expanded= in older versions).
  expand: ({ positional, named }) => details(named.title ?? positional[0] ?? 'Expand me…', isTrue(named.open ?? named.expanded ?? positional[1])),
  collapse: ({ positional, named }) => details(named.summary ?? named.title ?? positional[0], isTrue(named.openbydefault ?? named.open)),
  accordion: (args) => (label(args) === undefined ? container('Panels', { kind: 'stack' }) : details(label(args), isTrue(args.named.open))),
  'accordion-item': (args) => details(label(args), isTrue(args.named.open)),
  accordionitem: (args) => details(label(args), isTrue(args.named.open)),
  toggle: (args) => details(label(args), isTrue(args.named.open)),
  // Wowchemy's spoiler: text=.
  spoiler: (args) => details(args.named.text ?? label(args) ?? 'Spoiler', false),
  tabs,
  tabgroup: tabs,
  tabpane: tabs,
  tab,
  tabitem: tab,
  cards: () => container('Panels', { kind: 'cards' }),
  cardpane: () => container('Panels', { kind: 'cards' }),
  // Hextra: link title subtitle icon image; Docsy: header title subtitle footer, content inside.
  card: ({ positional, named }, { paired }) => {
    const attributes = { label: named.title ?? named.header ?? positional[0], href: named.link ?? named.href ?? named.url, note: named.subtitle ?? named.footer };
    return paired ? container('Panel', attributes) : component('Panel', attributes);
  },
  steps: () => container('Panels', { kind: 'steps' }),
  columns: () => container('Panels', { kind: 'columns' }),
  timeline: () => container('Panels', { kind: 'timeline' }),
  timelineitem: ({ named }) => container('Panel', { label: named.header ?? named.title, note: [named.badge, named.subheader].filter(Boolean).join(' · ') }),
  // Blowfish and Congo's lead paragraph, Blowfish's list of keywords: the content reads the same.
  lead: () => unwrapped,
  keywordlist: () => unwrapped,
  section: () => unwrapped,
  'conditional-text': () => unwrapped,
  // LoveIt's style: a style sheet for its content, which articles do not get.
  style: () => unwrapped,
  align: ({ positional, named }) => align(named.align ?? positional[0], named.text ?? positional[1]),
  center: ({ positional, named }) => align('center', named.text ?? positional[0]),
  ltr: () => container('Panels', { kind: 'direction', dir: 'ltr' }),
  rtl: () => container('Panels', { kind: 'direction', dir: 'rtl' }),
  // Stack: author source url; sites' blockquote: author link title; FixIt's center-quote.
  quote: ({ positional, named }) => container('Quote', { author: named.author ?? positional[0], source: named.source ?? named.title ?? positional[1], href: named.url ?? named.link ?? positional[2] }),
  // Sites' blockquote: author link title; Tranquilpeak's: "author" "link" "title", positional.
  blockquote: ({ positional, named }) => container('Quote', { author: named.author ?? positional[0], source: named.source ?? named.title ?? positional[2], href: named.link ?? named.url ?? positional[1] }),
  pullquote: () => container('Quote', {}),
  'center-quote': () => container('Quote', {}),
  // FixIt's float, Tranquilpeak's wide: placement only.
  float: () => unwrapped,
  wide: () => unwrapped,
};
