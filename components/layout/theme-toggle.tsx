'use client';
// The one piece of chrome that needs JavaScript: switches light/dark and remembers the choice. The theme
// itself lives on <html data-theme> (set before paint by ThemeScript); this button only reads and flips it.
import { useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';

function readTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  // Until the reader chooses, follow the system when it changes.
  const media = matchMedia('(prefers-color-scheme: dark)');
  const follow = (event: MediaQueryListEvent) => {
    if (!localStorage.getItem('theme')) document.documentElement.dataset.theme = event.matches ? 'dark' : 'light';
  };
  media.addEventListener('change', follow);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', follow);
  };
}

export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribe, readTheme, () => null);

  function toggle() {
    const next: Theme = readTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    localStorage.setItem('theme', next);
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={theme === null ? undefined : theme === 'dark'}
      className="flex h-11 w-11 items-center justify-center rounded-full text-fg hover:bg-surface"
      title="Dark theme"
    >
      <span className="sr-only">Dark theme</span>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
    </button>
  );
}
