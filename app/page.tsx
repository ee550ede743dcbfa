import { SiteLink } from '@/components/ui/site-link';
import { HomeGuides } from '@/components/home/home-guides';
import { HomeSearch } from '@/components/home/home-search';
import { JsonLd } from '@/components/seo/json-ld';
import { PostList } from '@/components/ui/post-list';
import { getArticles, getGuides } from '@/lib/content';
import { postsUrl } from '@/lib/content/urls';
import { homeMetadata } from '@/lib/metadata';
import { site } from '@/lib/site';
import { homeGraph } from '@/lib/structured-data';

export const metadata = homeMetadata();

export default function HomePage() {
  const newest = getArticles().slice(0, site.homeArticleCount);
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd graph={homeGraph()} />
      <section aria-labelledby="intro-title" className="mb-10">
        <h1 id="intro-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {site.tagline}
        </h1>
        <p className="mt-4 text-lg leading-relaxed text-muted">{site.description}</p>
        <HomeSearch />
      </section>
      <HomeGuides guides={getGuides()} />
      <section aria-labelledby="newest-title">
        <h2 id="newest-title" className="mb-4 text-2xl font-bold">
          Newest articles
        </h2>
        <PostList articles={newest} />
        <p className="mt-6">
          <SiteLink href={postsUrl()} className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-4">
            All articles
          </SiteLink>
        </p>
      </section>
    </div>
  );
}
