// Turns every YouTube and Vimeo embed of a `.md` body (a raw <iframe>, with any wrapper that only held it)
// into our <YouTube> or <Vimeo> component (the {{< youtube >}} shortcode arrives as that component; it and <Vimeo> get the
// article's title when they have none), so every spelling gets the same
// privacy-friendly facade. Other third-party iframes become a plain link: loading a page contacts no one.
// It runs before the sanitizer, which removes every iframe left (there are none) and checks the link.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { attribute, isHtmlLike, tagOf, type HtmlLike } from './html-like';
import type { Warn } from './warn';

const YOUTUBE_EMBED = /^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,20})/;
const VIMEO_EMBED = /^(?:https?:)?\/\/player\.vimeo\.com\/video\/(\d{1,12})(?:[/?#]|$)/;
const WRAPPERS = new Set(['div', 'p', 'center', 'figure', 'span']);

interface Embed {
  player: 'YouTube' | 'Vimeo';
  id: string;
  title: string;
}

export function rehypeVideoEmbeds(options: { defaultTitle: string; warn: Warn }) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'mdxJsxFlowElement' && (node.name === 'YouTube' || node.name === 'Vimeo')) {
        addDefaultTitle(node, options.defaultTitle);
        return SKIP;
      }
      if (!isHtmlLike(node)) return;
      const embed = embedIn(node);
      if (embed) {
        parent.children[index] = playerElement(embed.player, embed.id, embed.title || options.defaultTitle) as RootContent & ElementContent;
        return SKIP;
      }
      if (tagOf(node) === 'iframe') {
        const link = externalLink(attribute(node, 'src'));
        options.warn(node.position, 'external-embed', `replaced the <iframe> from ${link.host} with a link to it (articles load nothing from other sites; only YouTube and Vimeo videos are embedded, with our player)`);
        parent.children[index] = { ...link.element, position: node.position };
        return SKIP;
      }
    });
  };
}

/** The embed that this element is, or that it only wraps (whitespace aside). */
function embedIn(node: HtmlLike): Embed | null {
  const tag = tagOf(node);
  if (tag === 'iframe') {
    const src = attribute(node, 'src');
    const youTube = YOUTUBE_EMBED.exec(src);
    if (youTube) return { player: 'YouTube', id: youTube[1], title: attribute(node, 'title') };
    const vimeo = VIMEO_EMBED.exec(src);
    return vimeo ? { player: 'Vimeo', id: vimeo[1], title: attribute(node, 'title') } : null;
  }
  if (!WRAPPERS.has(tag)) return null;
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'comment');
  return meaningful.length === 1 && isHtmlLike(meaningful[0]) ? embedIn(meaningful[0]) : null;
}

function playerElement(player: Embed['player'], id: string, title: string): MdxJsxFlowElementHast {
  return {
    type: 'mdxJsxFlowElement',
    name: player,
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

function externalLink(src: string): { host: string; element: Element } {
  let host = 'another site';
  try {
    host = new URL(src, 'https://invalid.invalid').host;
  } catch {
    // An unparsable src still gets a link; the host name is only a label.
  }
  const element: Element = {
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
  return { host, element };
}
