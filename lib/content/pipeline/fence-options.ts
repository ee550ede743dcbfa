// What a code fence's info string asks of its block, after the language: Hugo's attributes
// (```go {linenos=table,hl_lines=[2,"4-5"],linenostart=10}, as the highlight shortcode writes them too,
// commas or spaces between) or the common `{2,4-5}` (lines to mark, read by @shikijs/transformers).
import { parseMetaHighlightString } from '@shikijs/transformers';

export interface FenceOptions {
  lineNumbers: boolean;
  firstLine: number;
  highlighted: Set<number>;
}

const ATTRIBUTE = /([\w-]+)\s*=\s*(\[[^\]]*\]|"[^"]*"|'[^']*'|[^\s,}]+)/g;

export function fenceOptions(meta: string | undefined): FenceOptions {
  const options: FenceOptions = { lineNumbers: false, firstLine: 1, highlighted: new Set() };
  const inner = /\{([^}]*)\}/.exec(meta ?? '')?.[1]?.trim();
  if (!inner) return options;
  if (/^[\d\s,-]+$/.test(inner)) {
    options.highlighted = new Set(parseMetaHighlightString(`{${inner.replace(/\s+/g, '')}}`) ?? []);
    return options;
  }
  for (const [, key, written] of inner.matchAll(ATTRIBUTE)) {
    const value = written.replace(/^["']|["']$/g, '');
    switch (key.toLowerCase()) {
      case 'linenos':
        options.lineNumbers = value !== 'false';
        break;
      case 'linenostart':
        if (/^\d+$/.test(value)) options.firstLine = Number(value);
        break;
      case 'hl_lines':
        options.highlighted = lineSet(value);
        break;
    }
  }
  return options;
}

/** `[2,"4-5"]`, `"2 4-5"` or `2-3` as the set of lines. */
function lineSet(written: string): Set<number> {
  const lines = new Set<number>();
  for (const item of written.replace(/[[\]"']/g, ' ').split(/[\s,]+/).filter(Boolean)) {
    const [from, to = from] = item.split('-').map(Number);
    if (!Number.isInteger(from) || !Number.isInteger(to) || to - from > 10_000) continue;
    for (let line = from; line <= to; line++) lines.add(line);
  }
  return lines;
}
