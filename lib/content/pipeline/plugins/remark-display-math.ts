// `$$…$$` inside a paragraph is display math, as KaTeX's and MathJax's auto-render read it on Hugo sites;
// remark-math makes it inline math (display only when `$$` starts its own lines).
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function remarkDisplayMath() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'inlineMath', (node) => {
      const start = node.position?.start.offset;
      if (start === undefined || !source.startsWith('$$', start)) return;
      node.data = { ...node.data, hProperties: { className: ['language-math', 'math-display'] } };
    });
  };
}
