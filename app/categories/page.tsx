import { notFound } from 'next/navigation';
import { TermIndex } from '@/components/ui/term-index';
import { getCategories } from '@/lib/content';
import { categoriesUrl } from '@/lib/content/urls';
import { categoriesMetadata } from '@/lib/metadata';
import { paginate } from '@/lib/pagination';
import { site } from '@/lib/site';

export const metadata = categoriesMetadata();

export default function CategoriesPage() {
  const page = paginate(getCategories(), 1, site.termsPerPage);
  if (!page) notFound();
  return <TermIndex heading="Categories" base={categoriesUrl()} page={page} empty="No categories yet." />;
}
