// The body as plain HTML for feed readers, which run no script and know none of our components. Read from
// the final tree, so a feed shows what the page shows; each component becomes the plain HTML it stands
// for (the video facade, a link to the video). Relative URLs stay as written: each feed makes them
// absolute against the article's own URL, on the site's base URL of the day.
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { CALLOUT_LABELS, CARE_CARD_LABELS, embedLabels, isCareCardType, gistUrl, instagramPostUrl, vimeoUrl, xPostUrl, youTubeWatchUrl } from '../../embeds';
import type { MdxComponentName } from '../../mdx-components';

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type Attributes = Record<string, string>;

/** What each component of the MDX map becomes in a feed: TypeScript asks for one per component. */
const FEED_FORMS: Record<MdxComponentName, (attributes: Attributes, children: ElementContent[]) => ElementContent> = {
  YouTube: ({ id = '', title }) => paragraph([link(youTubeWatchUrl(id), `${title || 'Video'} (watch on YouTube)`)]),
  Vimeo: ({ id = '', title }) => paragraph([link(vimeoUrl(id), `${title || 'Video'} (watch on Vimeo)`)]),
  Video: ({ src = '', title }) => paragraph([link(src, `${title || 'Video'} (video file)`)]),
  Callout: ({ title, kind }, children) => {
    const label = kind ? `${CALLOUT_LABELS[kind] ?? CALLOUT_LABELS.note}:` : '';
    // A shortcode's title arrives rendered, as a <summary> first child.
    const [first, ...rest] = children;
    const rendered = first?.type === 'element' && first.tagName === 'summary' ? first.children : null;
    const titled: ElementContent[] = rendered ? [...(label ? [text(`${label} `)] : []), ...rendered] : [text([label, title].filter(Boolean).join(' '))];
    const hasHeading = Boolean(rendered ?? (label || title));
    return element('blockquote', {}, [...(hasHeading ? [paragraph([element('strong', {}, titled)])] : []), ...(rendered ? rest : children)]);
  },
  Figure: ({ src = '', alt = '', title, caption, href, width, height, attr, cite }, children) => {
    const image = src ? element('img', { src, alt, ...(width ? { width } : {}), ...(height ? { height } : {}) }, []) : missingImage(alt);
    const captionParts: ElementContent[] = [
      ...(title ? [element('strong', {}, [text(title)]), text(' ')] : []),
      ...(children.length > 0 ? children : caption ? [text(caption)] : []),
      ...(attr ? [text(' '), cite ? link(cite, attr) : text(attr)] : []),
    ];
    return element('figure', {}, [href ? element('a', { href }, [image]) : image, ...(captionParts.length > 0 ? [element('figcaption', {}, captionParts)] : [])]);
  },
  Details: ({ summary = 'Details', open }, children) => {
    // A shortcode's summary arrives rendered, as a <summary> first child.
    const rendered = children[0]?.type === 'element' && children[0].tagName === 'summary';
    return element('details', open === 'true' || open === '' ? { open: true } : {}, rendered ? children : [element('summary', {}, [text(summary)]), ...children]);
  },
  Tweet: ({ user, id = '' }) => paragraph([link(xPostUrl(id, user), embedLabels.x(user))]),
  Instagram: ({ id = '' }) => paragraph([link(instagramPostUrl(id), embedLabels.instagram())]),
  Gist: ({ user = '', id = '', file }) => paragraph([link(gistUrl(user, id, file), embedLabels.gist(user, file))]),
  CareCard: ({ type, heading = '' }, children) => {
    const label = isCareCardType(type) ? CARE_CARD_LABELS[type] : CARE_CARD_LABELS['non-urgent'];
    return element('blockquote', {}, [paragraph([element('strong', {}, [text(`${label}: ${heading}`)])]), ...children]);
  },
  Panels: ({ dir }, children) => element('div', dir === 'rtl' || dir === 'ltr' ? { dir } : {}, children),
  Panel: ({ label, href, note }, children) => element('div', {}, [...(label ? [paragraph([element('strong', {}, [href ? link(href, label) : text(label)])])] : []), ...(note ? [paragraph([text(note)])] : []), ...children]),
  Quote: ({ author, source, href }, children) => {
    const by = [author, source].filter(Boolean).join(', ');
    return element('figure', {}, [element('blockquote', {}, children), ...(by ? [element('figcaption', {}, [text(`— ${by}`), ...(href ? [text(' '), link(href, href)] : [])])] : [])]);
  },
  Verbatim: ({ text: written = '', note }) => element('figure', {}, [element('pre', {}, [text(written)]), ...(note ? [element('figcaption', {}, [text(note)])] : [])]),
  Toc: (_attributes, children) => element('nav', {}, children),
};

function missingImage(alt: string): ElementContent {
  return element('em', {}, [text(alt || 'Image not available')]);
}

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
      // A highlighted block's classes name colours of the site's stylesheet: a feed gets the plain code.
      if (node.tagName === 'pre' && Array.isArray(node.properties.className) && node.properties.className.includes('shiki')) {
        return [element('pre', {}, [element('code', {}, [text(toString(node))])])];
      }
      // An image whose file is missing (the compile step left it no src) is its alt text, as on the page.
      if (node.tagName === 'img' && !node.properties.src) return [missingImage(String(node.properties.alt ?? ''))];
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

function link(href: string, value: string): Element {
  return element('a', { href }, [text(value)]);
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
