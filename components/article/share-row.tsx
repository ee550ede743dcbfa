// The share row at the end of an article: a plain link per service (nothing loads until one is followed),
// "Copy link", and on browsers with a share sheet one "Share" button in place of the links. Never printed.
import { shareLinks } from '@/lib/share';
import { CopyLink } from './copy-link';
import { ShareIcon } from './share-icons';
import { WebShare } from './web-share';

/** `url` is the article's absolute URL. */
export function ShareRow({ title, url }: { title: string; url: string }) {
  return (
    <section aria-labelledby="share-title" className="mt-10 border-t border-line pt-6 print:hidden">
      <h2 id="share-title" className="text-lg font-semibold">
        Share this article
      </h2>
      <div className="mt-3 flex min-h-11 items-center">
        <WebShare title={title} url={url}>
          <ul className="flex flex-wrap gap-1.5" role="list">
            {shareLinks({ url, title }).map((link) => (
              <li key={link.service}>
                <a
                  href={link.href}
                  title={link.label}
                  className="flex h-11 w-11 items-center justify-center rounded-full border border-line text-fg hover:bg-surface"
                >
                  <ShareIcon name={link.service} />
                  <span className="sr-only">{link.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </WebShare>
      </div>
      <div className="mt-2">
        <CopyLink url={url} />
      </div>
    </section>
  );
}
