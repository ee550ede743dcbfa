import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { siteUrlForBuild } from './lib/site-url.mjs';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

/**
 * Hugo paginates the home page at /page/N/; here the full list's pages are /posts/page/N/ (page 1 is
 * /posts/). Each old page answers a permanent redirect (308) there, with or without its trailing slash, in
 * one hop (proxy.ts adds slashes only after redirects). A page past the list's end then answers 404 there.
 */
function homePaginationRedirects() {
  const withAndWithoutSlash = (source, destination) => [`${source}/`, source].map((form) => ({ source: form, destination, permanent: true }));
  return [...withAndWithoutSlash('/page/1', '/posts/'), ...withAndWithoutSlash('/page/:number([1-9]\\d*)', '/posts/page/:number/')];
}

/**
 * The Content-Security-Policy of every page (production only: `next dev` needs eval for Fast Refresh).
 * Only our origin for scripts, styles, images, fonts and connections; embeds only from the video players
 * the facade loads. Two exceptions, both needed for pages to stay static (a per-request nonce would
 * render every page on every request):
 *  - script-src 'unsafe-inline': Next's prerendered pages carry inline scripts (the RSC payload,
 *    `self.__next_f.push(…)`) whose text differs per page, so no one hash list fits a header, and
 *    'strict-dynamic' needs a nonce or hash to start from. Articles cannot add scripts (the sanitizer
 *    removes them), so inline scripts are Next's and the theme script's only.
 *  - style-src-attr 'unsafe-inline': editors' raw HTML keeps safe inline style strings (filtered per
 *    declaration at build time); style elements stay 'self' only.
 * 'wasm-unsafe-eval' is for the search index (Pagefind); 'unsafe-eval' never appears.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "style-src-elem 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
  // Only where the site is served over TLS: on plain http (a local server, the tests) it would send every
  // request to an https:// address that does not answer.
  ...(process.env.SITE_URL?.startsWith('https://') ? ['upgrade-insecure-requests'] : []),
].join('; ');

const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(process.env.NODE_ENV === 'production' ? [{ key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY }] : []),
];

const STRICT_TRANSPORT_SECURITY = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' };

/**
 * The release's identity (scripts/build-id.mjs): `npm run build` computes it and passes PULSE_BUILD_ID to
 * `next build`, then leaves it in <distDir>/pulse-build-id for `next start`, which reads this file again.
 * Every build of the same sources gets the same one, so replicas built apart agree on asset URLs.
 */
const distDir = process.env.PULSE_DIST_DIR ?? '.next';
const builtIdFile = path.join(projectRoot, distDir, 'pulse-build-id');
const BUILD_ID =
  process.env.PULSE_BUILD_ID ||
  (process.env.NODE_ENV === 'production' && fs.existsSync(builtIdFile) ? fs.readFileSync(builtIdFile, 'utf8').trim() : undefined);

/**
 * What shared caches (nginx, a CDN) may keep, in seconds: pages and feeds are fresh for PULSE_S_MAXAGE
 * (default an hour), then served stale for up to PULSE_STALE_WHILE_REVALIDATE more (default a day) while
 * the cache fetches them again. Browsers keep nothing (max-age=0): a published edit reaches a reader as
 * soon as the cache in front has it. Read at build time. deploy/README.md says how to purge after a release.
 */
const seconds = (name, fallback) => {
  const value = process.env[name] ?? String(fallback);
  if (!/^\d+$/.test(value)) throw new Error(`${name}="${value}" is not a whole number of seconds.`);
  return Number(value);
};
const SHARED_CACHE = `public, max-age=0, s-maxage=${seconds('PULSE_S_MAXAGE', 3600)}, stale-while-revalidate=${seconds('PULSE_STALE_WHILE_REVALIDATE', 86400)}`;

/**
 * The shared page cache (lib/cache/redis-cache-handler.mjs, deploy/README.md): with REDIS_URL set when the
 * config is read (at `next start`, and at `next build` for a release, whose config is fixed by its build),
 * every replica shares rendered pages and revalidations through Redis, and Next keeps no copy in memory
 * that another replica's revalidation could not reach. Without it, Next's own filesystem cache (one machine).
 */
const sharedCache = process.env.REDIS_URL
  ? { cacheHandler: path.join(projectRoot, 'lib', 'cache', 'redis-cache-handler.mjs'), cacheMaxMemorySize: 0 }
  : {};

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run build` builds into a staging folder and switches it in only when the build succeeded, so a
  // failed or interrupted build leaves the served site as it was (scripts/build.sh).
  distDir,
  // Hugo's URLs end with a slash; keeping them means old links keep working. proxy.ts adds the slash (308)
  // instead of Next, after the redirects below: an old URL without its slash is then one redirect, not two.
  trailingSlash: true,
  skipTrailingSlashRedirect: true,
  poweredByHeader: false,
  ...sharedCache,
  // The Redis client stays a Node module (one client per process for the cache handler and /api/health).
  serverExternalPackages: ['redis'],
  reactStrictMode: true,
  // This folder is the whole project, even when a copy sits inside another checkout (the benchmark's
  // scratch copies do): Next must not guess a parent folder from a lockfile further up.
  turbopack: { root: projectRoot },
  outputFileTracingRoot: projectRoot,
  // Types are checked by `npm run typecheck` (part of `npm test`); checking them again in every build
  // would add seconds to each content rebuild.
  typescript: { ignoreBuildErrors: true },
  // Hugo's home pagination only: the redirects and rewrites content decides (aliases, chosen URLs) are
  // looked up from the live content store in proxy.ts, so a publish changes them with no build.
  async redirects() {
    return homePaginationRedirects();
  },
  // Every response's headers come from here (pages, RSC payloads, route handlers, 404s, static files).
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // HSTS only over TLS (RFC 6797 §7.2): the TLS end in front (nginx, deploy/nginx/) says so in
      // X-Forwarded-Proto. A forged header on plain http costs nothing: browsers ignore HSTS there.
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [STRICT_TRANSPORT_SECURITY] },
      // Caching, the later rule winning where two match.
      // Not the search index's files: its route gives hashed names `immutable` and the rest `must-revalidate`.
      { source: '/:path((?!pagefind/).*)', headers: [{ key: 'Cache-Control', value: SHARED_CACHE }] },
      // Next's own value for its hashed files, restated: the rule above would otherwise replace it.
      { source: '/_next/static/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      { source: '/api/:path*', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
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
  // Replicas: one self-contained server folder (`npm run package` makes release/ of it, deploy/README.md),
  // written by `next build` only (see the export below); a build ID and deployment ID from the sources, not chance, so that two builds of one commit serve the
  // same pages and asset URLs, and a browser holding an older release's page reloads instead of mixing
  // chunks (Next's version-skew protection). Unset (a bare `next build`): Next's own random build ID.
  // The server reads the project's files from its working folder (the pipeline's source for preview,
  // content/), so the trace takes the whole project: not these, which no server reads.
  outputFileTracingExcludes: {
    '/*': ['./release/**', './bench/**', './e2e/**', './tests/**', './deploy/**', './test-results/**', './playwright-report/**', './.content-cache/**', './.next-previous/**', './.next-build-*/**', './.next/**', './*.md', './Dockerfile', './*.txt', './*.tsbuildinfo', './**/*.test.ts', './**/*.test.tsx', './**/__fixtures__/**', './.e2e-content/**'],
  },
  generateBuildId: async () => BUILD_ID ?? null,
  ...(BUILD_ID ? { deploymentId: BUILD_ID } : {}),
  experimental: {
    // Prerender with every core: Next's default leaves one idle, which on 2 cores halves the speed.
    cpus: Math.max(1, os.availableParallelism()),
  },
};

/**
 * Per phase: `next build` inlines into the server's code the release's identity and the site's address
 * (lib/site-url.mjs), so that a server started later with another SITE_URL keeps the build's, and writes the
 * standalone server folder as well as the usual build. Only `next build` fails without SITE_URL; `next dev`
 * and `next start` read no address here, and `next start` must not be told `output: 'standalone'`, or it
 * warns on every start that it is the wrong server (the standalone one is for `npm run package`'s release/).
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
export default function config(phase) {
  if (phase !== PHASE_PRODUCTION_BUILD) return nextConfig;
  const builtSiteUrl = siteUrlForBuild(process.env);
  const env = { ...(BUILD_ID ? { PULSE_BUILD_ID: BUILD_ID } : {}), ...(builtSiteUrl ? { PULSE_BUILT_SITE_URL: builtSiteUrl } : {}) };
  return { ...nextConfig, output: 'standalone', env };
}
