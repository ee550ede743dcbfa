// /archives/<year>/ (and /archives/undated/): one year's articles by month, newest first.
import type { Metadata } from 'next';
import { SiteLink } from '@/components/ui/site-link';
import { notFound } from 'next/navigation';
import { ArchiveYearList } from '@/components/ui/archive-list';
import { getArchive, getArticles } from '@/lib/content';
import { findArchiveYear } from '@/lib/content/archive';
import { archivesUrl, decodeSegment } from '@/lib/content/urls';
import { archiveYearMetadata } from '@/lib/metadata';
import { prerenderedParams } from '@/lib/prerender';
import { site } from '@/lib/site';

interface Props {
  params: Promise<{ year: string }>;
}

// A handful of years: every one is prerendered; a year a publish adds renders on its first request.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedParams(getArticles(), site.prerenderArticles).archiveYears;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = decodeSegment((await params).year);
  const year = findArchiveYear(getArchive(), slug);
  return year ? archiveYearMetadata(slug, String(year.year ?? 'Undated')) : {};
}

export default async function ArchiveYearPage({ params }: Props) {
  const year = findArchiveYear(getArchive(), decodeSegment((await params).year));
  if (!year) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <SiteLink href={archivesUrl()} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
          All years
        </SiteLink>
      </p>
      <h1 className="mb-2 text-3xl font-bold tracking-tight sm:text-4xl">Archives: {year.year ?? 'Undated'}</h1>
      <ArchiveYearList year={year} />
    </div>
  );
}
