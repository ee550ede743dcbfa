import type { Article } from '@/lib/content';
import { FormattedDate } from '@/components/ui/formatted-date';
import { formatCount } from '@/lib/content/display-dates';

export function ArticleMeta({ article }: { article: Article }) {
  const parts = [
    article.date && <FormattedDate key="date" date={article.date} />,
    // Hugo's lastmod, when it says something the date does not.
    article.lastmod && article.lastmod !== article.date && (
      <span key="updated">
        Updated <FormattedDate date={article.lastmod} />
      </span>
    ),
    article.flags.showReadingTime && <span key="reading">{article.readingMinutes} min read</span>,
    article.flags.showWordCount && <span key="words">{formatCount(article.wordCount)} words</span>,
    article.authors.length > 0 && <span key="author">{article.authors.join(', ')}</span>,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="mt-3 flex flex-wrap items-center gap-x-2 text-sm text-muted">
      {parts.map((part, i) => (
        <span key={i} className="contents">
          {i > 0 && <span aria-hidden="true">·</span>}
          {part}
        </span>
      ))}
    </p>
  );
}
