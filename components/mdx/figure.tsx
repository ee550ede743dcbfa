// Hugo's figure: an image with its caption (the content, or `caption`), an optional title, link and
// attribution. URLs arrive checked: the compile step's sanitizer vets `src`, `href` and `cite`.
import type { ReactNode } from 'react';

interface FigureProps {
  src: string;
  alt?: string;
  caption?: string;
  title?: string;
  /** Where the image links to (Hugo's `link`). */
  href?: string;
  width?: string | number;
  height?: string | number;
  /** Attribution text (Hugo's `attr`) and its link (Hugo's `attrlink`). */
  attr?: string;
  cite?: string;
  children?: ReactNode;
}

export function Figure({ src, alt, caption, title, href, width, height, attr, cite, children }: FigureProps) {
  // eslint-disable-next-line @next/next/no-img-element -- article images are the author's files, served as they are
  const image = <img src={src} alt={alt ?? ''} width={width} height={height} loading="lazy" decoding="async" className="mx-auto h-auto max-w-full rounded-lg" />;
  const text = children ?? caption;
  const hasCaption = Boolean(title || text || attr);
  return (
    <figure className="my-8">
      {href ? <a href={href}>{image}</a> : image}
      {hasCaption && (
        <figcaption className="mt-2 text-sm text-muted">
          {title && <strong className="block font-semibold text-fg">{title}</strong>}
          {text}
          {attr && <> {cite ? <a href={cite}>{attr}</a> : attr}</>}
        </figcaption>
      )}
    </figure>
  );
}
