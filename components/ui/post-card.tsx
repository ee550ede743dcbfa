import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content';
import { FormattedDate } from './formatted-date';

export function PostCard({ article }: { article: ArticleSummary }) {
  return (
    <article className="relative rounded-lg border border-line p-5 transition-colors hover:bg-surface">
      <h2 className="text-xl font-semibold leading-snug">
        {/* The link covers the whole card, so the target is easy to hit on a phone. */}
        <Link href={article.url} className="text-fg no-underline after:absolute after:inset-0 hover:underline">
          {article.title}
        </Link>
      </h2>
      <p className="mt-2 flex flex-wrap gap-x-2 text-sm text-muted">
        {article.date && <FormattedDate date={article.date} />}
        {article.date && <span aria-hidden="true">·</span>}
        <span>{article.readingMinutes} min read</span>
      </p>
      {!article.flags.hideSummary && article.summary && <p className="mt-3 leading-relaxed text-fg">{article.summary}</p>}
    </article>
  );
}
