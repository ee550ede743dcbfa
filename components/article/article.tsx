// The article page, top to bottom as PaperMod orders it: breadcrumbs, title, other names, meta (with its medical
// reviewers), the pages of its guide, cover, contents, body, its guide's previous and next pages, review
// dates, disclaimer, topics (categories and tags), share row, related articles, back to top, post navigation. Each
// part follows its front-matter flag.
import type { Article as ArticleData, ArticleSummary, GuidePlace, Neighbours } from '@/lib/content';
import { languageAttributes } from '@/lib/content/language';
import { absoluteUrl } from '@/lib/content/urls';
import { site } from '@/lib/site';
import { AlsoCalled } from './also-called';
import { ArticleBody } from './article-body';
import { ArticleCover } from './article-cover';
import { BackToTop } from './back-to-top';
import { ArticleMeta } from './article-meta';
import { Breadcrumbs } from './breadcrumbs';
import { Disclaimer } from './disclaimer';
import { GuideContents } from './guide-contents';
import { GuidePager } from './guide-pager';
import { PostNav } from './post-nav';
import { RelatedArticles } from './related-articles';
import { OverdueReviewNotice, ReviewDates, ReviewedBy } from './review';
import { ShareRow } from './share-row';
import { TableOfContents } from './table-of-contents';
import { TopicList } from './topic-list';

interface Props {
  article: ArticleData;
  neighbours: Neighbours;
  /** The guide the article is shown in, when it belongs to one. */
  guide?: GuidePlace | null;
  related?: ArticleSummary[];
}

export function Article({ article, neighbours, guide = null, related = [] }: Props) {
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
        <AlsoCalled synonyms={article.synonyms} />
        {!flags.hideMeta && <ArticleMeta article={article} />}
        <ReviewedBy reviewers={article.review.reviewers} />
        <OverdueReviewNotice review={article.review} />
        {guide && <GuideContents place={guide} />}
        {article.cover?.inArticle && <ArticleCover cover={article.cover} />}
      </header>
      {toc && <div className="mt-6 lg:col-start-2 lg:row-span-3 lg:row-start-1 lg:mt-0">{toc}</div>}
      <div className="mt-8 min-w-0 lg:col-start-1">
        <ArticleBody code={article.code} />
      </div>
      <footer className="min-w-0 lg:col-start-1">
        {guide && <GuidePager place={guide} />}
        <ReviewDates review={article.review} />
        {flags.showDisclaimer && <Disclaimer />}
        <div className="mt-10">
          <TopicList categories={article.categories} tags={article.tags} />
        </div>
        {site.showShareButtons && flags.showShare && <ShareRow title={article.title} url={absoluteUrl(article.url)} />}
        <RelatedArticles articles={related} />
        <BackToTop />
        {flags.showPostNavLinks && <PostNav {...neighbours} />}
      </footer>
    </article>
  );
}
