import { notFound } from 'next/navigation';
import { TermIndex } from '@/components/ui/term-index';
import { getTags } from '@/lib/content';
import { tagsUrl } from '@/lib/content/urls';
import { tagsMetadata } from '@/lib/metadata';
import { paginate } from '@/lib/pagination';
import { site } from '@/lib/site';

export const metadata = tagsMetadata();

export default function TagsPage() {
  const page = paginate(getTags(), 1, site.termsPerPage);
  if (!page) notFound();
  return <TermIndex heading="Tags" base={tagsUrl()} page={page} empty="No tags yet." />;
}
