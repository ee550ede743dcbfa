// Every image in an article body. An image from another site is served from our stored copy (the build
// downloads it), so readers' browsers ask no one else; when there is no copy (its download failed), the
// reader gets its alt text in a box of the image's size: no request, no broken-image icon.
import type { ComponentProps } from 'react';
import { getStoredImage } from '@/lib/content';
import { isRemoteImage } from '@/lib/content/media';
import { mediaUrl } from '@/lib/content/urls';

export function Image(props: ComponentProps<'img'>) {
  const { src, alt = '', width, height, srcSet: _remoteSources, ...rest } = props;
  const source = typeof src === 'string' ? src : '';
  if (!isRemoteImage(source)) {
    // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- the editors' own files, as written (the checker asks for alt text)
    return <img {...props} />;
  }
  const stored = getStoredImage(source);
  if (stored) {
    // eslint-disable-next-line @next/next/no-img-element -- a stored copy, with its real size
    return <img src={mediaUrl(stored.file)} alt={alt} width={width ?? stored.width} height={height ?? stored.height} {...rest} />;
  }
  const aspect = Number(width) > 0 && Number(height) > 0 ? `${width} / ${height}` : '16 / 9';
  return (
    <span
      role="img"
      aria-label={alt || 'An image that could not be shown'}
      className="not-prose my-6 flex w-full items-center justify-center rounded-lg border border-dashed border-muted bg-surface p-4 text-center text-sm text-muted"
      style={{ aspectRatio: aspect, maxWidth: Number(width) > 0 ? `${Number(width)}px` : undefined }}
    >
      {alt || 'Image not available'}
    </span>
  );
}
