// Shiki, created once per process (about 0.1 s) with both themes and no language; each body loads the
// languages it uses (about 10 ms each, once). Highlights one block into hast whose colours are classes.
import type { Element } from 'hast';
import type { BundledLanguage, Highlighter } from 'shiki';
import { CODE_THEMES, codeThemeCss, paletteOf, tokenClasses } from './code-theme';

// Shiki is imported when the first body with code is highlighted, not when the pipeline loads: a publish
// of an article without code does not wait for it.
let shiki: Promise<typeof import('shiki')> | null = null;
let languageNames: Readonly<Record<string, unknown>> | null = null;
let highlighter: Promise<Highlighter> | null = null;
const TOKENIZE_LINE_LIMIT_MS = 20_000;

/** The process's highlighter, with `languages` loaded (names Shiki does not know are left out). */
export async function codeHighlighter(languages: Iterable<string>): Promise<Highlighter> {
  shiki ??= import('shiki');
  const { bundledLanguages, createHighlighter } = await shiki;
  languageNames = bundledLanguages;
  highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: [] });
  const ready = await highlighter;
  const missing = [...new Set(languages)].filter((name): name is BundledLanguage => isKnownLanguage(name) && !ready.getLoadedLanguages().includes(name));
  if (missing.length > 0) await ready.loadLanguage(...missing);
  return ready;
}

/** Whether Shiki has a grammar by this name (once codeHighlighter has loaded Shiki). */
function isKnownLanguage(name: string): name is BundledLanguage {
  if (!languageNames) throw new Error('isKnownLanguage: call codeHighlighter first');
  return Object.hasOwn(languageNames, name);
}

export interface BlockOptions {
  /** The language as written (`go`, `js`); one Shiki does not know is shown as plain text. */
  language: string;
  lineNumbers: boolean;
  /** The first line's number (Hugo's linenostart). */
  firstLine: number;
  /** Lines to mark, counted from 1 within the block. */
  highlighted: ReadonlySet<number>;
}

/** One block as `<pre class="shiki"><code><span class="line">…`, tokens as colour classes, no style attribute. */
export function highlightBlock(ready: Highlighter, code: string, { language, lineNumbers, firstLine, highlighted }: BlockOptions): Element {
  const lang = isKnownLanguage(language) ? language : 'text';
  const root = ready.codeToHast(code.replace(/\n$/, ''), {
    lang,
    themes: CODE_THEMES,
    defaultColor: false,
    // Shiki gives up on a line after 0.5 s and leaves the rest of it one colour: on a busy build machine a
    // grammar's first line (its expressions compiled then) took longer, and the output changed from build to
    // build. Generous, still bounded, for a hostile line.
    tokenizeTimeLimit: TOKENIZE_LINE_LIMIT_MS,
    transformers: [
      {
        pre(node) {
          // Focusable, so a reader can scroll a wide block with the keyboard.
          node.properties = { className: ['shiki', ...(lineNumbers ? ['line-numbers'] : [])], tabIndex: 0 };
        },
        code(node) {
          node.properties = language ? { className: [`language-${language}`] } : {};
        },
        line(node, line) {
          node.properties = { className: ['line', ...(highlighted.has(line) ? ['highlighted'] : [])], ...(lineNumbers ? { dataLine: String(firstLine + line - 1) } : {}) };
        },
        span(node, _line, _column, _lineElement, token) {
          const classes = tokenClasses(token.htmlStyle);
          node.properties = classes.length > 0 ? { className: classes } : {};
        },
      },
    ],
  });
  const pre = root.children.find((node): node is Element => node.type === 'element');
  if (!pre) throw new Error('Shiki returned no <pre>');
  return pre;
}

/** The stylesheet of both themes' every colour (app/code-theme.css is this, written by `npm run css:code`). */
export async function codeThemeStylesheet(): Promise<string> {
  const ready = await codeHighlighter([]);
  return codeThemeCss(paletteOf(ready.getTheme(CODE_THEMES.light)), paletteOf(ready.getTheme(CODE_THEMES.dark)));
}
