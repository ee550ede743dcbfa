// `$$…$$` inside a paragraph is display math, as KaTeX's and MathJax's auto-render read it on Hugo sites;
// remark-math makes it inline math (display only when `$$` starts its own lines). A display block opened
// with TeX on the `$$` line (`$$\begin{array}{c}`) keeps that TeX: remark-math reads it as the fence's meta,
// as a code fence's language, and would drop it.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function remarkDisplayMath() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'math', (node) => {
      if (!node.meta) return;
      node.value = node.value ? `${node.meta}\n${node.value}` : node.meta;
      node.meta = null;
      // remark-math made the <code> of its <pre> from the value without the meta: made again with it.
      const code = node.data?.hChildren?.[0];
      if (code?.type === 'element') code.children = [{ type: 'text', value: node.value }];
    });
    visit(tree, 'inlineMath', (node) => {
      const start = node.position?.start.offset;
      if (start === undefined || !source.startsWith('$$', start)) return;
      node.data = { ...node.data, hProperties: { className: ['language-math', 'math-display'] } };
    });
  };
}
