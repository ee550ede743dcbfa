// What an .mdx body may contain beyond Markdown: the components of our map, plain HTML elements, and
// attribute values that are plain data (style={{ width: '100%' }}). Imports, exports, other components
// and JavaScript expressions fail the build with their line: an article must not run code at build
// time ({process.env.SECRET} would print a secret into the page) or pull code into the bundle. Plain
// HTML elements then go through the same sanitizer as a .md file's HTML (rehype-safe-html), with warnings.
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-expression';
import type {} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-mdxjs-esm';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { componentAttributesProblem } from '../component-rules';
import { isPlainData, plainValueOf } from './plain-data';

export function remarkMdxPolicy(options: { components: readonly string[] }) {
  return (tree: Root, file: VFile) => {
    const refuse = (message: string, node: { position?: Root['position'] }) => file.fail(message, { place: node.position });
    visit(tree, (node) => {
      if (node.type === 'mdxjsEsm') {
        refuse('import and export statements are not allowed in articles. Remove this line: components come from the site, not from the article.', node);
      }
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        // {/* comments */} are fine: they compile to nothing.
        if ((node.data?.estree?.body.length ?? 0) > 0) {
          refuse('JavaScript expressions in braces are not allowed in articles. Write the text itself, or escape the brace as \\{.', node);
        }
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name ?? '';
      if ((/^[A-Z]/.test(name) || name.includes('.')) && !options.components.includes(name)) {
        refuse(`<${name}> is not a component this site knows. Use one of: ${options.components.map((n) => `<${n}>`).join(', ')}.`, node);
      }
      const values: Record<string, unknown> = {};
      for (const attribute of node.attributes) {
        const expression = attribute.type === 'mdxJsxExpressionAttribute' ? attribute : typeof attribute.value === 'object' ? attribute.value : null;
        if (expression && !isPlainData(expression.data?.estree)) {
          refuse(`the attribute {${expression.value}} is code; articles may only give plain values (text, numbers, or {{ key: 'value' }} styles).`, node);
        }
        if (attribute.type === 'mdxJsxAttribute') values[attribute.name] = expression ? plainValueOf(expression.data?.estree ?? undefined) : attribute.value;
      }
      const problem = componentAttributesProblem(name, values);
      if (problem) refuse(problem, node);
    });
  };
}
