// A cover or thumbnail through next/image: its width and height (known for every image a page is given,
// see lib/content/images.ts) reserve its box before it loads, and `sizes` lets phones take a small file.
// Our stored copies of remote images (/media/…) and SVGs are served as they are.
import Image from 'next/image';
import type { ShownImage } from '@/lib/content';
import { mediaUrl } from '@/lib/content/urls';

interface CoverImageProps {
  image: ShownImage;
  /** Which width the image takes at which viewport, for the browser to pick a file (next/image's `sizes`). */
  sizes: string;
  /** Fill a box the caller sizes (with an aspect ratio), cropped to it, instead of the image's own ratio. */
  fill?: boolean;
  /** Above the fold: fetched early, not lazily. */
  preload?: boolean;
  className?: string;
}

export function CoverImage({ image, sizes, fill = false, preload = false, className = '' }: CoverImageProps) {
  if (!image.width || !image.height) return null;
  const unoptimized = image.src.startsWith(mediaUrl('')) || /\.svg$/i.test(image.src);
  const size = fill ? { fill: true } : { width: image.width, height: image.height };
  return <Image src={image.src} alt={image.alt} {...size} sizes={sizes} preload={preload} unoptimized={unoptimized} className={className} />;
}
