// The forms a Hugo shortcode can take here, and the small builders the form tables (shortcode-forms*.ts)
// share. A form says what replaces the shortcode's tags; shortcodes.ts writes it into the source.
import type { MdxComponentName } from '../mdx-components';

export interface ShortcodeArguments {
  positional: string[];
  named: Record<string, string>;
}

/** What a table knows of a use besides its arguments. */
export interface ShortcodeUse {
  /** Whether the shortcode has a closing tag (its inner content is between). */
  paired: boolean;
  /** Written {{% %}}: its content is Markdown to Hugo. */
  markdown?: boolean;
}

interface Noted {
  /** A warning for the author (the shortcode is shown, but not all of it could be). */
  warning?: string;
  /** It turns TeX typesetting on for the page (Blowfish's and Congo's katex, hugo-book's). */
  math?: true;
}

export type ShortcodeForm =
  /** A component; `inner` says whether the text between a paired shortcode's tags is its content. */
  | ({ type: 'component'; name: MdxComponentName; attributes: Record<string, string>; inner: 'content' | 'caption' | 'none'; needsClosing: boolean; /** Attributes that are inline Markdown, rendered in .md (rehype-shortcodes). */ markdownAttributes?: string[] } & Noted)
  /** Text that replaces the opening and closing tags (or the one tag) in the source. */
  | ({ type: 'text'; open: string; close: string; needsClosing: boolean } & Noted)
  /** The inner text as the author wrote it, in a block (Verbatim), with an optional note: a paired shortcode whose content is not Markdown. */
  | ({ type: 'verbatim'; note?: string; language?: string } & Noted)
  /** Nothing at all, inner text included: a comment, or a decoration (an icon) with no text of its own. */
  | ({ type: 'hidden' } & Noted)
  /** The value of a page (front matter) or site parameter. */
  | { type: 'param'; name: string }
  | { type: 'ref'; target: string }
  | { type: 'unknown' };

export type ComponentForm = Extract<ShortcodeForm, { type: 'component' }>;
export type TextForm = Extract<ShortcodeForm, { type: 'text' }>;
export type FormTable = Record<string, (args: ShortcodeArguments, use: ShortcodeUse, name: string) => ShortcodeForm>;

export function component(name: MdxComponentName, attributes: Record<string, string | undefined>): ComponentForm {
  return { type: 'component', name, attributes: clean(attributes), inner: 'none', needsClosing: false };
}

/** A component whose content is the Markdown between the shortcode's tags. */
export function container(name: MdxComponentName, attributes: Record<string, string | undefined>): ComponentForm {
  return { ...component(name, attributes), inner: 'content', needsClosing: true };
}

/** Text around the inner content (or, unpaired, the opening text alone). */
export function wrap(open: string, close = '', needsClosing = false): TextForm {
  return { type: 'text', open, close, needsClosing };
}

/** The inner content as Markdown, the tags gone: a layout wrapper whose content reads the same without it. */
export const unwrapped: TextForm = { type: 'text', open: '', close: '', needsClosing: false };

export function clean(attributes: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

export function isTrue(value: string | undefined): boolean {
  return value !== undefined && value !== 'false' && value !== '0';
}

export function isFalse(value: string | undefined): boolean {
  return value === 'false' || value === '0';
}

/** Text for an HTML attribute or element written into the source. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline Markdown reduced to its words, for alt text (a caption may hold **bold** or links). */
export function plainText(markdown: string | undefined): string | undefined {
  if (markdown === undefined) return undefined;
  return markdown.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '').replace(/[*_`~]+/g, '').replace(/\s+/g, ' ').trim() || undefined;
}

/** A Markdown link, its address in <…> so that spaces and parentheses stay inside it. */
export function markdownLink(label: string, href: string): string {
  return `[${label.replace(/([[\]])/g, '\\$1')}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}
