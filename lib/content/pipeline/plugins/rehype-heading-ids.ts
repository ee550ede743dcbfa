// Gives every heading an id: the id written after it in Hugo's attribute syntax (`## Causes {#why}`, which
// leaves the text "Causes"; classes in it, `{#why .wide}`, are dropped), else the slug of its text
// (GitHub's rules), unique within the page. Ids an author wrote are kept, unless the site's own chrome
// uses them (the skip link's target must stay unique).
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';

const HEADING = /^h[1-6]$/;
/** Goldmark's heading attributes at the end of an ATX heading: `{#id}`, `{#id .class}`, `{.class}`. */
const ATTRIBUTES = /\s*\{((?:\s*[#.][\w-]+)+)\s*\}\s*$/;

export function rehypeHeadingIds(options: { reserved: readonly string[] }) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    const reserved = new Set(options.reserved);
    const authored = (id: unknown): id is string => typeof id === 'string' && id !== '' && !reserved.has(id) && !/^[_$]/.test(id);
    const taken = new Set(reserved);
    visit(tree, 'element', (node) => {
      if (HEADING.test(node.tagName)) {
        const written = takeAttributeId(node);
        if (written && authored(written) && !node.properties.id) node.properties.id = written;
      }
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

/** Removes a trailing `{#id .class}` from the heading's text; returns the id in it, if any. */
function takeAttributeId(heading: Element): string | null {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return null;
  const match = ATTRIBUTES.exec(last.value);
  if (!match) return null;
  last.value = last.value.slice(0, match.index);
  if (last.value === '') heading.children.pop();
  return /#([\w-]+)/.exec(match[1])?.[1] ?? null;
}
