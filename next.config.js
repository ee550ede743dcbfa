import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

/** @returns {{ url: string; routeUrl?: string; aliases?: string[] }[]} The content store's articles, as the build wrote them before `next build`. */
function storeArticles() {
  const index = path.join(projectRoot, '.content', 'index.json');
  if (!fs.existsSync(index)) return [];
  return JSON.parse(fs.readFileSync(index, 'utf8')).articles;
}

// Characters that Next's path patterns read as parameters or groups are matched as themselves.
const literal = (pathname) => pathname.replace(/[:*+?()[\]{}]/g, (character) => `\\${character}`);

/**
 * Hugo's `aliases`: each old URL answers a permanent redirect (308) to its article. Hugo's `url`: the
 * article's route (/posts/<slug>/) redirects to the URL it chose. The pipeline has already refused
 * aliases and URLs that clash with a page or with each other. Without its trailing slash, an alias first
 * gets Next's own redirect to the slashed form (trailingSlash), then this one.
 */
function contentRedirects() {
  return storeArticles().flatMap(({ url, routeUrl = url, aliases = [] }) => [
    ...aliases.map((alias) => ({ source: literal(alias), destination: url, permanent: true })),
    ...(routeUrl !== url ? [{ source: literal(routeUrl), destination: url, permanent: true }] : []),
  ]);
}

/** Hugo's `url`: the URL an article chose is served by its route (redirects apply to requests only). */
function contentRewrites() {
  return storeArticles()
    .filter(({ url, routeUrl = url }) => routeUrl !== url)
    .map(({ url, routeUrl }) => ({ source: literal(url), destination: routeUrl }));
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Hugo's URLs end with a slash; keeping them means old links keep working.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  // This folder is the whole project, even when a copy sits inside another checkout (the benchmark's
  // scratch copies do): Next must not guess a parent folder from a lockfile further up.
  turbopack: { root: projectRoot },
  outputFileTracingRoot: projectRoot,
  // Types are checked by `npm run typecheck` (part of `npm test`); checking them again in every build
  // would add seconds to each content rebuild.
  typescript: { ignoreBuildErrors: true },
  // Every response's headers come from here (pages, RSC payloads, route handlers, 404s, static files).
  // The security issue adds the Content-Security-Policy and the rest beside these.
  async redirects() {
    return contentRedirects();
  },
  async rewrites() {
    return contentRewrites();
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      // Draft preview: for the editor's eyes only, never kept by a browser, proxy or CDN, never indexed.
      ...['/preview/:path*', '/api/preview/:path*'].map((source) => ({
        source,
        headers: [
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
          { key: 'Cache-Control', value: 'private, no-store' },
        ],
      })),
    ];
  },
  experimental: {
    // Prerender with every core: Next's default leaves one idle, which on 2 cores halves the speed.
    cpus: Math.max(1, os.availableParallelism()),
  },
};

export default nextConfig;
