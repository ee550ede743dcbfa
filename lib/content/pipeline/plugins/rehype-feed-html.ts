// The body as plain HTML for feed readers, which run no script and know none of our components. Read from
// the final tree, so a feed shows what the page shows; each component becomes the plain HTML it stands
// for (the video facade, a link to the video). Relative URLs stay as written: each feed makes them
// absolute against the article's own URL, on the site's base URL of the day.
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { MdxComponentName } from '../../mdx-components';

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type Attributes = Record<string, string>;

/** What each component of the MDX map becomes in a feed: TypeScript asks for one per component. */
const FEED_FORMS: Record<MdxComponentName, (attributes: Attributes, children: ElementContent[]) => ElementContent> = {
  YouTube: ({ id = '', title }) =>
    paragraph([link(`https://www.youtube.com/watch?v=${encodeURIComponent(id)}`, `${title || 'Video'} (watch on YouTube)`)]),
  Video: ({ src = '', title }) => paragraph([link(src, `${title || 'Video'} (video file)`)]),
  Callout: ({ title }, children) =>
    element('blockquote', {}, [...(title ? [paragraph([element('strong', {}, [{ type: 'text', value: title }])])] : []), ...children]),
};

export function rehypeFeedHtml(result: { feedHtml: string }) {
  return (tree: Root) => {
    result.feedHtml = toHtml({ type: 'root', children: plainChildren(tree.children) });
  };
}

function plainChildren(nodes: (RootContent | ElementContent)[]): ElementContent[] {
  return nodes.flatMap((node) => plain(node));
}

function plain(node: RootContent | ElementContent): ElementContent[] {
  switch (node.type) {
    case 'text':
      return [node];
    case 'element':
      return [{ ...node, children: plainChildren(node.children) }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return [fromJsx(node)];
    // Comments (<!--more-->), doctypes and MDX expressions (refused at compile) have no place in a feed.
    default:
      return [];
  }
}

function fromJsx(node: JsxElement): ElementContent {
  const attributes: Attributes = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (attribute.value === null || attribute.value === undefined) attributes[attribute.name] = '';
    else if (typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
  }
  const children = plainChildren(node.children as ElementContent[]);
  const name = node.name ?? '';
  if (name in FEED_FORMS) return FEED_FORMS[name as MdxComponentName](attributes, children);
  // Plain JSX elements (<div className="…">) are HTML written in JSX.
  return element(name || 'div', attributes, children);
}

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function paragraph(children: ElementContent[]): Element {
  return element('p', {}, children);
}

function link(href: string, text: string): Element {
  return element('a', { href }, [{ type: 'text', value: text }]);
}
