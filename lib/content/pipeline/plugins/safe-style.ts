// Which inline style declarations an article keeps: the look of text and boxes inside the article
// (colour, alignment, size, spacing, borders), nothing that loads a file, runs code, or takes an element
// out of the article's flow to cover the page around it (position, negative margins, hiding).
import parseStyle from 'inline-style-parser';

const PROPERTIES = [
  /^(background-)?color$/,
  /^text-(align|decoration|decoration-(line|color|style)|indent|transform)$/,
  /^font-(weight|style|size|variant)$/,
  /^(line-height|letter-spacing|white-space|word-break|overflow-wrap|vertical-align|list-style-type)$/,
  /^(min-|max-)?(width|height)$/,
  /^(margin|padding)(-(top|right|bottom|left|block|inline|block-start|block-end|inline-start|inline-end))?$/,
  /^border(-(top|right|bottom|left))?(-(width|style|color))?$/,
  /^border(-(top|bottom)-(left|right))?-radius$/,
  /^border-(collapse|spacing)$/,
  /^(float|clear|display)$/,
];
const VALUES: Record<string, RegExp> = {
  display: /^(block|inline|inline-block|flex|inline-flex|grid|table|table-cell|table-row|list-item|flow-root)$/,
  float: /^(left|right|none)$/,
  clear: /^(left|right|both|none)$/,
};
/** What in a value could load a file (url(), image-set()), run code (expression(), javascript:) or hide either. */
const DANGEROUS_VALUE = /url\s*\(|image-set\s*\(|expression|javascript:|@import|\\|\/\*|[<>]/i;
const NEGATIVE = /(^|[\s(,])-\s*[\d.]/;

export interface StyleRemoval {
  declaration: string;
  reason: string;
}

/** The style with only safe declarations, and what was removed and why. */
export function filterStyle(style: string): { kept: string; removed: StyleRemoval[] } {
  let nodes: ReturnType<typeof parseStyle>;
  try {
    nodes = parseStyle(style);
  } catch {
    // A style the parser cannot read could be read differently by a browser: none of it is kept.
    return { kept: '', removed: [{ declaration: style, reason: UNREADABLE }] };
  }
  const kept: string[] = [];
  const removed: StyleRemoval[] = [];
  for (const node of nodes) {
    if (node.type !== 'declaration' || !node.value) continue;
    const property = node.property.toLowerCase();
    const declaration = `${property}: ${node.value}`;
    const reason = declarationProblem(property, node.value);
    if (reason) removed.push({ declaration, reason });
    else kept.push(declaration);
  }
  // The parser stops at the first thing it cannot read (`color: red; {x}`) and leaves the rest out.
  const unread = style.slice(nodes.length > 0 ? offsetOf(style, nodes[nodes.length - 1].position.end) : 0).replace(/^[\s;]+/, '');
  if (unread) removed.push({ declaration: unread, reason: UNREADABLE });
  return { kept: kept.join('; '), removed };
}

const UNREADABLE = 'it could not be read as CSS declarations';

function offsetOf(text: string, { line, column }: { line: number; column: number }): number {
  const lines = text.split('\n').slice(0, line - 1);
  return lines.reduce((sum, previous) => sum + previous.length + 1, 0) + column - 1;
}

function declarationProblem(property: string, value: string): string | null {
  if (DANGEROUS_VALUE.test(value)) return 'styles in articles may not load files, run code or use CSS escapes';
  if (property === 'position') return 'positioned elements could cover the page around the article';
  if (!PROPERTIES.some((allowed) => allowed.test(property))) return 'articles may style colour, text, size, spacing and borders only';
  const allowed = VALUES[property];
  if (allowed && !allowed.test(value.toLowerCase())) return `${property} may only be ${allowed.source.replace(/[\^$()]/g, '').split('|').join(', ')}`;
  if (property.startsWith('margin') && NEGATIVE.test(value)) return 'a negative margin could pull the element over the page around the article';
  return null;
}
