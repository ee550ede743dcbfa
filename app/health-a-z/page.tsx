// /health-a-z/: the letters, each with its count of entries and a link to its page (/health-a-z/d/), so
// the page stays small at any number of articles.
import { LetterBar } from '@/components/health-a-z/health-a-z';
import { getArticles } from '@/lib/content';
import { healthAz } from '@/lib/content/health-a-z';
import { healthAzMetadata } from '@/lib/metadata';
import { site } from '@/lib/site';

export const metadata = healthAzMetadata();

export default function HealthAzPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-3 text-3xl font-bold tracking-tight sm:text-4xl">Health A to Z</h1>
      <p className="mb-6 text-muted">Find a condition, symptom or treatment by any name you know it by: choose its first letter.</p>
      <LetterBar groups={healthAz(getArticles(), site.language)} />
    </div>
  );
}
