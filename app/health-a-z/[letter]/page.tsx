// /health-a-z/<letter>/ (and /health-a-z/other/ for "#"): one letter's entries, with the letter bar.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HealthAzList, LetterBar } from '@/components/health-a-z/health-a-z';
import { getArticles } from '@/lib/content';
import { healthAz } from '@/lib/content/health-a-z';
import { decodeSegment } from '@/lib/content/urls';
import { healthAzLetterMetadata } from '@/lib/metadata';
import { prerenderedParams } from '@/lib/prerender';
import { site } from '@/lib/site';

interface Props {
  params: Promise<{ letter: string }>;
}

// At most 27 letters: every one with entries is prerendered; one a publish adds renders on its first request.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedParams(getArticles(), site.prerenderArticles).azLetters;
}

function lettersAnd(slug: string) {
  const groups = healthAz(getArticles(), site.language);
  const group = groups.find((candidate) => candidate.slug === slug && candidate.entries.length > 0);
  return { groups, group };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = decodeSegment((await params).letter);
  const { group } = lettersAnd(slug);
  return group ? healthAzLetterMetadata(slug, group.letter) : {};
}

export default async function HealthAzLetterPage({ params }: Props) {
  const slug = decodeSegment((await params).letter);
  const { groups, group } = lettersAnd(slug);
  if (!group) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">Health A to Z: {group.letter}</h1>
      <LetterBar groups={groups} current={group.slug} />
      <HealthAzList groups={[group]} />
    </div>
  );
}
