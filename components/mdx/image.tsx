// Every image in an article body. An image from another site is served from our stored copy (the build
// downloads it), so readers' browsers ask no one else. An image that cannot be shown (its download failed,
// or its local file is missing, which the compile step marks by leaving it no src) becomes its alt text in
// a small captioned box: no request, no broken-image icon, no large empty frame.
import type { ComponentProps } from 'react';
import { getStoredImage } from '@/lib/content';
import { isRemoteImage } from '@/lib/content/media';
import { mediaUrl } from '@/lib/content/urls';

export function Image(props: ComponentProps<'img'>) {
  const { src, alt = '', width, height, srcSet: _remoteSources, ...rest } = props;
  const source = typeof src === 'string' ? src.trim() : '';
  if (source && !isRemoteImage(source)) {
    // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- the editors' own files, as written (the checker asks for alt text)
    return <img {...props} />;
  }
  const stored = source ? getStoredImage(source) : null;
  if (stored) {
    // eslint-disable-next-line @next/next/no-img-element -- a stored copy, with its real size
    return <img src={mediaUrl(stored.file)} alt={alt} width={width ?? stored.width} height={height ?? stored.height} {...rest} />;
  }
  return <MissingImage alt={alt} />;
}

/** An image that cannot be shown: a short note, captioned as such, with its alt text; an image to screen readers. */
export function MissingImage({ alt }: { alt: string }) {
  return (
    <span role="img" aria-label={alt || 'An image that could not be shown'} data-missing-image="" className="not-prose my-2 inline-block max-w-full rounded-md border border-dashed border-muted bg-surface px-3 py-2 text-sm text-muted">
      <span className="font-semibold">Image not available</span>
      {alt && `: ${alt}`}
    </span>
  );
}
