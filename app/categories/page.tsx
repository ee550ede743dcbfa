import { TermIndex } from '@/components/ui/term-index';
import { getCategories } from '@/lib/content';
import { categoriesMetadata } from '@/lib/metadata';

export const metadata = categoriesMetadata();

export default function CategoriesPage() {
  return <TermIndex heading="Categories" terms={getCategories()} empty="No categories yet." />;
}
