// Attribute values a component of the map cannot do without, checked at compile time in both formats:
// in .mdx by remark-mdx-policy (on the JSX), in .md by the shortcode expansion. A bad value fails the
// build with the file and line, rather than rendering a card that says the wrong thing.
import { CARE_CARD_LABELS, isCareCardType } from '../embeds';

const CARE_CARD_TYPES = Object.keys(CARE_CARD_LABELS).map((type) => `"${type}"`).join(', ');

/** What is wrong with a component's attributes (plain values; undefined when not given or not plain), or null. */
export function componentAttributesProblem(component: string, attributes: Record<string, unknown>): string | null {
  if (component !== 'CareCard') return null;
  const { type, heading } = attributes;
  if (!isCareCardType(type)) {
    return `${type === undefined ? 'a care card needs a type' : `"${String(type)}" is not a type of care card`}: use ${CARE_CARD_TYPES} (type="urgent").`;
  }
  if (typeof heading !== 'string' || !heading.trim()) return 'a care card needs a heading, like heading="Ask for an urgent GP appointment if:".';
  return null;
}
