// Every link in an article body. A link to another site says so, to the eye (an arrow) and to screen
// readers ("(external site)"), tells that site nothing of the page it came from (rel="noopener
// noreferrer"), and opens in the same tab: target is dropped, as readers expect links to behave.
import type { ComponentProps } from 'react';
import { site } from '@/lib/site';

const SITE_HOST = new URL(site.url).host;

/** Whether a link goes to another site: absolute http(s) (or protocol-relative) to another host. */
export function isExternalHref(href: unknown): boolean {
  if (typeof href !== 'string' || !/^(https?:)?\/\//i.test(href.trim()) || !URL.canParse(href.trim(), site.url)) return false;
  return new URL(href.trim(), site.url).host !== SITE_HOST;
}

export function Link({ href, children, target: _target, rel: _rel, ...rest }: ComponentProps<'a'>) {
  if (!isExternalHref(href)) {
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="12" height="12" className="ml-0.5 inline-block align-baseline" fill="none" stroke="currentColor" strokeWidth="1.75">
        <path d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9" />
      </svg>
      <span className="sr-only"> (external site)</span>
    </a>
  );
}
