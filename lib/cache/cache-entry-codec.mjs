// @ts-check
// Next's cache entries as Redis strings and back: JSON, with the Buffers (RSC payloads, route bodies)
// and Maps (segment data) that JSON cannot hold written as tagged objects.

/** @param {unknown} value @returns {unknown} */
function encode(value) {
  if (Buffer.isBuffer(value)) return { $buffer: value.toString('base64') };
  if (value instanceof Map) return { $map: [...value].map(([key, item]) => [key, encode(item)]) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]));
  return value;
}

/** @param {unknown} value @returns {unknown} */
function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const record = /** @type {Record<string, unknown>} */ (value);
    if (typeof record.$buffer === 'string') return Buffer.from(record.$buffer, 'base64');
    if (Array.isArray(record.$map)) return new Map(record.$map.map(([key, item]) => [key, decode(item)]));
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, decode(item)]));
  }
  return value;
}

/** @param {unknown} entry */
export const serializeEntry = (entry) => JSON.stringify(encode(entry));

/** @param {string} text */
export const deserializeEntry = (text) => decode(JSON.parse(text));

/**
 * The tags an entry was rendered with: a page's or route's `x-next-cache-tags` header (its path tags
 * among them, which revalidatePath expires), a fetch's own tags.
 * @param {unknown} value
 * @returns {string[]}
 */
export function entryTags(value) {
  if (!value || typeof value !== 'object') return [];
  const record = /** @type {{ headers?: Record<string, unknown>; tags?: unknown }} */ (value);
  const header = record.headers?.['x-next-cache-tags'];
  const fromHeader = typeof header === 'string' ? header.split(',').filter(Boolean) : [];
  const own = Array.isArray(record.tags) ? record.tags.filter((tag) => typeof tag === 'string') : [];
  return [...fromHeader, ...own];
}
