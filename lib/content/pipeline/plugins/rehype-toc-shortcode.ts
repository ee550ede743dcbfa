// Fills each Toc component ({{< toc >}} where the author put it) with the article's table of contents: a
// nested list of links to its h2 and h3 headings. After rehype-heading-ids, whose ids it links to, and
// after the sanitizer: the list is ours, made from the headings' text.
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

export function rehypeTocShortcode() {
  return (tree: Root) => {
    const tocs: MdxJsxFlowElementHast[] = [];
    const headings: { depth: number; id: string; text: string }[] = [];
    visit(tree, (node) => {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Toc') tocs.push(node);
      if (node.type === 'element' && /^h[23]$/.test(node.tagName) && typeof node.properties.id === 'string') {
        headings.push({ depth: Number(node.tagName[1]), id: node.properties.id, text: toString(node) });
      }
    });
    if (tocs.length === 0 || headings.length === 0) return;
    const top: Element = list([]);
    for (const heading of headings) {
      const item = element('li', [element('a', [{ type: 'text', value: heading.text }], { href: `#${heading.id}` })]);
      const parent = top.children.at(-1);
      if (heading.depth === 3 && parent?.type === 'element') {
        const nested = parent.children.find((child): child is Element => child.type === 'element' && child.tagName === 'ol');
        if (nested) nested.children.push(item);
        else parent.children.push(list([item]));
      } else top.children.push(item);
    }
    for (const toc of tocs) toc.children = [structuredClone(top)];
  };
}

function list(items: ElementContent[]): Element {
  return element('ol', items);
}

function element(tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName, properties, children };
}
