import { SiteLink } from '@/components/ui/site-link';
import type { ArticleSummary } from '@/lib/content';
import { listImage } from '@/lib/content/images';
import { CoverImage } from './cover-image';
import { FormattedDate } from './formatted-date';

export function PostCard({ article }: { article: ArticleSummary }) {
  const image = listImage(article);
  return (
    <article className="relative flex flex-col gap-4 rounded-lg border border-line p-5 transition-colors hover:bg-surface sm:flex-row sm:items-start">
      <div className="min-w-0 flex-1">
        <h2 className="text-xl font-semibold leading-snug">
          {/* The link covers the whole card, so the target is easy to hit on a phone. */}
          <SiteLink href={article.url} className="text-fg no-underline after:absolute after:inset-0 hover:underline">
            {article.title}
          </SiteLink>
        </h2>
        <p className="mt-2 flex flex-wrap gap-x-2 text-sm text-muted">
          {article.date && <FormattedDate date={article.date} />}
          {article.date && <span aria-hidden="true">·</span>}
          <span>{article.readingMinutes} min read</span>
        </p>
        {!article.flags.hideSummary && article.summary && <p className="mt-3 leading-relaxed text-fg">{article.summary}</p>}
      </div>
      {image && (
        // A fixed 16:9 box, so every card keeps its height while the image loads; the image is cropped to it.
        <div className="relative aspect-video w-full shrink-0 overflow-hidden rounded-md bg-surface max-sm:-order-1 sm:w-48">
          <CoverImage image={image} sizes="(min-width: 640px) 12rem, 100vw" fill className="object-cover" />
        </div>
      )}
    </article>
  );
}
