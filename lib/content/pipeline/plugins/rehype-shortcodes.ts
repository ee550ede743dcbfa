// In .md, shortcodes.ts writes each shortcode that a component renders as HTML comments carrying the
// component's name and attributes: one comment, or an opening and a closing one around Markdown. This
// turns them into the component's JSX node, the content between a pair becoming its children, before
// the video plugin and the sanitizer (which vets the component's URL attributes like any other's).
// A pair that Markdown put in different blocks cannot wrap anything: its comments are dropped, with a warning.
// In both formats, a component written inside a paragraph splits it (blocks may not sit in a <p>).
// An attribute that is inline Markdown (a details summary, a callout title, a figure caption) is rendered
// into a first <summary> child, which the component shows as its heading, or, for a caption, the content.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { MARKER, type MarkerPayload } from '../shortcodes';
import type { Warn } from './warn';

type Parent = Root | Element | MdxJsxFlowElementHast;
type Child = RootContent | ElementContent;

interface Marker {
  kind: 'single' | 'open' | 'close';
  pair: string;
  payload: MarkerPayload | null;
}

const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'pre', 'blockquote', 'table', 'figure', 'details', 'section', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl']);

export function rehypeShortcodes({ warn, components }: { warn: Warn; components: readonly string[] }) {
  return (tree: Root) => {
    transform(tree, warn, components);
    // What is left (a marker Markdown showed as text, in a code block) is dropped; Hugo would have put
    // the component's HTML there as text.
    visit(tree, 'text', (node) => {
      if (!node.value.includes('<!--pulse-shortcode')) return;
      node.value = node.value.replace(/<!--pulse-shortcode[\s\S]*?-->/g, '');
      warn(node.position, 'unknown-shortcode', 'a shortcode inside an indented code block was expanded (as Hugo does) and left out; write it as {{</* name */>}}, or fence the code with ```, to show it as written');
    });
  };
}

function transform(parent: Parent, warn: Warn, components: readonly string[]): void {
  const children = parent.children as Child[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const marker = markerOf(node);
    if (!marker) {
      if (node.type !== 'element' && node.type !== 'mdxJsxFlowElement') continue;
      transform(node, warn, components);
      const pieces = node.type === 'element' && node.tagName === 'p' ? splitParagraph(node, components) : null;
      if (pieces) {
        children.splice(i, 1, ...pieces);
        i += pieces.length - 1;
      }
      continue;
    }
    if (marker.kind === 'close') {
      warn(node.position, 'unclosed-shortcode', 'the end of a shortcode is in another block than its start (a list item, a quote, a table cell): it was left out; put both on lines of their own');
      children.splice(i--, 1);
      continue;
    }
    const end = marker.kind === 'open' ? children.findIndex((other, j) => j > i && markerOf(other)?.kind === 'close' && markerOf(other)?.pair === marker.pair) : i;
    if (end === -1 || !marker.payload) {
      warn(node.position, 'unclosed-shortcode', 'the end of a shortcode is in another block than its start (a list item, a quote, a table cell): its start was left out; put both on lines of their own');
      children.splice(i--, 1);
      continue;
    }
    const inner = children.slice(i + 1, end);
    const element = componentNode(marker.payload, inner, node.position);
    transform(element, warn, components);
    children.splice(i, end - i + 1, element as Child);
  }
}

function componentNode(payload: MarkerPayload, inner: Child[], position: Child['position']): MdxJsxFlowElementHast {
  const markdown = payload.markdownAttributes ?? [];
  const attributes: MdxJsxAttribute[] = Object.entries(payload.attributes).filter(([name]) => !markdown.includes(name)).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
  // Rendered in a <summary> the component takes as its heading, or as the content itself when it is the caption.
  const rendered = markdown
    .filter((name) => payload.attributes[name] !== undefined && !(payload.inner === 'caption' && name === 'caption' && inner.length > 0))
    .flatMap((name): ElementContent[] => (payload.inner === 'caption' && name === 'caption' ? inlineMarkdown(payload.attributes[name]) : [{ type: 'element', tagName: 'summary', properties: {}, children: inlineMarkdown(payload.attributes[name]) }]));
  const meaningful = inner.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  // Flow content that Markdown left as phrasing (text on the shortcode's own line) gets its paragraph.
  const phrasing = meaningful.length > 0 && meaningful.every((child) => !(child.type === 'element' && BLOCKS.has(child.tagName)));
  const children = payload.inner === 'content' && phrasing ? [{ type: 'element', tagName: 'p', properties: {}, children: trim(inner) } as Element] : payload.inner === 'caption' ? trim(inner) : inner;
  return { type: 'mdxJsxFlowElement', name: payload.name, attributes, children: [...rendered, ...children] as MdxJsxFlowElementHast['children'], position };
}

/** One line of Markdown as phrasing (what Hugo's RenderString makes of a title): **Index** is bold, and
 * HTML in it (a caption's credit link) is HTML. The sanitizer, after this step, sees it like any other. */
function inlineMarkdown(text: string): ElementContent[] {
  const tree = raw(toHast(fromMarkdown(text), { allowDangerousHtml: true }));
  const paragraph = tree.type === 'root' ? tree.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p') : undefined;
  return paragraph ? paragraph.children : [{ type: 'text', value: text }];
}

/** One of our components inside a paragraph (a shortcode or JSX written mid-line) splits it: every
 * component renders a block, and blocks may not sit in a <p> (the browser would reparse the page). */
function splitParagraph(paragraph: Element, components: readonly string[]): Child[] | null {
  const isComponent = (child: Child) => (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && components.includes(child.name ?? '');
  if (!paragraph.children.some(isComponent)) return null;
  const pieces: Child[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.some((child) => !(child.type === 'text' && child.value.trim() === ''))) pieces.push({ ...paragraph, children: trim(run) as ElementContent[] });
    run = [];
  };
  for (const child of paragraph.children) {
    if (isComponent(child)) {
      flush();
      pieces.push({ ...(child as MdxJsxFlowElementHast), type: 'mdxJsxFlowElement' });
    } else run.push(child);
  }
  flush();
  return pieces;
}

function trim(nodes: Child[]): Child[] {
  const copy = [...nodes];
  const first = copy[0];
  const last = copy.at(-1);
  if (first?.type === 'text') copy[0] = { ...first, value: first.value.replace(/^\s+/, '') };
  if (last?.type === 'text') copy[copy.length - 1] = { ...(copy.at(-1) as typeof last), value: (copy.at(-1) as typeof last).value.replace(/\s+$/, '') };
  return copy.filter((node) => !(node.type === 'text' && node.value === ''));
}

function markerOf(node: Child): Marker | null {
  if (node.type !== 'comment') return null;
  const match = MARKER.exec(node.value);
  if (!match) return null;
  const kind = match[1] === 'open' ? 'open' : match[1] === 'close' ? 'close' : 'single';
  return { kind, pair: match[2] ?? '', payload: match[3] ? (JSON.parse(Buffer.from(match[3], 'base64').toString('utf8')) as MarkerPayload) : null };
}
