// /series/<guide>/: one guide's pages in reading order (lib/content/guides.ts orders them).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GuidePageList } from '@/components/guides/guide-page-list';
import { getArticles, getGuide } from '@/lib/content';
import { decodeSegment, guidesUrl } from '@/lib/content/urls';
import { guideMetadata } from '@/lib/metadata';
import { prerenderedParams } from '@/lib/prerender';
import { site } from '@/lib/site';

interface Props {
  params: Promise<{ guide: string }>;
}

// Every guide is prerendered; one a publish adds renders on its first request.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedParams(getArticles(), site.prerenderArticles).guides;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getGuide(decodeSegment((await params).guide));
  return guide ? guideMetadata(guide) : {};
}

export default async function GuidePage({ params }: Props) {
  const guide = getGuide(decodeSegment((await params).guide));
  if (!guide) notFound();
  const pages = guide.articles.length === 1 ? 'one page' : `${guide.articles.length} pages`;
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={guidesUrl()} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
          All guides
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold tracking-tight sm:text-4xl">{guide.name}</h1>
      <p className="mb-6 text-muted">A guide in {pages}. Read them in order, or go straight to the one you need.</p>
      <GuidePageList articles={guide.articles} />
    </div>
  );
}
