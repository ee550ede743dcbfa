'use client';
// The share links, or, where the browser has a share sheet of its own (navigator.share: phones, some
// desktops), one "Share" button that opens it. A client component taking only the title and URL, so the
// page's React payload carries two strings, not seven links. The server renders the links, and so does the
// first render in the browser, so hydration matches; the swap happens just after, in a box of the same
// height (min-h-11), so nothing below moves.
import { useState, useSyncExternalStore } from 'react';
import { shareLinks } from '@/lib/share';
import { ShareIcon } from './share-icons';

const noSubscription = () => () => {};

/** `url` is the article's absolute URL. */
export function ShareLinks({ title, url }: { title: string; url: string }) {
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
  // A share sheet that fails for another reason than the reader closing it: the links are shown instead.
  const [failed, setFailed] = useState(false);

  if (!canShare || failed) {
    return (
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
    );
  }

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch (error) {
      if (!(error instanceof Error && error.name === 'AbortError')) setFailed(true);
    }
  }

  return (
    <button
      type="button"
      onClick={share}
      className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 font-semibold text-fg hover:bg-surface"
    >
      <ShareIcon name="share" />
      Share
    </button>
  );
}
