// /archives/: the years, each with its count and a link to its page (/archives/2024/), so the page stays
// small at any number of articles.
import { ArchiveYears } from '@/components/ui/archive-list';
import { getArchive } from '@/lib/content';
import { archivesMetadata } from '@/lib/metadata';

export const metadata = archivesMetadata();

export default function ArchivesPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">Archives</h1>
      <ArchiveYears years={getArchive()} />
    </div>
  );
}
