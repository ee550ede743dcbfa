// /manifest.webmanifest: what a phone needs to add the site to its home screen, with self-hosted icons.
import type { MetadataRoute } from 'next';
import { homeUrl } from '@/lib/content/urls';
import { site } from '@/lib/site';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${site.name}: ${site.tagline}`,
    short_name: site.name,
    description: site.description,
    lang: site.language,
    start_url: homeUrl(),
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/apple-icon.png', type: 'image/png', sizes: '180x180' },
    ],
  };
}
