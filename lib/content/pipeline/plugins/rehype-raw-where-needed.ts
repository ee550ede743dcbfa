// rehype-raw, only for a body that holds raw HTML: it re-parses the whole tree with parse5 (an HTML parser
// in JavaScript), about a tenth of compiling a plain Markdown body, to give meaning to `raw` nodes. A tree
// without one comes back from it as it went in but for one thing, done here instead: HTML attributes are
// text, so a `data-*` property that is `true` (remark's footnote markers) comes back as "".
import type { Element, Root, RootContent } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { VFile } from 'vfile';

export function rehypeRawWhereNeeded(options: Options) {
  const raw = rehypeRaw(options);
  return (tree: Root, file: VFile): Root | undefined => {
    if (tree.children.some(holdsRaw)) return raw(tree, file);
    for (const child of tree.children) dataAttributesAsText(child);
    return undefined;
  };
}

function holdsRaw(node: RootContent): boolean {
  return node.type === 'raw' || ('children' in node && node.children.some(holdsRaw));
}

function dataAttributesAsText(node: RootContent): void {
  if (node.type !== 'element') return;
  setDataText(node);
  for (const child of node.children) dataAttributesAsText(child);
  if (node.content) for (const child of node.content.children) dataAttributesAsText(child);
}

function setDataText(element: Element): void {
  for (const [name, value] of Object.entries(element.properties)) if (value === true && /^data[A-Z]/.test(name)) element.properties[name] = '';
}
