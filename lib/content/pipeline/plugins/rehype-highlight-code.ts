// Highlights every code block (`<pre><code>`, from a fence, the highlight shortcode or raw HTML) with
// Shiki at build time: colours as classes (code-theme.ts), line numbers and marked lines as the fence asks
// (fence-options.ts). Runs after the sanitizer, as it writes markup of its own. A body without code never
// creates the highlighter.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { fenceOptions } from '../fence-options';
import { codeHighlighter, highlightBlock } from '../highlighter';
import { placeKey, type FenceMetas } from './remark-fence-meta';

interface Block {
  pre: Element;
  code: Element;
  language: string;
}

/** `metas`: each fence's options by its place (remark-fence-meta.ts). */
export function rehypeHighlightCode(metas: FenceMetas) {
  return async (tree: Root) => {
    const blocks: Block[] = [];
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'pre') return;
      const elements = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
      const code = elements[0];
      if (elements.length === 1 && code.type === 'element' && code.tagName === 'code') blocks.push({ pre: node, code, language: languageOf(code) });
      return SKIP;
    });
    if (blocks.length === 0) return;
    const highlighter = await codeHighlighter(blocks.map((block) => block.language));
    for (const { pre, code, language } of blocks) {
      const meta = metas.get(placeKey(pre.position)) ?? metas.get(placeKey(code.position));
      const highlighted = highlightBlock(highlighter, toString(code), { language, ...fenceOptions(meta) });
      pre.properties = highlighted.properties;
      pre.children = highlighted.children;
    }
  };
}

function languageOf(code: Element): string {
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  const language = classes.map(String).find((name) => name.startsWith('language-'));
  return language ? language.slice('language-'.length).toLowerCase() : '';
}
