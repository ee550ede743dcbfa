import { TermIndex } from '@/components/ui/term-index';
import { getTags } from '@/lib/content';
import { tagsMetadata } from '@/lib/metadata';

export const metadata = tagsMetadata();

export default function TagsPage() {
  return <TermIndex heading="Tags" terms={getTags()} empty="No tags yet." />;
}
