// Raw HTML in an article stays inside the article. Scripts are dropped (they would run third-party code);
// document-level elements (<title>, <meta>, <link>, <base>) are dropped, because React hoists them into
// the page's <head> and they would retitle or restyle the page; <html>, <head> and <body> pasted into a
// body are unwrapped to their content. The full sanitizer comes with the security work.
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isHtmlLike, tagOf } from './html-like';

const DROPPED = new Set(['script', 'title', 'meta', 'link', 'base', 'noscript']);
const UNWRAPPED = new Set(['html', 'head', 'body']);

export function rehypeInertHtml() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined || !isHtmlLike(node)) return;
      const tag = tagOf(node);
      if (DROPPED.has(tag)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (UNWRAPPED.has(tag)) {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
    });
  };
}
