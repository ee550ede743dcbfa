// /preview/posts/<slug>/: any article as readers will see it, drafts and scheduled ones included, compiled
// from its file on each request. Only in Draft Mode, or with a preview link to this very article (a 404
// otherwise); never cached, never indexed (headers in next.config.js).
import type { Metadata } from 'next';
import { cookies, draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { Article } from '@/components/article/article';
import { PreviewBanner } from '@/components/preview/preview-banner';
import { PreviewProblems } from '@/components/preview/preview-problems';
import { previewArticle } from '@/lib/content/preview';
import { decodeSegment } from '@/lib/content/urls';
import { linkOpensPreview, PREVIEW_LINK_COOKIE } from '@/lib/preview-links/access';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: Props) {
  const slug = decodeSegment((await params).slug);
  const editor = (await draftMode()).isEnabled;
  if (!editor && !(await linkOpensPreview((await cookies()).get(PREVIEW_LINK_COOKIE)?.value, slug))) notFound();
  const preview = await previewArticle(slug);
  // Only an editor (Draft Mode) is told which slugs exist.
  if (preview.kind === 'missing') return <PreviewBanner slug={slug} state={{ kind: 'missing', suggestions: editor ? preview.suggestions : [] }} />;
  return (
    <>
      <PreviewBanner slug={slug} state={{ kind: preview.kind === 'article' && !preview.article.draft ? 'unpublished' : 'draft' }} />
      {preview.kind === 'article' ? (
        <Article article={preview.article} neighbours={{ newer: null, older: null }} />
      ) : (
        <PreviewProblems file={preview.file} problems={preview.problems} />
      )}
    </>
  );
}
