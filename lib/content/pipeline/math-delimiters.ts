// LaTeX's own delimiters in Markdown, for bodies with math on: `\(…\)` becomes `$…$` and `\[…\]` becomes
// `$$…$$` before parsing, as Hugo's passthrough extension reads them, so remark-math takes the TeX as
// written (Markdown would read `\(` as an escaped parenthesis and `_` as emphasis). Only pairs within one
// paragraph, never in code (fences, code spans); the doubled `\\(…\\)` of sites without passthrough is
// left to Markdown, whose output holds `\(…\)`, which plugins/rehype-math-text.ts finds. Two display
// formulas written end to end (`$$a$$$$b$$`, which auto-render reads as two) get a space between. A display
// formula whose closing `$$` ends the line of its last token (`\end{array} $$`), which KaTeX's and MathJax's
// auto-render close there, is closed there too: remark-math closes only on a line of its own, and would
// run to the end of the file. Lines stay (a blank line after the formula, when there is one, takes the `$$`).
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)[\s\S]*?[^`]\1(?!`)|(`+)\2(?!`)/g;

export function texDelimitersToDollars(source: string): string {
  return closeDisplayMathOnItsLastLine(bracketsToDollars(source));
}

function bracketsToDollars(source: string): string {
  if (!source.includes('\\(') && !source.includes('\\[') && !source.includes('$$$$')) return source;
  const lines = source.split('\n');
  let fence: string | null = null;
  let text: string[] = [];
  const out: string[] = [];
  const flush = () => {
    if (text.length > 0) out.push(outsideCodeSpans(text.join('\n')));
    text = [];
  };
  for (const line of lines) {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      out.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
    } else if (marker) {
      flush();
      out.push(line);
      fence = marker;
    } else {
      text.push(line);
    }
  }
  flush();
  return out.join('\n');
}

function outsideCodeSpans(text: string): string {
  let out = '';
  let last = 0;
  for (const span of text.matchAll(CODE_SPAN)) {
    out += convert(text.slice(last, span.index)) + span[0];
    last = span.index + span[0].length;
  }
  return out + convert(text.slice(last));
}

interface Delimiter {
  start: number;
  end: number;
}

function convert(written: string): string {
  const text = written.replaceAll('$$$$', '$$$$ $$$$');
  let out = '';
  let from = 0;
  for (;;) {
    const open = nextDelimiter(text, from, '([');
    if (!open) return out + text.slice(from);
    const display = text[open.end - 1] === '[';
    const close = nextDelimiter(text, open.end, display ? ']' : ')');
    if (!close || /\n[ \t]*\n/.test(text.slice(open.end, close.start))) {
      out += text.slice(from, open.end);
      from = open.end;
      continue;
    }
    const dollars = display ? '$$' : '$';
    out += text.slice(from, open.start) + dollars + text.slice(open.end, close.start) + dollars;
    from = close.end;
  }
}

/** The next `\` + one of `characters` that Markdown would read as an escape (an odd run of backslashes). */
function nextDelimiter(text: string, from: number, characters: string): Delimiter | null {
  for (let index = text.indexOf('\\', from); index !== -1; index = text.indexOf('\\', index)) {
    let run = 0;
    while (text[index + run] === '\\') run++;
    const next = text[index + run];
    if (run % 2 === 1 && next !== undefined && characters.includes(next)) return { start: index + run - 1, end: index + run + 1 };
    index += run;
  }
  return null;
}

const DISPLAY_OPENER = /^ {0,3}\$\$/;
/** A TeX comment (from a `%` that is not `\%` to the end of the line): a line that takes more TeX after
 * it loses its comment, which no reader sees anyway. */
const TEX_COMMENT = /(^|[^\\])%.*$/;

/** Each display block (`$$` starting a line, outside code) that closes at the end of a line of TeX gets its
 * `$$` on a line of its own: on the blank line after it, else after the TeX of the line before it, else the
 * whole formula goes on its first line as `$$…$$`. */
function closeDisplayMathOnItsLastLine(source: string): string {
  if (!source.includes('$$')) return source;
  const lines = source.split('\n');
  let fence: string | null = null;
  let open = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (open === -1) {
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      } else if (marker) {
        fence = marker;
      } else if (DISPLAY_OPENER.test(line) && !trimmed.slice(2).includes('$$')) {
        open = i;
      }
      continue;
    }
    if (trimmed === '$$') {
      open = -1;
      continue;
    }
    if (!trimmed.endsWith('$$') || trimmed.endsWith('\\$$')) continue;
    const tex = line.replace(/\s*\$\$\s*$/, '');
    if (i + 1 === lines.length || lines[i + 1].trim() === '') {
      lines[i] = tex;
      lines[i + 1] = '$$';
    } else if (i - 1 > open) {
      lines[i - 1] = `${lines[i - 1].replace(TEX_COMMENT, '$1').trimEnd()} ${tex.trim()}`;
      lines[i] = '$$';
    } else {
      lines[open] = lines.slice(open, i + 1).map((each) => each.replace(TEX_COMMENT, '$1').trim()).join(' ');
      for (let k = open + 1; k <= i; k++) lines[k] = '';
    }
    open = -1;
  }
  return lines.join('\n');
}
