// An .mdx body may use only the components of our map: any other capitalised JSX name fails the build
import type {} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-mdxjs-esm';
// with its line, instead of failing at render time on a reader's request.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export function remarkKnownComponents(options: { names: readonly string[] }) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'mdxjsEsm') {
        file.fail('import and export statements are not allowed in articles. Remove this line: components come from the site, not from the article.', { place: node.position });
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name ?? '';
      if (!/^[A-Z]/.test(name) && !name.includes('.')) return;
      if (options.names.includes(name)) return;
      file.fail(`<${name}> is not a component this site knows. Use one of: ${options.names.map((n) => `<${n}>`).join(', ')}.`, { place: node.position });
    });
  };
}
