import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import type { ReactNode } from 'react';
import { DevContentRefresh } from '@/components/layout/dev-content-refresh';
import { Footer } from '@/components/layout/footer';
import { Header } from '@/components/layout/header';
import { SkipLink } from '@/components/layout/skip-link';
import { ThemeScript } from '@/components/layout/theme-script';
import { getSitePages } from '@/lib/content';
import { alternates } from '@/lib/metadata';
import { site } from '@/lib/site';
// Tailwind's output, built from app/globals.css by the build script (no PostCSS inside next build).
import './globals.generated.css';

const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  variable: '--font-inter',
});

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name}: ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.description,
  alternates: alternates(undefined),
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#12161b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme before hydration, so React must not complain that it differs.
    <html lang={site.language} className={inter.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      {/* id="top": where every "Back to top" link goes. */}
      <body id="top" className="flex min-h-screen flex-col bg-page font-sans text-fg antialiased">
        <SkipLink />
        <Header />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:px-6 sm:py-10">
          {children}
        </main>
        <Footer pages={getSitePages()} />
        {process.env.NODE_ENV === 'development' && <DevContentRefresh />}
      </body>
    </html>
  );
}
