// The share card drawn with next/og (a 1200×630 PNG): the page's title, and the site's name under it.
// next/og's own bundled font (no network font); colours from the site's light theme.
import { ImageResponse } from 'next/og';
import { CARD_SIZE } from '@/lib/share-image';
import { site } from '@/lib/site';

// next/og draws with its bundled font, which covers Latin scripts only: for any other character (CJK,
// Cyrillic, emoji) it would fetch a font from Google Fonts while the build runs, which an offline build
// cannot do (the build fails) and a site should not depend on. Such a text is not drawn: the card shows the
// site's name instead.
const DRAWABLE = /^[\u0020-\u024F\u2010-\u2027\u2030-\u205E\u20AC]*$/;
const drawable = (text: string, fallback: string) => (DRAWABLE.test(text) ? text : fallback);

/** Long titles get a smaller size so that every word stays on the card. */
const titleSize = (title: string) => (title.length > 90 ? 52 : title.length > 50 ? 64 : 76);

export function shareCard(text: string, subtitle: string): ImageResponse {
  const title = drawable(text, site.name);
  const caption = drawable(subtitle, '');
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#ffffff', borderTop: '24px solid #0b5d66', color: '#12161b' }}>
        <div style={{ display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 40, color: '#0b5d66' }}>
          <svg width="56" height="56" viewBox="0 0 24 24" fill="none" stroke="#0b5d66" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
            <path d="M2 12h4l3-8 6 16 3-8h4" />
          </svg>
          <span style={{ fontWeight: 700 }}>{site.name}</span>
          <span style={{ color: '#4a5560', fontSize: 30 }}>{caption}</span>
        </div>
      </div>
    ),
    CARD_SIZE,
  );
}
