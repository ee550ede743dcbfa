// A self-hosted video file, at the width of the column.
export function Video({ src, title, poster }: { src: string; title?: string; poster?: string }) {
  return (
    <figure className="not-prose my-8">
      <video controls preload="metadata" playsInline poster={poster} title={title} className="aspect-video w-full rounded-lg bg-black">
        <source src={src} />
        <a href={src}>Download the video{title ? `: ${title}` : ''}</a>
      </video>
      {title && <figcaption className="mt-2 text-sm text-muted">{title}</figcaption>}
    </figure>
  );
}
