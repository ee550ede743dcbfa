// Hugo's figure: an image with its caption (the content, or `caption`), an optional title, link and
// attribution. URLs arrive checked: the compile step's sanitizer vets `src`, `href` and `cite`. The image is
// drawn by Image, as any body image: a remote one from our stored copy, a missing one (no `src`: the
// compile step found no file) as its alt text in a small box above the caption.
import type { ReactNode } from 'react';
import { Image } from './image';

interface FigureProps {
  src?: string;
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
  const image = <Image src={src} alt={alt || title || caption || ''} width={width} height={height} loading="lazy" decoding="async" className="mx-auto h-auto max-w-full rounded-lg" />;
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
