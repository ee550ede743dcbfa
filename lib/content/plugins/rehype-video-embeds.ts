// Turns every YouTube embed of a `.md` body (a raw <iframe>, or the expanded {{< youtube >}} shortcode,
// with any wrapper that only held it) into our one <YouTube> component, so every spelling gets the same
// privacy-friendly facade. Other third-party iframes become a plain link: loading a page contacts no one.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';

const YOUTUBE_EMBED = /^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,20})/;
const WRAPPERS = new Set(['div', 'p', 'center', 'figure', 'span']);

interface Embed {
  id: string;
  title: string;
}

export function rehypeVideoEmbeds(options: { defaultTitle: string }) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'mdxJsxFlowElement' && node.name === 'YouTube') {
        addDefaultTitle(node, options.defaultTitle);
        return SKIP;
      }
      if (node.type !== 'element') return;
      const embed = embedIn(node);
      if (embed) {
        parent.children[index] = youTubeElement(embed.id, embed.title || options.defaultTitle) as RootContent & ElementContent;
        return SKIP;
      }
      if (node.tagName === 'iframe') {
        parent.children[index] = externalLink(node);
        return SKIP;
      }
      if (node.tagName === 'script') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    });
  };
}

/** The embed that this element is, or that it only wraps (whitespace aside). */
function embedIn(node: Element): Embed | null {
  if (node.tagName === 'iframe') {
    const match = YOUTUBE_EMBED.exec(String(node.properties.src ?? ''));
    return match ? { id: match[1], title: String(node.properties.title ?? '') } : null;
  }
  if (node.tagName === 'pulse-youtube') {
    return { id: String(node.properties.dataId ?? ''), title: String(node.properties.dataTitle ?? '') };
  }
  if (!WRAPPERS.has(node.tagName)) return null;
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'comment');
  return meaningful.length === 1 && meaningful[0].type === 'element' ? embedIn(meaningful[0]) : null;
}

function youTubeElement(id: string, title: string): MdxJsxFlowElementHast {
  return {
    type: 'mdxJsxFlowElement',
    name: 'YouTube',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'id', value: id },
      { type: 'mdxJsxAttribute', name: 'title', value: title },
    ],
    children: [],
  };
}

function addDefaultTitle(node: MdxJsxFlowElementHast, title: string) {
  const hasTitle = node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'title');
  if (!hasTitle) node.attributes.push({ type: 'mdxJsxAttribute', name: 'title', value: title });
}

function externalLink(iframe: Element): Element {
  const src = String(iframe.properties.src ?? '');
  let host = 'another site';
  try {
    host = new URL(src, 'https://invalid.invalid').host;
  } catch {
    // An unparsable src still gets a link; the host name is only a label.
  }
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: src, rel: ['noopener', 'noreferrer'] },
        children: [{ type: 'text', value: `Open the embedded content from ${host}` }],
      },
    ],
  };
}
