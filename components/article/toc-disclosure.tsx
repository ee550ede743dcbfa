'use client';
// The table of contents' disclosure and its one bit of behaviour. On a phone it starts closed (a
// "Contents" line above the body, not a screenful of links); from the wide layout up it opens as the
// article asks (TocOpen) and sits in a box that scrolls within the viewport. While the reader scrolls,
// the entry of the section being read gets aria-current, and is kept in view inside the box.
import { useEffect, useRef, type ReactNode } from 'react';

/** Tailwind's lg: where the contents become a sticky column beside the body. */
const WIDE = '(min-width: 64rem)';
/** A section is "being read" once its heading has passed this far down the viewport. */
const READING_LINE = 0.3;

export function TocDisclosure({ openWhenWide, children }: { openWhenWide: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    if (openWhenWide && window.matchMedia(WIDE).matches) details.open = true;
    const links = [...details.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
    let current: HTMLAnchorElement | null = null;
    const update = () => {
      const line = window.innerHeight * READING_LINE;
      let index = -1;
      targets.forEach((target, i) => {
        if (target && target.getBoundingClientRect().top <= line) index = i;
      });
      const next = links[index] ?? null;
      if (next === current) return;
      current?.removeAttribute('aria-current');
      next?.setAttribute('aria-current', 'location');
      current = next;
      if (next && details.scrollHeight > details.clientHeight) keepInView(details, next);
    };
    // Any heading crossing the reading line (or the viewport's edge) is a moment the answer may change.
    const observer = new IntersectionObserver(update, { rootMargin: `0px 0px -${(1 - READING_LINE) * 100}% 0px`, threshold: [0, 1] });
    for (const target of targets) if (target) observer.observe(target);
    update();
    return () => observer.disconnect();
  }, [openWhenWide]);
  return (
    <details ref={ref} className="toc-box group rounded-lg border border-line bg-surface p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:overscroll-contain">
      {children}
    </details>
  );
}

/** Scrolls the box (not the page) so that the link is inside it. */
function keepInView(box: HTMLElement, link: HTMLElement): void {
  const boxRect = box.getBoundingClientRect();
  const linkRect = link.getBoundingClientRect();
  if (linkRect.top < boxRect.top) box.scrollTop -= boxRect.top - linkRect.top + 16;
  else if (linkRect.bottom > boxRect.bottom) box.scrollTop += linkRect.bottom - boxRect.bottom + 16;
}
