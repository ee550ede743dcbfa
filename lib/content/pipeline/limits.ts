// Bounds that keep one file from stalling every build, checked on the raw text before any parsing.
// Measured on this pipeline (see the security report): compiling costs about 4 s and 300 MB per 0.5 MB
// of Markdown, and lists or quotes nested a thousand deep take a minute to parse (micromark re-reads
// every open container on every line) before they overflow the stack anyway.
import { ContentError } from './errors';

/** Ten times the longest of 30 real Hugo posts (49 KB). */
export const MAX_ARTICLE_BYTES = 512 * 1024;
/** Columns of leading indentation, `>` and list markers on one line: 128 levels of two-space lists. */
export const MAX_NESTING_PREFIX = 256;

/** YAML front matter nested ~800 deep overflows the yaml parser's stack, which can abort the process
 * (V8 fails to compile a regular expression near the stack's end): far beyond any real front matter. */
export const MAX_FRONT_MATTER_DEPTH = 32;

const NESTING_PREFIX = /^(?:[ \t]|>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;
const YAML_BLOCK_PREFIX = /^(?:[ \t]|[-?:](?=[ \t]|$))*/;

export function checkLimits(file: string, source: string): void {
  const bytes = Buffer.byteLength(source);
  if (bytes > MAX_ARTICLE_BYTES) {
    throw ContentError.at(file, 1, `is ${size(bytes)}; an article may be at most ${size(MAX_ARTICLE_BYTES)}. Split it into several articles, and keep images in files rather than in the text.`);
  }
  const lines = source.split('\n');
  for (let index = 0; index < lines.length; index++) {
    // A tab indents up to four columns.
    const prefix = (NESTING_PREFIX.exec(lines[index])?.[0] ?? '').replace(/\t/g, '    ').length;
    if (prefix > MAX_NESTING_PREFIX) {
      throw ContentError.at(file, index + 1, `is nested too deeply: ${prefix} columns of indentation, quote and list markers before the text (at most ${MAX_NESTING_PREFIX}). Flatten the lists or quotes.`);
    }
  }
}

/** Refuses YAML nested deeper than MAX_FRONT_MATTER_DEPTH, counted generously before parsing: every
 * bracket counts (even quoted ones: a quote in a plain scalar must not hide the rest), and so do the
 * indentation and the `- ` and `? ` markers that start a line. `firstLine` is the file's line of `raw`'s first. */
export function checkYamlNesting(file: string, raw: string, firstLine: number): void {
  let flow = 0;
  const lines = raw.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const block = (YAML_BLOCK_PREFIX.exec(lines[index])?.[0] ?? '').replace(/\t/g, '    ').length / 2;
    let deepest = flow;
    for (const character of lines[index]) {
      if (character === '[' || character === '{') deepest = Math.max(deepest, ++flow);
      else if ((character === ']' || character === '}') && flow > 0) flow--;
    }
    if (deepest + block > MAX_FRONT_MATTER_DEPTH) {
      throw ContentError.at(file, firstLine + index, `front matter is nested too deeply (more than ${MAX_FRONT_MATTER_DEPTH} levels of lists, maps or indentation). Write plain "key: value" lines.`);
    }
  }
}

function size(bytes: number): string {
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
