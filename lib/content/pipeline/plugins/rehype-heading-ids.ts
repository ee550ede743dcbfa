// Gives every heading an id: the slug of its text (GitHub's rules), unique within the page. Ids an author
// wrote are kept, unless the site's own chrome uses them (the skip link's target must stay unique).
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';

const HEADING = /^h[1-6]$/;

export function rehypeHeadingIds(options: { reserved: readonly string[] }) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    const reserved = new Set(options.reserved);
    const authored = (id: unknown): id is string => typeof id === 'string' && id !== '' && !reserved.has(id);
    const taken = new Set(reserved);
    visit(tree, 'element', (node) => {
      if (authored(node.properties.id)) taken.add(node.properties.id);
    });
    visit(tree, 'element', (node) => {
      if (!HEADING.test(node.tagName) || authored(node.properties.id)) return;
      let id = slugger.slug(toString(node).trim() || 'section');
      while (taken.has(id)) id = slugger.slug(id);
      taken.add(id);
      node.properties.id = id;
    });
  };
}
