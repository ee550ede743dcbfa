// The share row at the end of an article: a plain link per service (nothing loads until one is followed),
// "Copy link", and on browsers with a share sheet one "Share" button in place of the links. Never printed.
import { CopyLink } from './copy-link';
import { ShareLinks } from './share-links';

/** `url` is the article's absolute URL. */
export function ShareRow({ title, url }: { title: string; url: string }) {
  return (
    <section aria-labelledby="share-title" className="mt-10 border-t border-line pt-6 print:hidden">
      <h2 id="share-title" className="text-lg font-semibold">
        Share this article
      </h2>
      <div className="mt-3 flex min-h-11 items-center">
        <ShareLinks title={title} url={url} />
      </div>
      <div className="mt-2">
        <CopyLink url={url} />
      </div>
    </section>
  );
}
