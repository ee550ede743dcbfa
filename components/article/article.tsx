// The article page, top to bottom as PaperMod orders it: breadcrumbs, title, meta (with its medical
// reviewers), contents, body, review dates, disclaimer, tags, post navigation. Each part follows its
// front-matter flag.
import type { Article as ArticleData, Neighbours } from '@/lib/content';
import { languageAttributes } from '@/lib/content/language';
import { site } from '@/lib/site';
import { ArticleBody } from './article-body';
import { ArticleMeta } from './article-meta';
import { Breadcrumbs } from './breadcrumbs';
import { Disclaimer } from './disclaimer';
import { PostNav } from './post-nav';
import { OverdueReviewNotice, ReviewDates, ReviewedBy } from './review';
import { TableOfContents } from './table-of-contents';
import { TagList } from './tag-list';

export function Article({ article, neighbours }: { article: ArticleData; neighbours: Neighbours }) {
  const { flags } = article;
  const toc = flags.showToc ? <TableOfContents headings={article.headings} open={flags.tocOpen} /> : null;
  return (
    // Its own language and direction when they are not the site's (lang on <html> is the site's).
    <article {...languageAttributes(article.language ?? site.language, site.language)} className={toc ? 'grid gap-x-10 lg:grid-cols-[minmax(0,1fr)_18rem]' : 'mx-auto max-w-3xl'}>
      <header className="min-w-0 lg:col-start-1">
        {flags.showBreadCrumbs && <Breadcrumbs article={article} />}
        <h1 id="article-title" className="mt-3 text-3xl font-bold leading-tight tracking-tight sm:text-4xl">
          {article.title}
        </h1>
        {!flags.hideMeta && <ArticleMeta article={article} />}
        <ReviewedBy reviewers={article.review.reviewers} />
        <OverdueReviewNotice review={article.review} />
      </header>
      {toc && <div className="mt-6 lg:col-start-2 lg:row-span-3 lg:row-start-1 lg:mt-0">{toc}</div>}
      <div className="mt-8 min-w-0 lg:col-start-1">
        <ArticleBody code={article.code} />
      </div>
      <footer className="min-w-0 lg:col-start-1">
        <ReviewDates review={article.review} />
        {flags.showDisclaimer && <Disclaimer />}
        <TagList tags={article.tags} />
        {flags.showPostNavLinks && <PostNav {...neighbours} />}
      </footer>
    </article>
  );
}
