// How compile plugins report what they removed from a body: at the node's place in the file, under a
// rule id; compile.ts collects the reports into the body's warnings.
import type { Element } from 'hast';
import type { WarningRule } from '../../article';

/** Where a node is in the file (hast's unist position), when the parser said. */
export type Place = Element['position'];

export type Warn = (place: Place, rule: WarningRule, message: string) => void;

/** An attribute as a warning shows it: `href="javascript:alert(1)"`, escaped (tabs as \t), long values shortened. */
export function shownAttribute(name: string, value: unknown): string {
  if (value === true || value === '' || value === null || value === undefined) return name;
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return `${name}=${JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)}`;
}

const REMOVAL_RULES: ReadonlySet<WarningRule> = new Set(['unsafe-html', 'unsafe-url', 'unsafe-style', 'external-embed', 'unsupported-html']);

/** Whether a warning says the compile step removed markup (the sanitizer's), rather than advice the checker gives. */
export function isRemoval(warning: { rule: WarningRule }): boolean {
  return REMOVAL_RULES.has(warning.rule);
}
