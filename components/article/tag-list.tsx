import { termUrl } from '@/lib/content/urls';
import { TermList } from './term-list';

export function TagList({ tags }: { tags: string[] }) {
  return <TermList label="Tags" prefix="#" names={tags} urlOf={termUrl} />;
}
