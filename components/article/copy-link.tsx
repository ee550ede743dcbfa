'use client';
// "Copy link": puts the article's address on the clipboard and says so, in text beside the button that a
// screen reader announces (a status region). Kept invisible, its space held, until React runs in a browser
// with a clipboard: without JavaScript no button shows that could do nothing, and nothing moves when it
// appears.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ShareIcon } from './share-icons';

const noSubscription = () => () => {};
const SHOWN_FOR_MS = 5000;

export function CopyLink({ url }: { url: string }) {
  const canCopy = useSyncExternalStore(
    noSubscription,
    () => navigator.clipboard !== undefined,
    () => false,
  );
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch (error) {
      // The browser refused (no permission, page not focused): the reader can still copy it by hand.
      setStatus(error instanceof Error && error.name === 'NotAllowedError' ? 'Could not copy: the browser did not allow it. Copy the address bar instead.' : 'Could not copy the link. Copy the address bar instead.');
    }
    timer.current = setTimeout(() => setStatus(''), SHOWN_FOR_MS);
  }

  return (
    <div className={`flex min-h-11 flex-wrap items-center gap-x-3 ${canCopy ? '' : 'invisible'}`}>
      <button
        type="button"
        onClick={copy}
        className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 font-semibold text-fg hover:bg-surface"
      >
        <ShareIcon name="copy" />
        Copy link
      </button>
      <span role="status" className="text-sm font-semibold text-fg">
        {status}
      </span>
    </div>
  );
}
