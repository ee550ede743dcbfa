// The schema rehype-sanitize enforces, built from safe-html-schema.ts so that the allow-list is written
// once. It starts from the library's defaultSchema (GitHub's rules) as its readme shows, and replaces what
// the allow-list decides: which elements (tagNames) and attributes by hast property name (attributes, with
// value patterns), which URL schemes per property (protocols), what goes with its content (strip), where
// table parts may be (ancestors). Ids stay as written (clobberPrefix ''): heading and footnote links
// (#user-content-fn-1, as remark-gfm writes them) must still find their targets.
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { ANCESTORS, ELEMENTS, GLOBAL_ATTRIBUTES, REMOVED, REQUIRED, urlUse, valueProblem, type AllowedValue } from './safe-html-schema';
import { filterStyle } from './safe-style';
import { schemesFor } from './safe-url';

type AttributeDefinition = NonNullable<Schema['attributes']>[string][number];

const WHOLE = /^[\s\S]*$/;

/**
 * A value pattern that asks one of our checks instead of matching text: for the rules a regular expression
 * cannot say (a style's every declaration, a data: URL's image type, reserved ids). hast-util-sanitize
 * accepts a RegExp and calls its `test`, which, like every RegExp method, goes through `exec`.
 */
class ValueCheck extends RegExp {
  readonly #accepts: (value: string) => boolean;

  constructor(accepts: (value: string) => boolean) {
    // Matches nothing by itself: were a RegExp method ever to skip `exec`, every value would be removed.
    super('(?!)');
    this.#accepts = accepts;
  }

  override exec(value: string): RegExpExecArray | null {
    return this.#accepts(value) ? WHOLE.exec(value) : null;
  }
}

/** The hast-util-sanitize schema of our allow-list; `reservedIds` are the ids the page around uses. */
export function sanitizeSchema(reservedIds: readonly string[]): Schema {
  const attributes: Record<string, AttributeDefinition[]> = { '*': definitions('*', GLOBAL_ATTRIBUTES, reservedIds) };
  const protocols: Record<string, string[]> = {};
  for (const [tag, allowed] of Object.entries(ELEMENTS)) {
    attributes[tag] = definitions(tag, allowed, reservedIds);
    for (const property of Object.keys(allowed)) {
      const use = urlUse(tag, property);
      if (use) protocols[property] = [...new Set([...(protocols[property] ?? []), ...schemesFor(use)])];
    }
  }
  return {
    ...defaultSchema,
    tagNames: Object.keys(ELEMENTS),
    attributes,
    protocols,
    ancestors: { ...defaultSchema.ancestors, ...mutable(ANCESTORS) },
    required: { ...defaultSchema.required, ...REQUIRED },
    // Elements not in tagNames lose only their tags (<font>, <form>), except these, removed whole.
    strip: Object.keys(REMOVED).filter((tag) => !REMOVED[tag].keepContent),
    clobber: [],
    clobberPrefix: '',
    // <!--more--> marks the summary's end; the library cuts any comment at `-->`.
    allowComments: true,
    allowDoctypes: false,
  };
}

function definitions(tag: string, allowed: Readonly<Record<string, AllowedValue>>, reservedIds: readonly string[]): AttributeDefinition[] {
  return Object.entries(allowed).map(([property, value]): AttributeDefinition => {
    if (property === 'style') return [property, new ValueCheck((style) => filterStyle(style).removed.length === 0)];
    // URL schemes are checked twice: by the library's protocols (literally), and here as the browser reads them.
    if (property === 'id' || (tag !== '*' && urlUse(tag, property))) {
      const pattern = value === true ? null : value;
      return [property, new ValueCheck((text) => (!pattern || pattern.test(text)) && valueProblem(tag, property, text, reservedIds) === null)];
    }
    return value === true ? property : [property, value];
  });
}

function mutable(map: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(map).map(([key, list]) => [key, [...list]]));
}
