// The sanitizer's last line: rehype-sanitize, with the schema of our allow-list (sanitize-schema.ts), over
// the whole body after rehype-safe-html has removed and reported what it found; whatever that pass missed,
// the library removes. The library knows only HTML and drops every MDX node, so the components of our map
// are set aside: each becomes a placeholder element holding its children (sanitized there, in context) and
// comes back afterwards with its attributes checked again. Other MDX nodes go: by this step they are only
// {/* comments */}, which render nothing. When the library removes anything, rehype-safe-html let it
// through without a warning: that is a gap in it, and the build says so.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize';
import { plainValueOf } from './plain-data';
import { componentAttributeProblem } from './safe-html-schema';
import type { Warn } from './warn';

type Content = RootContent | ElementContent;
type Component = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** A custom element name, which no HTML means; one in the tree before this step is not ours. */
const PLACEHOLDER = 'pulse-component';

export interface SanitizeArticleOptions {
  schema: Schema;
  /** The component names of our map: the only JSX elements kept. */
  components: readonly string[];
  warn: Warn;
}

export function rehypeSanitizeArticle({ schema, components, warn }: SanitizeArticleOptions) {
  const sanitize = rehypeSanitize({
    ...schema,
    tagNames: [...(schema.tagNames ?? []), PLACEHOLDER],
    attributes: { ...schema.attributes, [PLACEHOLDER]: [['dataPulseComponent', /^\d+$/]] },
  });
  return (tree: Root): Root => {
    const setAside: Component[] = [];
    tree.children = setAsideComponents(tree.children, components, setAside) as RootContent[];
    const before = markupSize(tree.children);
    const clean = sanitize(tree);
    const removed = { count: before - markupSize(clean.children) };
    clean.children = putBack(clean.children, setAside, removed) as RootContent[];
    if (removed.count > 0) {
      warn(tree.position, 'unsafe-html', `removed ${removed.count} elements, attributes or texts that the first check let through without a warning (a gap in rehype-safe-html: please report it)`);
    }
    return clean;
  };
}

/** How much of the HTML the library could remove, counted: elements, attributes and their list items, text. */
function markupSize(nodes: Content[]): number {
  let size = 0;
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'comment') size += 1;
    if (node.type !== 'element') continue;
    size += 1 + markupSize(node.children);
    for (const value of Object.values(node.properties)) {
      if (value !== null && value !== undefined && value !== false) size += Array.isArray(value) ? value.length + 1 : 1;
    }
  }
  return size;
}

function setAsideComponents(nodes: Content[], names: readonly string[], setAside: Component[]): Content[] {
  return nodes.flatMap((node): Content[] => {
    if (node.type === 'element') {
      node.children = setAsideComponents(node.children, names, setAside) as ElementContent[];
      // Not made here, so it must not stand for a component: only its tags go, as for any unknown element.
      return node.tagName === PLACEHOLDER ? node.children : [node];
    }
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !names.includes(node.name ?? '')) return [node];
    const index = setAside.push(node) - 1;
    const placeholder: Element = {
      type: 'element',
      tagName: PLACEHOLDER,
      properties: { dataPulseComponent: String(index) },
      children: setAsideComponents(node.children, names, setAside) as ElementContent[],
    };
    return [placeholder];
  });
}

/** The components back in their placeholders' places; what their check removes is added to `removed`. */
function putBack(nodes: Content[], setAside: Component[], removed: { count: number }): Content[] {
  return nodes.flatMap((node): Content[] => {
    if (node.type !== 'element') return [node];
    node.children = putBack(node.children, setAside, removed) as ElementContent[];
    if (node.tagName !== PLACEHOLDER) return [node];
    const component = setAside[Number(node.properties.dataPulseComponent)];
    const attributes = component ? vettedAttributes(component) : null;
    if (!component || !attributes) {
      removed.count += 1;
      return [];
    }
    removed.count += component.attributes.length - attributes.length;
    component.attributes = attributes;
    component.children = node.children;
    return [component];
  });
}

/**
 * The attributes rehype-safe-html kept, checked again as it checks them: named (no spreads), each a text,
 * a bare name or plain data (remark-mdx-policy's rule), no handlers, URLs through safe-url. Null when the
 * component cannot stay: without a safe `src`, a video would be a broken player.
 */
function vettedAttributes(component: Component): Component['attributes'] | null {
  const kept: Component['attributes'] = [];
  for (const attribute of component.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const written = attribute.value ?? null;
    const value = typeof written === 'object' && written ? plainValueOf(written.data?.estree ?? undefined) : written;
    const problem = value === undefined ? 'not plain data' : componentAttributeProblem(component.name ?? '', attribute.name, value);
    if (problem && attribute.name === 'src') return null;
    if (!problem) kept.push(attribute);
  }
  return kept;
}
