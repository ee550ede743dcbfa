// Editors' raw HTML from old sites uses elements and attributes HTML has made obsolete (<center>, <font>,
// align=, bgcolor=, a table's width=…): each becomes its modern equivalent, an element of today and an
// inline style, before rehype-safe-html vets it like any other markup (so a converted style passes the
// same declaration filter as one an author wrote). What the reader sees stays the same; the page validates.
import type { Element, Properties, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Obsolete elements: the element that replaces each, and the style it needs to look the same. */
const ELEMENTS: Readonly<Record<string, { tagName: string; style?: string }>> = {
  center: { tagName: 'div', style: 'text-align: center' },
  font: { tagName: 'span' },
  big: { tagName: 'span', style: 'font-size: larger' },
  strike: { tagName: 's' },
  tt: { tagName: 'code' },
  acronym: { tagName: 'abbr' },
  nobr: { tagName: 'span', style: 'white-space: nowrap' },
  dir: { tagName: 'ul' },
  listing: { tagName: 'pre' },
  xmp: { tagName: 'pre' },
  plaintext: { tagName: 'pre' },
  marquee: { tagName: 'span' },
  blink: { tagName: 'span' },
};

/** <font size="1"> to "7", as browsers size them. (HTML's parser reads size="+1" as 1: relative sizes are lost before this step.) */
const FONT_SIZES = ['x-small', 'small', 'medium', 'large', 'x-large', 'xx-large', 'xxx-large'];
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'col', 'colgroup']);

/** An HTML length attribute as CSS: "200" is pixels, "50%" stays. */
const length = (value: unknown) => (/^\d+(\.\d+)?$/.test(String(value).trim()) ? `${String(value).trim()}px` : String(value).trim());

export function rehypeModernHtml() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      modernize(node);
    });
  };
}

function modernize(node: Element): void {
  const declarations: string[] = [];
  const replacement = Object.hasOwn(ELEMENTS, node.tagName) ? ELEMENTS[node.tagName] : null;
  if (replacement) {
    if (replacement.style) declarations.push(replacement.style);
    if (node.tagName === 'font') declarations.push(...fontStyle(take(node.properties, 'color'), take(node.properties, 'size'), take(node.properties, 'face')));
    node.tagName = replacement.tagName;
  }
  declarations.push(...attributeStyle(node));
  if (declarations.length === 0) return;
  // The author's own style comes last, so it wins where both say something.
  const written = typeof node.properties.style === 'string' ? node.properties.style.trim() : '';
  node.properties.style = [...declarations, ...(written ? [written] : [])].join('; ');
}

/** Removes an attribute, returning its value (a string), or null when it was not there. */
function take(properties: Properties, name: string): string | null {
  const value = properties[name];
  delete properties[name];
  return value === undefined || value === null || value === false ? null : Array.isArray(value) ? value.join(' ') : String(value);
}

function fontStyle(color: string | null, size: string | null, face: string | null): string[] {
  const declarations: string[] = [];
  if (color) declarations.push(`color: ${color}`);
  if (size) {
    const relative = /^([+-])(\d)$/.exec(size.trim());
    const absolute = relative ? 3 + Number(`${relative[1]}${relative[2]}`) : Number(size);
    if (Number.isInteger(absolute)) declarations.push(`font-size: ${FONT_SIZES[Math.min(7, Math.max(1, absolute)) - 1]}`);
  }
  if (face) declarations.push(`font-family: ${face}`);
  return declarations;
}

/** Presentational attributes as style declarations (they are removed from the element). */
function attributeStyle(node: Element): string[] {
  const { properties, tagName } = node;
  const declarations: string[] = [];
  const align = take(properties, 'align')?.toLowerCase();
  if (align) declarations.push(...alignStyle(tagName, align));
  const valign = take(properties, 'vAlign');
  if (valign) declarations.push(`vertical-align: ${valign.toLowerCase()}`);
  const background = take(properties, 'bgColor');
  if (background) declarations.push(`background-color: ${background}`);
  if (TABLE_PARTS.has(tagName)) {
    for (const [name, property] of [['width', 'width'], ['height', 'height']] as const) {
      const value = take(properties, name);
      if (value) declarations.push(`${property}: ${length(value)}`);
    }
    const noWrap = take(properties, 'noWrap');
    if (noWrap !== null) declarations.push('white-space: nowrap');
  }
  if (tagName === 'table') {
    const border = take(properties, 'border');
    if (border !== null && border.trim() !== '' && border.trim() !== '0') declarations.push(`border: ${length(border)} solid`);
    const spacing = take(properties, 'cellSpacing');
    if (spacing) declarations.push(`border-spacing: ${length(spacing)}`);
  }
  if (tagName === 'img') {
    const border = take(properties, 'border');
    if (border !== null && border.trim() !== '' && border.trim() !== '0') declarations.push(`border: ${length(border)} solid`);
    const hspace = take(properties, 'hSpace');
    const vspace = take(properties, 'vSpace');
    if (hspace || vspace) declarations.push(`margin: ${vspace ? length(vspace) : '0'} ${hspace ? length(hspace) : '0'}`);
  }
  if (tagName === 'br') {
    const clear = take(properties, 'clear')?.toLowerCase();
    if (clear) declarations.push(`clear: ${clear === 'all' ? 'both' : clear}`);
  }
  if ((tagName === 'ul' || tagName === 'li') && typeof properties.type === 'string') {
    declarations.push(`list-style-type: ${take(properties, 'type')}`);
  }
  return declarations;
}

/** `align` as each element meant it: an image or table floats (or a table centres), the rest align text. */
function alignStyle(tagName: string, align: string): string[] {
  if (tagName === 'img' || tagName === 'iframe') {
    if (align === 'left' || align === 'right') return [`float: ${align}`];
    return [`vertical-align: ${align === 'center' ? 'middle' : align}`];
  }
  if (tagName === 'table') {
    if (align === 'center') return ['margin-left: auto', 'margin-right: auto'];
    return align === 'left' || align === 'right' ? [`float: ${align}`] : [];
  }
  if (tagName === 'caption') return [];
  return [`text-align: ${align}`];
}
