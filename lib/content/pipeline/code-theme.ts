// The code blocks' two Shiki themes as CSS classes, so that highlighted code carries no inline style (the
// Content-Security-Policy allows no <style> of an article's, and we keep style attributes for editors'
// raw HTML only). A token's colour in each theme is its own class (`sl-6e7781`, `sd-8b949e`), not one class
// per pair of colours as @shikijs/transformers' transformerStyleToClass makes: the pairs a body yields
// depend on the grammars, but each theme's colours are a fixed list, so the stylesheet of every colour of
// both themes is written once (app/code-theme.css, `npm run css:code`) and no article can need a class
// that is not in it. `light-dark()` picks the theme's colour by color-scheme, which follows
// [data-theme] on <html> (and the system, until the reader chooses), as the site's own colours do.
import type { ThemedToken } from 'shiki';

export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Where the stylesheet is written; app/globals.css imports it. */
export const CODE_THEME_CSS = 'app/code-theme.css';

const FONT_CLASSES = { italic: 'sfi', bold: 'sfb', underline: 'sfu', 'line-through': 'sfs' } as const;

/** A theme's colour as a class-name part: lower-case hex digits, no `#`. */
function colourKey(colour: string): string {
  return colour.replace(/^#/, '').toLowerCase();
}

/** The classes of one token, from the style Shiki gives it with `defaultColor: false` (`--shiki-light`…). */
export function tokenClasses(style: ThemedToken['htmlStyle']): string[] {
  if (!style) return [];
  const classes: string[] = [];
  const light = style['--shiki-light'];
  const dark = style['--shiki-dark'];
  if (light) classes.push(`sl-${colourKey(light)}`);
  if (dark) classes.push(`sd-${colourKey(dark)}`);
  // The font style only when both themes agree (they do for the GitHub pair): font-style has no light-dark().
  for (const property of ['font-style', 'font-weight', 'text-decoration']) {
    const value = style[`--shiki-light-${property}`];
    if (!value || value !== style[`--shiki-dark-${property}`]) continue;
    for (const word of value.split(/\s+/)) if (word in FONT_CLASSES) classes.push(FONT_CLASSES[word as keyof typeof FONT_CLASSES]);
  }
  return classes;
}

/** What the stylesheet needs of a theme: its default colours and every colour its rules give tokens. */
export interface ThemePalette {
  fg: string;
  bg: string;
  colours: string[];
}

export interface ThemeLike {
  fg: string;
  bg: string;
  settings?: { settings?: { foreground?: string } }[];
  colorReplacements?: Record<string, string>;
}

export function paletteOf(theme: ThemeLike): ThemePalette {
  const replace = (colour: string) => theme.colorReplacements?.[colour.toLowerCase()] ?? colour;
  const colours = new Set<string>([colourKey(replace(theme.fg))]);
  for (const rule of theme.settings ?? []) if (rule.settings?.foreground) colours.add(colourKey(replace(rule.settings.foreground)));
  return { fg: colourKey(replace(theme.fg)), bg: colourKey(replace(theme.bg)), colours: [...colours].sort() };
}

/** The stylesheet: frame and default colours, one rule per colour of each theme, the font styles. */
export function codeThemeCss(light: ThemePalette, dark: ThemePalette): string {
  const lines = [
    `/* Written by \`npm run css:code\` (lib/content/pipeline/code-theme.ts) from Shiki's ${CODE_THEMES.light} and ${CODE_THEMES.dark}: do not edit. */`,
    `.shiki{--sl:#${light.fg};--sd:#${dark.fg};color:light-dark(var(--sl),var(--sd));background-color:light-dark(#${light.bg},#${dark.bg})}`,
    '.shiki span{color:light-dark(var(--sl),var(--sd))}',
    ...light.colours.map((colour) => `.sl-${colour}{--sl:#${colour}}`),
    ...dark.colours.map((colour) => `.sd-${colour}{--sd:#${colour}}`),
    '.sfi{font-style:italic}',
    '.sfb{font-weight:bold}',
    '.sfu{text-decoration:underline}',
    '.sfs{text-decoration:line-through}',
  ];
  return `${lines.join('\n')}\n`;
}
