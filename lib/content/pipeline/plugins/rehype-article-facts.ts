// Reads what the rest of the site needs from a compiled body, in the same pass: the headings (for the
// table of contents), the plain text's word count (as Hugo counts it), the summary candidates and the
// running text's counts for the reading grade, into the ArticleFacts that lib/content/article.ts defines.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { countProse } from '../readability';
import { extractFaq } from './faq';
import type { ArticleFacts } from '../../article';

const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'td', 'th', 'blockquote', 'pre', 'center', 'section', 'figure', 'figcaption', 'table', 'hr', 'dt', 'dd']);
// A formula's TeX source (MathML's annotation) is not words the reader reads.
const SKIPPED = new Set(['script', 'style', 'template', 'annotation']);
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

export function rehypeArticleFacts(facts: ArticleFacts) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (/^h[2-6]$/.test(node.tagName)) {
        facts.headings.push({ depth: Number(node.tagName[1]), id: String(node.properties.id ?? ''), text: squash(toString(node)) });
      }
      if (node.tagName === 'p' && !facts.firstParagraph) facts.firstParagraph = squash(plainText(node.children));
    });
    const text = plainText(tree.children);
    const cjk = text.match(CJK)?.length ?? 0;
    facts.cjkCharacters = cjk;
    facts.words = text.replace(CJK, ' ').split(/\s+/).filter(Boolean).length;
    const more = tree.children.findIndex((node) => node.type === 'comment' && node.value.trim().replace(/_/g, '') === 'more');
    if (more !== -1) facts.textBeforeMore = squash(plainText(tree.children.slice(0, more)));
    facts.faq = extractFaq(tree.children, plainText);
    facts.prose = countProse(proseBlocks(tree.children));
  };
}

/** Blocks whose text is read as prose (the sentences of the reading grade). */
const PROSE_BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'figcaption', 'summary']);
/** Not prose: headings, code, and the list of sources (footnote numbers are left out of each block too). */
const NOT_PROSE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'script', 'style', 'template']);

/** The text of each prose block; components' content (a care card's, a callout's) counts too. */
function proseBlocks(nodes: RootContent[] | ElementContent[], blocks: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') proseBlocks(node.children as ElementContent[], blocks);
    if (node.type !== 'element' || NOT_PROSE.has(node.tagName) || node.properties.dataFootnotes !== undefined) continue;
    if (PROSE_BLOCKS.has(node.tagName)) {
      // A list item's nested lists are blocks of their own.
      const own = node.children.filter((child) => !(child.type === 'element' && /^(ul|ol|p)$/.test(child.tagName)));
      blocks.push(plainText(own.filter((child) => !(child.type === 'element' && child.tagName === 'sup'))));
    }
    proseBlocks(node.children, blocks);
  }
  return blocks;
}

function plainText(nodes: Array<RootContent | Element['children'][number]>): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element' && !SKIPPED.has(node.tagName)) {
      const block = BLOCK.has(node.tagName);
      out += (block ? ' ' : '') + plainText(node.children) + (block ? ' ' : '');
    }
  }
  return out;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
