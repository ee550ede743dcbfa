// /preview/posts/<slug>/: any article as readers will see it, drafts included, compiled from its file on
// each request. Only in Draft Mode (a 404 otherwise); never cached, never indexed (headers in next.config.js).
import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { Article } from '@/components/article/article';
import { PreviewBanner } from '@/components/preview/preview-banner';
import { PreviewProblems } from '@/components/preview/preview-problems';
import { previewArticle } from '@/lib/content/preview';
import { decodeSegment } from '@/lib/content/urls';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: Props) {
  if (!(await draftMode()).isEnabled) notFound();
  const slug = decodeSegment((await params).slug);
  const preview = await previewArticle(slug);
  if (preview.kind === 'missing') notFound();
  return (
    <>
      <PreviewBanner slug={slug} draft={preview.kind === 'article' ? preview.article.draft : true} />
      {preview.kind === 'article' ? (
        <Article article={preview.article} neighbours={{ newer: null, older: null }} />
      ) : (
        <PreviewProblems file={preview.file} problems={preview.problems} />
      )}
    </>
  );
}
