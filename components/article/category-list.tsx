import { categoryUrl } from '@/lib/content/urls';
import { TermList } from './term-list';

export function CategoryList({ categories }: { categories: string[] }) {
  return <TermList label="Categories" names={categories} urlOf={categoryUrl} />;
}
