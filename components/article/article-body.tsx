// Renders a compiled article on the server: the body ships no JavaScript of its own (only the client
// components it uses, like the video facade).
import { getMDXExport } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx';

export function ArticleBody({ code }: { code: string }) {
  // The compiled body is a plain function of its props (no hooks), so it is called, not mounted.
  const renderBody = getMDXExport(code).default;
  // data-pagefind-body: this is what search indexes (from the store's copy of it: lib/content/pipeline/search-index.ts).
  return (
    <div data-pagefind-body className="prose article-prose prose-lg min-w-0 break-words">
      {renderBody({ components: mdxComponents })}
    </div>
  );
}
