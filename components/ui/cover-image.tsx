// A cover or thumbnail as a plain <img> with next/image's props (getImageProps: resized files from Next's
// image optimizer, no client JavaScript). Its width and height (known for every image a page is given, see
// lib/content/images.ts) reserve its box before it loads, and `sizes` lets phones take a small file. Our
// stored copies of remote images (/media/…) and SVGs are served as they are.
import { getImageProps } from 'next/image';
import type { ShownImage } from '@/lib/content';
import { mediaUrl } from '@/lib/content/urls';

interface CoverImageProps {
  image: ShownImage;
  /** Which width the image takes at which viewport, for the browser to pick a file (next/image's `sizes`). */
  sizes: string;
  /** Fill a box the caller sizes (with an aspect ratio), cropped to it, instead of the image's own ratio. */
  fill?: boolean;
  /** Near the top of the page: fetched at once and early, not lazily. */
  eager?: boolean;
  className?: string;
}

export function CoverImage({ image, sizes, fill = false, eager = false, className = '' }: CoverImageProps) {
  if (!image.width || !image.height) return null;
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    ...(fill ? { fill: true } : { width: image.width, height: image.height }),
    sizes,
    unoptimized: image.src.startsWith(mediaUrl('')) || /\.svg$/i.test(image.src),
    ...(eager ? { loading: 'eager', fetchPriority: 'high' } : {}),
    className,
  });
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- next/image's own props (alt included), without its client component
  return <img {...props} />;
}
