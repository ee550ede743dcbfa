// What "renders as its author meant" means for one migrated post, checked on the served page: it answers
// 200 with its title, shows no shortcode syntax, every image it shows comes from our own site and loads,
// it keeps at least 90 % of the source's words, and every Markdown heading of the source is a heading.
import type { Page } from '@playwright/test';

export const KEPT_WORDS_TARGET = 0.9;

export interface PostOnPage {
  url: string;
  title: string;
  /** The file as written, front matter and all. */
  source: string;
}

export interface PostResult {
  url: string;
  failures: string[];
  keptWords: number;
}

export async function checkPost(page: Page, origin: string, post: PostOnPage): Promise<PostResult> {
  const failures: string[] = [];
  const response = await page.goto(origin + post.url);
  if (response?.status() !== 200) return { url: post.url, failures: [`status ${response?.status()}`], keptWords: 0 };
  const title = (await page.locator('h1').first().innerText()).trim();
  if (title !== post.title.trim()) failures.push(`title "${title}", not "${post.title}"`);

  const seen = await page.locator('main').evaluate((main) => {
    // Inline, not a named helper: tsx would wrap a named function in a helper the page does not have.
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue ?? '');
    const withoutCode = main.cloneNode(true) as HTMLElement;
    for (const code of withoutCode.querySelectorAll('pre, code')) code.remove();
    return {
      // Every text node on its own: textContent runs a table's cells and a list's items together.
      text: `${texts.join(' ')} ${[...main.querySelectorAll('img')].map((img) => img.alt).join(' ')}`,
      prose: withoutCode.textContent ?? '',
      images: [...main.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? ''),
      headings: [...main.querySelectorAll('h1, h2, h3, h4, h5, h6, summary')].map((heading) => heading.textContent ?? ''),
    };
  });
  const body = bodyOf(post.source);

  const shown = (seen.prose.match(/\{\{[<%]/g) ?? []).length;
  const escaped = (outsideCode(body).match(/\{\{[<%]\/\*/g) ?? []).length;
  if (shown > escaped) failures.push(`${shown} shortcode tags shown as text (the source escapes ${escaped})`);

  for (const src of seen.images) {
    const url = new URL(src, origin + post.url);
    if (url.origin !== origin) failures.push(`image from another site: ${src}`);
    else {
      const status = await fetch(url).then((answer) => answer.status, () => 0);
      if (status !== 200) failures.push(`image ${src} answers ${status}`);
    }
  }

  const sourceWords = wordsOf(sourceText(body));
  const pageWords = wordsOf(seen.text);
  const keptWords = kept(sourceWords, pageWords);
  if (keptWords < KEPT_WORDS_TARGET) failures.push(`keeps ${(keptWords * 100).toFixed(1)} % of the source's words; missing, most often first: ${missingWords(sourceWords, pageWords).slice(0, 12).join(' ')}`);

  const onPage = seen.headings.map(comparable);
  for (const heading of markdownHeadings(body)) {
    const wanted = comparable(heading);
    if (wanted && !onPage.some((text) => text.includes(wanted))) failures.push(`heading "${heading}" is not a heading on the page`);
  }
  return { url: post.url, failures, keptWords };
}

export function bodyOf(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/^(---|\+\+\+)\n[\s\S]*?\n\1[ \t]*(\n|$)/, '').replace(/^\{\n[\s\S]*?\n\}[ \t]*\n/, '');
}

// A fence inside a list item may be indented further; an unclosed one runs to the end of the body.
const FENCE = /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]*\1[ \t]*(?=\n|$)|(?![\s\S]))/gm;

function outsideCode(body: string): string {
  return body.replace(FENCE, '').replace(/`[^`\n]*`/g, '');
}

/** The words an author wrote, without the syntax around them: front matter, shortcode tags, HTML tags and
 * comments, link targets, fence info strings, heading ids. */
export function sourceText(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/\{\{[<%]\/\*[\s\S]*?\*\/[>%]\}\}/g, ' ')
    .replace(/\{\{[<%][\s\S]*?[>%]\}\}/g, ' ')
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*$/gm, ' ')
    .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, ' ')
    .replace(/\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '] ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\{[#:][^}\n]*\}/g, ' ')
    .replace(/&[A-Za-z]+;|&#x?[0-9A-Fa-f]+;/g, ' ');
}

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
// Chinese and Japanese run words together: each character counts as one.
const WORD = new RegExp(String.raw`[${CJK}]|[[\p{L}\p{N}]--[${CJK}]]+`, 'gv');

export function wordsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.normalize('NFKC').toLowerCase().matchAll(WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** The share of the source's words (counted with repeats) that the page shows. */
export function kept(source: Map<string, number>, page: Map<string, number>): number {
  let total = 0;
  let found = 0;
  for (const [word, count] of source) {
    total += count;
    found += Math.min(count, page.get(word) ?? 0);
  }
  return total === 0 ? 1 : found / total;
}

function missingWords(source: Map<string, number>, page: Map<string, number>): string[] {
  return [...source].map(([word, count]) => [word, count - Math.min(count, page.get(word) ?? 0)] as const).filter(([, lost]) => lost > 0).sort((a, b) => b[1] - a[1]).map(([word, lost]) => `${word}×${lost}`);
}

/** ATX headings outside code fences and HTML blocks. */
export function markdownHeadings(body: string): string[] {
  const headings: string[] = [];
  let inHtml = false;
  for (const line of body.replace(FENCE, '').replace(/<!--[\s\S]*?-->/g, '').split('\n')) {
    if (inHtml) {
      if (line.trim() === '') inHtml = false;
      continue;
    }
    if (/^ {0,3}<\/?(div|details|table|section|center|p|figure|aside|blockquote)\b/i.test(line)) {
      inHtml = true;
      continue;
    }
    const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)?.[1];
    if (heading) headings.push(heading);
  }
  return headings;
}

function comparable(text: string): string {
  return sourceText(text)
    .replace(/!?\[([^\]]*)\]/g, '$1')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
