'use client';
// Copies the code block it sits in. Rendered hidden until React runs in the browser (and the clipboard
// is there), so without JavaScript no button shows that could do nothing.
import { useRef, useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export function CopyButton() {
  const canCopy = useSyncExternalStore(
    noSubscription,
    () => typeof navigator !== 'undefined' && navigator.clipboard !== undefined,
    () => false,
  );
  const [copied, setCopied] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  async function copy() {
    const code = button.current?.parentElement?.querySelector('pre code') ?? button.current?.parentElement?.querySelector('pre');
    if (!code) return;
    await navigator.clipboard.writeText(code.textContent ?? '');
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }

  return (
    <button
      ref={button}
      type="button"
      hidden={!canCopy}
      onClick={copy}
      className="absolute top-2 right-2 min-h-6 min-w-6 rounded border border-line bg-page px-2 py-1 font-sans text-xs font-medium text-fg opacity-90 hover:opacity-100 focus-visible:opacity-100"
    >
      <span aria-live="polite">{copied ? 'Copied' : 'Copy code'}</span>
    </button>
  );
}
