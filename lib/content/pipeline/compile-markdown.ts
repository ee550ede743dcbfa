// Compiles a Markdown (`.md`) body with @mdx-js/mdx itself: the MDX compiler mdx-bundler runs, without
// mdx-bundler's esbuild bundle around it, which a body that imports nothing has no use for (at 1000
// articles the bundling step cost more than a core's worth of a build's content step). The result is the code
// mdx-bundler's getMDXExport runs, so the renderer cannot tell the two apart.
import { compile, type CompileOptions } from '@mdx-js/mdx';

export type MarkdownPlugins = Pick<CompileOptions, 'remarkPlugins' | 'rehypePlugins' | 'remarkRehypeOptions'>;

/** The name getMDXExport (mdx-bundler/client) gives React's JSX runtime in the scope it runs code in. */
export const JSX_RUNTIME_GLOBAL = '_jsx_runtime';

export async function compileMarkdown(source: string, plugins: MarkdownPlugins): Promise<string> {
  const functionBody = await compile(source, { ...plugins, format: 'md', outputFormat: 'function-body', development: false });
  // A function body reads the JSX runtime from its first argument and returns the module's exports;
  // getMDXExport calls code with (React, ReactDOM, _jsx_runtime), so the body is called with the third.
  return `return (function () {\n${String(functionBody)}\n})(${JSX_RUNTIME_GLOBAL});`;
}
