// In .mdx, HTML is written as JSX (<div style={{ color: 'red' }}>, <iframe src="…" />). Plain lowercase
// JSX elements become the hast elements the same HTML makes in .md, so the video plugin and the sanitizer
// handle both formats alike, with the same rules and warnings. Components (<Callout>) stay JSX.
import type { Element, ElementContent, Properties, Root } from 'hast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { find, html } from 'property-information';
import { SKIP, visit } from 'unist-util-visit';
import { plainValueOf, type PlainValue } from './plain-data';
import { shownAttribute, type Warn } from './warn';

/** Style properties that React writes without a unit when given a number. */
const UNITLESS = new Set(['fontWeight', 'lineHeight', 'opacity', 'zIndex', 'flex', 'flexGrow', 'flexShrink', 'order', 'zoom']);

export function rehypeJsxHtml(options: { warn: Warn }) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (!node.name || !/^[a-z]/.test(node.name)) return;
      const unreadable: string[] = [];
      const element: Element = {
        type: 'element',
        tagName: node.name,
        properties: propertiesOf(node.attributes, unreadable),
        children: node.children as ElementContent[],
        position: node.position,
      };
      if (unreadable.length > 0) options.warn(node.position, 'unsupported-html', `removed ${unreadable.join(', ')} from <${node.name}> (HTML attributes take text, numbers, or a style object)`);
      parent.children[index] = element;
      return [SKIP, index];
    });
  };
}

function propertiesOf(attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>, unreadable: string[]): Properties {
  const properties: Properties = {};
  for (const attribute of attributes) {
    // remark-mdx-policy refuses spreads ({...props}) before this step; only named attributes are left.
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const info = find(html, attribute.name);
    const value = attribute.value === null || attribute.value === undefined ? true : typeof attribute.value === 'string' ? attribute.value : plainValueOf(attribute.value.data?.estree ?? undefined);
    const property = info.property === 'style' ? styleText(value) : propertyValue(value, info);
    if (property === undefined) unreadable.push(shownAttribute(attribute.name, typeof attribute.value === 'object' ? attribute.value?.value : value));
    else properties[info.property] = property;
  }
  return properties;
}

function propertyValue(value: PlainValue | undefined, info: ReturnType<typeof find>): Properties[string] | undefined {
  if (typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  if (info.spaceSeparated) return value.split(/\s+/).filter(Boolean);
  if (info.commaSeparated) return value.split(',').map((item) => item.trim());
  return value;
}

/** A JSX style (an object, or a string as HTML writes it) as the CSS text a hast element holds. */
function styleText(value: PlainValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const declarations: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string' && typeof item !== 'number') return undefined;
    const property = key.startsWith('--') ? key : key.replace(/^(Webkit|Moz|ms)(?=[A-Z])/, '-$1').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    const text = typeof item === 'number' && item !== 0 && !UNITLESS.has(key) ? `${item}px` : String(item);
    declarations.push(`${property.toLowerCase()}: ${text}`);
  }
  return declarations.join('; ');
}
