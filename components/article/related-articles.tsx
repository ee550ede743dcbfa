// "Related articles" under an article: the few others sharing the most with it (lib/content/related.ts).
import { SiteLink } from '@/components/ui/site-link';
import { FormattedDate } from '@/components/ui/formatted-date';
import type { ArticleSummary } from '@/lib/content';

export function RelatedArticles({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-articles-heading" className="mt-10">
      <h2 id="related-articles-heading" className="text-lg font-semibold">
        Related articles
      </h2>
      <ul className="mt-3 space-y-2" role="list">
        {articles.map((article) => (
          <li key={article.slug}>
            <SiteLink href={article.url} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
              {article.title}
            </SiteLink>
            {article.date && (
              <span className="block text-sm text-muted">
                <FormattedDate date={article.date} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
