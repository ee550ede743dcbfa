// Renders a compiled article on the server: the body ships no JavaScript of its own (only the client
// components it uses, like the video facade).
import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx';

export function ArticleBody({ code }: { code: string }) {
  const Body = getMDXComponent(code);
  return (
    <div className="prose article-prose prose-lg min-w-0 break-words">
      <Body components={mdxComponents} />
    </div>
  );
}
