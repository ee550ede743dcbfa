// PaperMod's cover under the article's title, with its caption. Shown at its own aspect ratio, its box
// reserved by its width and height.
import type { ArticleCover as Cover } from '@/lib/content';
import { CoverImage } from '@/components/ui/cover-image';

export function ArticleCover({ cover }: { cover: Cover }) {
  return (
    <figure className="mt-6">
      <CoverImage image={cover.image} sizes="(min-width: 1024px) 800px, 100vw" eager className="h-auto w-full rounded-lg" />
      {cover.caption && <figcaption className="mt-2 text-sm text-muted">{cover.caption}</figcaption>}
    </figure>
  );
}
