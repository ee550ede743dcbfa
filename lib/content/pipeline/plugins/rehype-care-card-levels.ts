// A care card's heading takes its place in the page's outline: one level below the heading it follows
// (an h2 under the article's h1 when none comes before it, an h4 after an h3), never deeper than h6.
// Worked out here, at compile time, where the whole body is known; the card reads it as its `level`
// (components/mdx/care-card.tsx). An author's own `level` is replaced: the outline decides.
import type { Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

const HEADING = /^h([1-6])$/;
/** The article's title is the page's h1, above every body heading. */
const TITLE_LEVEL = 1;

export function careCardLevel(precedingHeadingLevel: number): number {
  return Math.min(6, Math.max(2, precedingHeadingLevel + 1));
}

export function rehypeCareCardLevels() {
  return (tree: Root) => {
    let current = TITLE_LEVEL;
    visit(tree, (node) => {
      if (node.type === 'element') {
        const match = HEADING.exec(node.tagName);
        if (match) current = Number(match[1]);
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' || (node as MdxJsxFlowElementHast).name !== 'CareCard') return;
      const card = node as MdxJsxFlowElementHast;
      card.attributes = [
        ...card.attributes.filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === 'level')),
        { type: 'mdxJsxAttribute', name: 'level', value: String(careCardLevel(current)) },
      ];
    });
  };
}
