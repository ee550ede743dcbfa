// Math that Markdown did not parse, for bodies with math on: `$$…$$`, `\[…\]`, `\(…\)` and `$…$` in the
// text of raw HTML blocks, and the `\(…\)` that a doubled `\\(` in Markdown leaves. Found in the text as
// KaTeX's auto-render finds it in a Hugo page (never in code, pre, textarea, script or style), and made the
// element remark-math makes, which rehype-katex then typesets.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'textarea', 'script', 'style', 'math']);
const MATH = /\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|(?<![\\$])\$(?!\$)([^$\n]+?)(?<!\\)\$/g;

export function rehypeMathText() {
  return (tree: Root) => walk(tree);
}

function walk(node: Root | RootContent): void {
  if (!('children' in node) || (node.type === 'element' && SKIPPED.has(node.tagName))) return;
  for (let index = node.children.length - 1; index >= 0; index--) {
    const child = node.children[index];
    if (child.type === 'text') node.children.splice(index, 1, ...split(child));
    else walk(child);
  }
}

function split(node: Text): ElementContent[] {
  if (!/[$\\]/.test(node.value)) return [node];
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(MATH)) {
    const [display, bracketed, inline, dollar] = match.slice(1);
    const tex = display ?? bracketed ?? inline ?? dollar;
    if (!tex?.trim()) continue;
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
    out.push(mathElement(tex, display !== undefined || bracketed !== undefined, node.position));
    last = match.index + match[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

function mathElement(tex: string, display: boolean, position: Text['position']): Element {
  const properties = { className: ['language-math', display ? 'math-display' : 'math-inline'] };
  return { type: 'element', tagName: 'code', properties, children: [{ type: 'text', value: tex }], ...(position ? { position } : {}) };
}
