// Hugo's param shortcode reads the page's parameters: its front matter keys, case-insensitive, dotted for
// nested maps, then those under the front matter's own `params:` map (Hugo >= 0.123).

/** The value of a page parameter as the text Hugo prints, or null when there is none that is text. */
export function pageParam(params: Readonly<Record<string, unknown>>, name: string): string | null {
  const value = lookUp(params, name) ?? lookUp(lookUp(params, 'params'), name);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(', ');
  return null;
}

function lookUp(map: unknown, path: string): unknown {
  let value: unknown = map;
  for (const key of path.split('.')) {
    const found = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).find(([candidate]) => candidate.toLowerCase() === key.toLowerCase()) : undefined;
    value = found?.[1];
  }
  return value;
}
