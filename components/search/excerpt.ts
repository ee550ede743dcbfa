// Pagefind's excerpt as text and highlighted matches, so the page renders it as React text (no HTML).
// Pagefind escapes `<` and `>` of the article's text and wraps each match in <mark>…</mark>; those are
// the only tags in it.

export interface ExcerptPart {
  text: string;
  match: boolean;
}

export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(piece);
      return { text: unescape(marked ? marked[1] : piece), match: marked !== null };
    });
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
