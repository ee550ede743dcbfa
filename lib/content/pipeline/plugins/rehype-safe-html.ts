// Makes an article's HTML inert: whatever a body holds (raw HTML in .md, plain JSX elements in .mdx,
// both hast elements by now), only the elements and attributes of safe-html-schema.ts are kept, URLs
// only with safe schemes, styles only with safe declarations; of JSX components, only those of our map.
// Every removal is reported (warn) with its place and reason. Ids are kept as written (no prefix):
// headings' and footnotes' links need them, and only ids the page itself uses are removed.
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { find, html } from 'property-information';
import { plainValueOf } from './plain-data';
import { ELEMENTS, GLOBAL_ATTRIBUTES, REMOVED, urlUse, type AllowedValue } from './safe-html-schema';
import { filterStyle } from './safe-style';
import { srcsetUrls, unsafeUrlReason } from './safe-url';
import { shownAttribute, type Place, type Warn } from './warn';

export interface SafeHtmlOptions {
  /** The component names of our map: the only JSX elements kept. */
  components: readonly string[];
  /** Ids the page around the article uses. */
  reservedIds: readonly string[];
  warn: Warn;
}

type Content = RootContent | ElementContent;

const HANDLER = 'scripts from articles never run';

export function rehypeSafeHtml(options: SafeHtmlOptions) {
  return (tree: Root) => {
    tree.children = cleanChildren(tree.children, tree.position, options) as RootContent[];
  };
}

function cleanChildren(nodes: Content[], place: Place, options: SafeHtmlOptions): Content[] {
  return nodes.flatMap((node) => cleanNode(node, node.position ?? place, options));
}

function cleanNode(node: Content, place: Place, options: SafeHtmlOptions): Content[] {
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

function cleanElement(node: Element, place: Place, options: SafeHtmlOptions): Content[] {
  const tag = node.tagName;
  const removal = Object.hasOwn(REMOVED, tag) && !(tag === 'input' && isTaskListCheckbox(node)) ? REMOVED[tag] : null;
  if (removal) {
    options.warn(place, removal.rule, `removed <${tag}>${removal.keepContent ? ' around its content' : ''} (${removal.reason})`);
    return removal.keepContent ? cleanChildren(node.children, place, options) : [];
  }
  if (!Object.hasOwn(ELEMENTS, tag)) {
    options.warn(place, 'unsupported-html', `removed <${tag}> around its content (the site has no style or behaviour for it)`);
    return cleanChildren(node.children, place, options);
  }
  node.properties = cleanProperties(tag, node.properties, place, options);
  if (tag === 'input') node.properties.disabled = true;
  if (tag === 'a' && node.properties.target) node.properties.rel = ['noopener', 'noreferrer'];
  node.children = cleanChildren(node.children, place, options) as ElementContent[];
  return [node];
}

function isTaskListCheckbox(node: Element): boolean {
  return node.properties.type === 'checkbox';
}

function cleanProperties(tag: string, properties: Properties, place: Place, { warn, reservedIds }: SafeHtmlOptions): Properties {
  const kept: Properties = {};
  const unsupported: string[] = [];
  for (const [property, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    const attribute = find(html, property).attribute;
    if (/^on/i.test(property)) {
      warn(place, 'unsafe-html', `removed the ${attribute} attribute of <${tag}> (${HANDLER})`);
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
    const reason = unsafeUrlIn(tag, property, accepted) ?? (property === 'id' ? unusableIdReason(String(accepted), reservedIds) : null);
    if (reason) {
      warn(place, property === 'id' ? 'unsafe-html' : 'unsafe-url', `removed ${shownAttribute(attribute, accepted)} from <${tag}> (${reason})`);
      continue;
    }
    kept[property] = accepted;
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

function unsafeUrlIn(tag: string, property: string, value: Properties[string]): string | null {
  const use = urlUse(tag, property);
  if (!use) return null;
  const urls = property === 'srcSet' ? srcsetUrls(Array.isArray(value) ? value.map(String) : String(value)) : [String(value)];
  for (const url of urls) {
    const reason = unsafeUrlReason(url, use);
    if (reason) return reason;
  }
  return null;
}

function unusableIdReason(id: string, reservedIds: readonly string[]): string | null {
  if (reservedIds.includes(id)) return 'the page around the article uses this id';
  // Ids become names on `window`; the page's own scripts keep theirs under names that start like this.
  if (/^[_$]/.test(id)) return 'ids may not start with _ or $';
  return null;
}

/** A JSX component: kept when it is one of ours, with its URL attributes checked like HTML's. */
function cleanComponent(node: MdxJsxFlowElementHast | MdxJsxTextElementHast, place: Place, options: SafeHtmlOptions): Content[] {
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
    options.warn(attribute.position ?? place, reason === HANDLER ? 'unsafe-html' : 'unsafe-url', `removed ${shown} from <${name}> (${reason})`);
  }
  node.attributes = kept;
  node.children = cleanChildren(node.children, place, options) as typeof node.children;
  return [node];
}

function componentAttributeProblem(component: string, name: string, value: unknown): string | null {
  if (/^on/i.test(name)) return HANDLER;
  const use = urlUse(component, name);
  if (!use) return null;
  return typeof value === 'string' ? unsafeUrlReason(value, use) : 'a URL must be written as text';
}
