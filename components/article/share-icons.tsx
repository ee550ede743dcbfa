// Plain line drawings for the share row, one per service (our own, drawn on a 24-unit grid): the links'
// names say where each goes, so the drawings are decorative (aria-hidden).
import type { ReactNode } from 'react';
import type { ShareService } from '@/lib/share';

type IconName = ShareService | 'copy' | 'share' | 'up';

const PATHS: Record<IconName, ReactNode> = {
  x: <path d="M4 4l16 16M20 4L4 20" />,
  facebook: <path d="M15 3h-2.5A3.5 3.5 0 0 0 9 6.5V21M6 10.5h8" />,
  linkedin: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="3" />
      <path d="M8 10.5V17M8 7v.01M12 17v-6.5M12 13a2.5 2.5 0 0 1 5 0v4" />
    </>
  ),
  whatsapp: <path d="M4 20l1.3-4.2A8 8 0 1 1 8.4 18.8zM9 9.5c0 3 2.5 5.5 5.5 5.5l1-1.5-2-1-1 1a4 4 0 0 1-2-2l1-1-1-2z" />,
  telegram: <path d="M21 4L3 11l6 2.5M21 4l-3 16-9-6.5M21 4L9 13.5V19l3-3.5" />,
  reddit: (
    <>
      <ellipse cx="12" cy="14.5" rx="8" ry="5.5" />
      <path d="M12 9l1.5-5 4 1M9.5 13.5v.01M14.5 13.5v.01M9.5 16.5c1.5 1 3.5 1 5 0" />
      <circle cx="18.5" cy="5" r="1.5" />
    </>
  ),
  email: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M3.5 6l8.5 7 8.5-7" />
    </>
  ),
  copy: <path d="M10 14a4 4 0 0 0 5.7 0l3.6-3.6a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3.6 3.6a4 4 0 0 0 5.7 5.7l1-1" />,
  share: <path d="M12 15V3M7.5 7.5L12 3l4.5 4.5M8 11H5v10h14V11h-3" />,
  up: <path d="M12 20V4M5 11l7-7 7 7" />,
};

export function ShareIcon({ name }: { name: IconName }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      {PATHS[name]}
    </svg>
  );
}
