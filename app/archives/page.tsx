import { ArchiveList } from '@/components/ui/archive-list';
import { getArchive } from '@/lib/content';
import { archivesMetadata } from '@/lib/metadata';

export const metadata = archivesMetadata();

export default function ArchivesPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">Archives</h1>
      <ArchiveList years={getArchive()} />
    </div>
  );
}
