// Helpers that read hast elements and JSX elements alike: the video plugin meets our components
// (<YouTube>) beside raw HTML (in .mdx, plain JSX elements are hast elements by then: rehype-jsx-html).
import type { Element } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';

export type HtmlLike = Element | MdxJsxFlowElementHast | MdxJsxTextElementHast;

export function isHtmlLike(node: { type: string }): node is HtmlLike {
  return node.type === 'element' || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The HTML tag name, for a hast element or a lowercase JSX element; '' for components (<YouTube>). */
export function tagOf(node: HtmlLike): string {
  if (node.type === 'element') return node.tagName;
  return node.name && /^[a-z]/.test(node.name) ? node.name : '';
}

/** A string attribute by its HTML name (`data-id`), or ''. */
export function attribute(node: HtmlLike, name: string): string {
  if (node.type === 'element') {
    const hastName = name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    return String(node.properties[hastName] ?? '');
  }
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return '';
}
