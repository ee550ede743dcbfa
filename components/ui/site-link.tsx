'use client';
// The one link component of the site's own pages. Next's <Link> prefetches every link that scrolls into
// view, which on a list page is dozens of RSC requests whose parsing lands in the page's blocking time;
// this one prefetches a page only when the reader shows intent (pointer over it, keyboard focus on it,
// a finger down on it), as Next's documentation's hover-prefetch example does.
import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

type Props = Omit<ComponentProps<typeof Link>, 'prefetch'>;

export function SiteLink({ onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // null is Next's default prefetch, started once the reader shows intent; false: none before that.
      prefetch={intent ? null : false}
      onMouseEnter={(event) => (setIntent(true), onMouseEnter?.(event))}
      onFocus={(event) => (setIntent(true), onFocus?.(event))}
      onTouchStart={(event) => (setIntent(true), onTouchStart?.(event))}
    />
  );
}
