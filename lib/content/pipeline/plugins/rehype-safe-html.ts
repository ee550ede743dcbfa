// Finds what is unsafe in an article's HTML, removes it and says why: whatever a body holds (raw HTML in
// .md, plain JSX elements in .mdx, both hast elements by now), only the elements and attributes of
// safe-html-schema.ts are kept, URLs only with safe schemes, styles only with safe declarations; of JSX
// components, only those of our map. Every removal is reported (warn) with its place and reason.
// rehype-sanitize-article runs after it with the same rules as rehype-sanitize's schema and should find
// nothing left to remove; kept URLs are written so that its literal reading agrees (canonicalUrl). Ids are
// kept as written (no prefix): headings' and footnotes' links need them; only ids the page uses are removed.
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { find, html } from 'property-information';
import { plainValueOf } from './plain-data';
import { ANCESTORS, componentAttributeProblem, ELEMENTS, GLOBAL_ATTRIBUTES, HANDLER_REASON, REMOVED, REQUIRED, urlUse, valueProblem, type AllowedValue } from './safe-html-schema';
import { filterStyle } from './safe-style';
import { canonicalUrl } from './safe-url';
import { shownAttribute, type Place, type Warn } from './warn';

export interface SafeHtmlOptions {
  /** The component names of our map: the only JSX elements kept. */
  components: readonly string[];
  /** Ids the page around the article uses. */
  reservedIds: readonly string[];
  warn: Warn;
}

type Content = RootContent | ElementContent;

/** The options, and the tag names of the elements around the node being cleaned (kept or not). */
interface State extends SafeHtmlOptions {
  ancestors: string[];
}

export function rehypeSafeHtml(options: SafeHtmlOptions) {
  return (tree: Root) => {
    tree.children = cleanChildren(tree.children, tree.position, { ...options, ancestors: [] }) as RootContent[];
  };
}

function cleanChildren(nodes: Content[], place: Place, options: State): Content[] {
  return nodes.flatMap((node) => cleanNode(node, node.position ?? place, options));
}

/** The children cleaned inside `name`, as rehype-sanitize sees them: inside every element, kept or not. */
function cleanChildrenOf(name: string, nodes: Content[], place: Place, options: State): Content[] {
  options.ancestors.push(name);
  try {
    return cleanChildren(nodes, place, options);
  } finally {
    options.ancestors.pop();
  }
}

function cleanNode(node: Content, place: Place, options: State): Content[] {
  switch (node.type) {
    case 'text':
    case 'comment':
      return [node];
    case 'element':
      return cleanElement(node, place, options);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return cleanComponent(node, place, options);
    // remark-mdx-policy lets only empty expressions ({/* comments */}) through; they compile to nothing.
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [node];
    default:
      return [];
  }
}

function cleanElement(node: Element, place: Place, options: State): Content[] {
  const tag = node.tagName;
  const removal = Object.hasOwn(REMOVED, tag) && !(tag === 'input' && isTaskListCheckbox(node)) ? REMOVED[tag] : null;
  if (removal) {
    options.warn(place, removal.rule, `removed <${tag}>${removal.keepContent ? ' around its content' : ''} (${removal.reason})`);
    return removal.keepContent ? cleanChildrenOf(tag, node.children, place, options) : [];
  }
  if (!Object.hasOwn(ELEMENTS, tag)) {
    options.warn(place, 'unsupported-html', `removed <${tag}> around its content (the site has no style or behaviour for it)`);
    return cleanChildrenOf(tag, node.children, place, options);
  }
  // Only in .mdx: HTML parsing already drops a <td> outside a table.
  const within = Object.hasOwn(ANCESTORS, tag) ? ANCESTORS[tag] : null;
  if (within && !within.some((ancestor) => options.ancestors.includes(ancestor))) {
    options.warn(place, 'unsupported-html', `removed <${tag}> around its content (it belongs inside <${within.join('> or <')}>)`);
    return cleanChildrenOf(tag, node.children, place, options);
  }
  node.properties = { ...cleanProperties(tag, node.properties, place, options), ...(Object.hasOwn(REQUIRED, tag) ? REQUIRED[tag] : {}) };
  if (tag === 'a' && node.properties.target) node.properties.rel = ['noopener', 'noreferrer'];
  node.children = cleanChildrenOf(tag, node.children, place, options) as ElementContent[];
  return [node];
}

function isTaskListCheckbox(node: Element): boolean {
  return node.properties.type === 'checkbox';
}

function cleanProperties(tag: string, properties: Properties, place: Place, { warn, reservedIds }: State): Properties {
  const kept: Properties = {};
  const unsupported: string[] = [];
  for (const [property, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    const attribute = find(html, property).attribute;
    if (/^on/i.test(property)) {
      warn(place, 'unsafe-html', `removed the ${attribute} attribute of <${tag}> (${HANDLER_REASON})`);
      continue;
    }
    if (property === 'style' && typeof value === 'string') {
      const { kept: style, removed } = filterStyle(value);
      for (const { declaration, reason } of removed) warn(place, 'unsafe-style', `removed "${declaration}" from the style of <${tag}> (${reason})`);
      if (style) kept.style = style;
      continue;
    }
    const allowed = allowedValue(tag, property);
    const accepted = allowed ? valuesMatching(value, allowed) : null;
    const dropped = accepted === null ? value : Array.isArray(value) && Array.isArray(accepted) && accepted.length < value.length ? value.filter((item) => !accepted.includes(item)) : null;
    if (dropped !== null && property === 'className') {
      warn(place, 'unsupported-html', `removed ${shownAttribute(attribute, dropped)} from <${tag}> (class names from articles could take on the site's own styles)`);
    } else if (dropped !== null) {
      unsupported.push(shownAttribute(attribute, dropped));
    }
    if (accepted === null) continue;
    const reason = valueProblem(tag, property, accepted, reservedIds);
    if (reason) {
      warn(place, property === 'id' ? 'unsafe-html' : 'unsafe-url', `removed ${shownAttribute(attribute, accepted)} from <${tag}> (${reason})`);
      continue;
    }
    kept[property] = urlUse(tag, property) ? canonicalUrls(accepted) : accepted;
  }
  if (unsupported.length > 0) warn(place, 'unsupported-html', `removed ${unsupported.join(', ')} from <${tag}> (the site does not use ${unsupported.length === 1 ? 'it' : 'them'})`);
  return kept;
}

function allowedValue(tag: string, property: string): AllowedValue | null {
  const own = ELEMENTS[tag];
  if (Object.hasOwn(own, property)) return own[property];
  return Object.hasOwn(GLOBAL_ATTRIBUTES, property) ? GLOBAL_ATTRIBUTES[property] : null;
}

/** The value, or of a list the items, that the allow-list accepts; null when nothing is left. */
function valuesMatching(value: NonNullable<Properties[string]>, allowed: AllowedValue): Properties[string] | null {
  if (allowed === true) return value;
  if (!Array.isArray(value)) return allowed.test(String(value)) ? value : null;
  const items = value.filter((item) => allowed.test(String(item)));
  return items.length > 0 ? items : null;
}

/** A URL, or each URL of a srcset's list (`a.png 1x`), written as canonicalUrl says. */
function canonicalUrls(value: Properties[string]): Properties[string] {
  if (Array.isArray(value)) return value.map((item) => String(item).replace(/^\S+/, (url) => canonicalUrl(url)));
  return typeof value === 'string' ? canonicalUrl(value) : value;
}

/** A JSX component: kept when it is one of ours, with its URL attributes checked like HTML's. */
function cleanComponent(node: MdxJsxFlowElementHast | MdxJsxTextElementHast, place: Place, options: State): Content[] {
  const name = node.name ?? '';
  if (!options.components.includes(name)) {
    options.warn(place, 'unsafe-html', `removed <${name || '>'}> (only the site's own components may be used in articles)`);
    return [];
  }
  const kept: typeof node.attributes = [];
  for (const attribute of node.attributes) {
    // remark-mdx-policy refuses spreads ({...props}) before this step; only named attributes are left.
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const value = typeof attribute.value === 'object' && attribute.value ? plainValueOf(attribute.value.data?.estree ?? undefined) : attribute.value;
    const reason = componentAttributeProblem(name, attribute.name, value);
    if (!reason) {
      kept.push(attribute);
      continue;
    }
    const shown = shownAttribute(attribute.name, value);
    // Without its source, a video or image component would only show a broken player.
    if (attribute.name === 'src') {
      options.warn(place, 'unsafe-url', `removed <${name} ${shown}> (${reason})`);
      return [];
    }
    options.warn(attribute.position ?? place, reason === HANDLER_REASON ? 'unsafe-html' : 'unsafe-url', `removed ${shown} from <${name}> (${reason})`);
  }
  node.attributes = kept;
  node.children = cleanChildrenOf(name, node.children, place, options) as typeof node.children;
  return [node];
}
