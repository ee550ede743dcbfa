// Reading maps in front matter (`cover`, `reviewedBy`, `series: [{ name, index }]`…) as Hugo does: keys in
// any case. No dependencies, so refs.ts (in every compile) can read a series' name without the schema.

/** A map's fields by lower-cased key; null when the value is not a map. */
export function fieldsOf(value: unknown): Map<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return null;
  return new Map(Object.entries(value).map(([key, field]) => [key.toLowerCase(), field]));
}

/** A field written as text or a number, trimmed; '' otherwise. */
export function textField(fields: Map<string, unknown>, key: string): string {
  const field = fields.get(key);
  return typeof field === 'string' || typeof field === 'number' ? String(field).trim() : '';
}

/** The name in a map entry of `series:` or `author:`: `name`, else `title`. */
export function nameOf(fields: Map<string, unknown>): string {
  return textField(fields, 'name') || textField(fields, 'title');
}
