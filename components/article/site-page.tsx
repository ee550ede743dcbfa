// A site page (content/pages: the editorial policy, the accessibility statement): its title, its body with
// the same components as articles, and its review dates when it has them. No meta line, tags, disclaimer
// or post navigation: it is about the site, not a health topic.
import type { Article as PageData } from '@/lib/content';
import { ArticleBody } from './article-body';
import { ReviewDates, ReviewedBy } from './review';

export function SitePage({ page }: { page: PageData }) {
  return (
    <article className="mx-auto max-w-3xl">
      <header>
        <h1 className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">{page.title}</h1>
        <ReviewedBy reviewers={page.review.reviewers} />
      </header>
      <div className="mt-8 min-w-0">
        <ArticleBody code={page.code} />
      </div>
      <footer>
        <ReviewDates review={page.review} />
      </footer>
    </article>
  );
}
