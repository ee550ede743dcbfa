'use client';
// Where the browser has a share sheet of its own (navigator.share: phones, some desktops), one "Share"
// button opens it in place of the row of links. The server renders the row (the children) and so does the
// first render in the browser, so hydration matches; the swap happens just after, in a box of the same
// height (min-h-11), so nothing below moves.
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { ShareIcon } from './share-icons';

const noSubscription = () => () => {};

export function WebShare({ title, url, children }: { title: string; url: string; children: ReactNode }) {
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
  // A share sheet that fails for another reason than the reader closing it: the links are shown instead.
  const [failed, setFailed] = useState(false);
  if (!canShare || failed) return children;

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
