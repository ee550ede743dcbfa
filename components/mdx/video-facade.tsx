'use client';
// A privacy-friendly video player: until the reader presses play, the page contacts no one (no
// thumbnail, no script); then the provider's player loads in place and plays. YouTube and Vimeo use it.
// Under it, always, a link to the video on its site: a player that cannot load (blocked, offline, the
// provider down) shows only the browser's error page, and a printed page has no player at all.
import { useEffect, useRef, useState } from 'react';
import { Link } from './link';

export interface VideoFacadeProps {
  /** The player's URL, loaded only once the reader presses play. */
  player: string;
  title: string;
  /** The host the player loads from, told to the reader before they press play. */
  host: string;
  /** The video's own page, and the site's name ("YouTube"), for the link under the player. */
  watch: { url: string; site: string };
}

export function VideoFacade({ player, title, host, watch }: VideoFacadeProps) {
  const [playing, setPlaying] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (playing) frame.current?.focus();
  }, [playing]);

  return (
    <div className="not-prose my-8">
      <div className="relative aspect-video w-full overflow-hidden rounded-lg bg-[#0f1115] print:hidden">
        {playing ? (
          <iframe
            ref={frame}
            src={player}
            title={title}
            allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share; fullscreen"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
            className="absolute inset-0 h-full w-full border-0"
          />
        ) : (
          <button
            type="button"
            onClick={() => setPlaying(true)}
            aria-label={`Play video: ${title}`}
            className="group absolute inset-0 flex h-full w-full flex-col items-center justify-center gap-3 p-4 text-center text-white"
          >
            <span aria-hidden="true" className="flex h-16 w-16 items-center justify-center rounded-full bg-[#c4302b] shadow-lg transition-transform group-hover:scale-110">
              <svg viewBox="0 0 24 24" className="ml-1 h-8 w-8" fill="currentColor">
                <path d="M8 5v14l11-7z" />
              </svg>
            </span>
            <span className="line-clamp-2 max-w-prose text-base font-semibold sm:text-lg">{title}</span>
          </button>
        )}
        {!playing && (
          // Outside the button, so the button's visible text stays part of its accessible name (WCAG 2.5.3).
          <p className="pointer-events-none absolute inset-x-0 bottom-3 text-center text-xs text-[#d5d9e0]">Plays from {host} when you press play</p>
        )}
      </div>
      <p className="mt-2 text-sm">
        <Link href={watch.url} className="font-semibold text-accent underline underline-offset-4">
          Watch on {watch.site}
        </Link>
      </p>
    </div>
  );
}
