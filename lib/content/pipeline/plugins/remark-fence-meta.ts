// Keeps each code fence's info string after the language (`{linenos=table,hl_lines=[2]}`, `{2,4-5}`) by
// the fence's place in the file, for the highlighter after the sanitizer: the element's own copy of it
// (hast `data.meta`) does not survive rehype-raw, which rebuilds the tree of a `.md` body.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A fence's place as `line:column`, which hast elements made from it keep. */
export type FenceMetas = Map<string, string>;

export function placeKey(position: { start: { line: number; column: number } } | undefined): string {
  return position ? `${position.start.line}:${position.start.column}` : '';
}

export function remarkFenceMeta(metas: FenceMetas) {
  return (tree: Root) => {
    visit(tree, 'code', (node) => {
      // ```{hl_lines=[2]} (Hugo's attributes with no language): the info string is all options.
      if (node.lang?.startsWith('{')) {
        node.meta = [node.lang, node.meta].filter(Boolean).join(' ');
        node.lang = null;
      }
      if (node.meta && node.position) metas.set(placeKey(node.position), node.meta);
    });
  };
}
