// Where a shortcode's tag stands in the Markdown around it: which parts of the source are code (shortcodes
// there stay as written), what a line's block continues with (a list item's indent, a quote's marks), and
// the shared indent of a pair's content. Plain text work for shortcodes.ts, with no Markdown parser.

/** Where code is (fenced blocks, as CommonMark closes them, and code spans on one line): shortcodes there are code. */
export function codeRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  // Any indent: a fence in a list item stands further in.
  const fence = /^[ \t]*(`{3,}|~{3,})[^\n]*$/gm;
  let open: { marker: string; start: number } | null = null;
  for (const match of body.matchAll(fence)) {
    const marker = match[1];
    if (!open) {
      if (marker[0] === '`' && match[0].slice(match[0].indexOf(marker) + marker.length).includes('`')) continue; // not a fence: inline code
      open = { marker, start: match.index };
    } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && match[0].trim() === marker) {
      ranges.push([open.start, match.index + match[0].length]);
      open = null;
    }
  }
  if (open) ranges.push([open.start, body.length]);
  const inFence = (offset: number) => ranges.some(([from, to]) => offset >= from && offset < to);
  for (const span of body.matchAll(/(?<!`)(`+)(?!`)([^\n]*?[^`\n])\1(?!`)/g)) {
    if (/\{\{[<%]/.test(span[2]) && !inFence(span.index)) ranges.push([span.index, span.index + span[0].length]);
  }
  return ranges;
}

const LINE_PREFIX = /^(?:[ \t]*(?:>[ \t]?)+|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)?[ \t]*$/;

/** Whether the text before a block's tag on its line is only its indent, a list item's marker or a quote's. */
export function onlyLinePrefix(out: string): boolean {
  return LINE_PREFIX.test(out.slice(out.lastIndexOf('\n') + 1));
}

/** What a line continuing this one's block starts with: a quote's marks, a list item's content indent, or its indent. */
export function continuation(line: string): string {
  const quote = /^[ \t]*(?:>[ \t]?)+/.exec(line);
  if (quote) return quote[0];
  const item = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(line);
  return item ? ' '.repeat(item[0].length) : /^[ \t]*/.exec(line)![0];
}

/** Text of its lines less the indent they share, without the line breaks next to the tags. */
export function dedent(text: string): string {
  const trimmed = text.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n[ \t]*$/, '');
  const indents = trimmed.split('\n').filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return trimmed.split('\n').map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length))).join('\n');
}

export function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}
