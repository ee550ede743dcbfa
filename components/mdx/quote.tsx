// Stack's quote and sites' blockquote shortcodes: a quotation, with who said it and where, when given.
import type { ReactNode } from 'react';

export function Quote({ author, source, href, children }: { author?: string; source?: string; href?: string; children?: ReactNode }) {
  const where = source ?? (href ? href : undefined);
  return (
    <figure className="my-6">
      <blockquote cite={href}>{children}</blockquote>
      {(author || where) && (
        <figcaption className="mt-2 text-sm text-muted">
          — {author}
          {author && where && ', '}
          {where && (href ? <a href={href}>{where}</a> : <cite>{where}</cite>)}
        </figcaption>
      )}
    </figure>
  );
}
