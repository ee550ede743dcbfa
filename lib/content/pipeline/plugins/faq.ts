// A page's questions and answers, for FAQPage structured data: the section headed "Frequently Asked
// Questions" (or "FAQ", "FAQs", any case), whose headings one level down are the questions and whose
// text up to the next heading is each answer. Read from the compiled tree's top-level blocks.
import type { Element, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Question } from '../../article';

const FAQ_HEADING = /^\s*(frequently asked questions|faqs?)\s*:?\s*$/i;

const depthOf = (node: RootContent): number | null =>
  node.type === 'element' && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : null;

export function extractFaq(blocks: RootContent[], plainText: (nodes: Element['children']) => string): Question[] {
  const start = blocks.findIndex((node) => depthOf(node) !== null && FAQ_HEADING.test(toString(node as Element)));
  if (start === -1) return [];
  const sectionDepth = depthOf(blocks[start]) ?? 2;
  const questions: Question[] = [];
  let current: { question: string; parts: RootContent[] } | null = null;
  const finish = () => {
    const answer = current && squash(plainText(current.parts as Element['children']));
    if (current && answer) questions.push({ question: current.question, answer });
  };
  for (const node of blocks.slice(start + 1)) {
    const depth = depthOf(node);
    if (depth !== null && depth <= sectionDepth) break;
    if (depth === sectionDepth + 1) {
      finish();
      current = { question: squash(toString(node as Element)), parts: [] };
    } else if (current) {
      current.parts.push(node);
    }
  }
  finish();
  return questions;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
