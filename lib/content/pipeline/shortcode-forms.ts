// What each Hugo shortcode becomes: Hugo's built-ins here, the themes' in the tables by kind
// (shortcode-forms-*.ts). A form is a component of our map (with its attributes), text written into the
// source (a ref's URL, a code fence, rawhtml's HTML, a link), the inner text as written (Verbatim), a
// param's value, nothing (a comment), or unknown (a warning naming the theme that defines it, when known).
// shortcodes.ts finds the shortcodes and writes the result.
import { component, type FormTable, type ShortcodeArguments, type ShortcodeForm, type ShortcodeUse } from './shortcode-form-parts';
import { CALLOUT_FORMS } from './shortcode-forms-callouts';
import { CODE_FORMS } from './shortcode-forms-code';
import { INLINE_FORMS } from './shortcode-forms-inline';
import { LAYOUT_FORMS } from './shortcode-forms-layout';
import { MEDIA_FORMS } from './shortcode-forms-media';

export type { ShortcodeArguments, ShortcodeForm } from './shortcode-form-parts';
export { calloutKind } from './shortcode-forms-callouts';

const BUILT_IN: FormTable = {
  youtube: ({ positional, named }) => component('YouTube', { id: named.id ?? positional[0], title: named.title }),
  vimeo: ({ positional, named }) => component('Vimeo', { id: named.id ?? positional[0], title: named.title }),
  // Hugo's old form names only the post: {{< tweet 1463822670131351555 >}}.
  x: tweet,
  tweet,
  twitter: tweet,
  twitter_simple: tweet,
  vimeo_simple: ({ positional, named }) => component('Vimeo', { id: named.id ?? positional[0], title: named.title }),
  instagram: ({ positional, named }) => component('Instagram', { id: named.id ?? positional[0] }),
  gist: ({ positional, named }) => component('Gist', { user: named.user ?? positional[0], id: named.id ?? positional[1], file: named.file ?? positional[2] }),
  'care-card': ({ positional, named }) => ({ ...component('CareCard', { type: named.type ?? positional[0], heading: named.heading ?? positional[1] }), inner: 'content', needsClosing: true }),
  ref: ({ positional, named }) => ({ type: 'ref', target: named.path ?? positional[0] ?? '' }),
  relref: ({ positional, named }) => ({ type: 'ref', target: named.path ?? positional[0] ?? '' }),
};

function tweet({ positional, named }: ShortcodeArguments): ShortcodeForm {
  return component('Tweet', positional.length === 1 ? { user: named.user, id: named.id ?? positional[0] } : { user: named.user ?? positional[0], id: named.id ?? positional[1] });
}

/** Later tables win: Hugo's built-ins stand unless a theme's own replaces them. */
const FORMS: FormTable = { ...BUILT_IN, ...CODE_FORMS, ...INLINE_FORMS, ...MEDIA_FORMS, ...LAYOUT_FORMS, ...CALLOUT_FORMS };

/** Hugo's inline shortcodes (css.inline, any name.inline but math.inline) hold a Go template, which only Hugo runs. */
const INLINE_TEMPLATE: ShortcodeForm = { type: 'hidden', warning: 'an inline shortcode is a Go template, which only Hugo runs: write what it made instead' };

export function shortcodeForm(written: string, args: ShortcodeArguments, use: ShortcodeUse = { paired: false }): ShortcodeForm {
  const name = written.toLowerCase();
  if (Object.hasOwn(FORMS, name)) return FORMS[name](args, use, name);
  return name.endsWith('.inline') ? INLINE_TEMPLATE : { type: 'unknown' };
}
