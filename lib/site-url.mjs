// The site's public address (SITE_URL), the one source of every absolute URL: canonicals, og:url, JSON-LD,
// robots.txt, the sitemap and the feeds. It is fixed when the site is built: next.config.js inlines it into
// the server's code as PULSE_BUILT_SITE_URL, so pages prerendered at build time and pages, feeds and
// sitemaps rendered later all name the same host whatever the server is started with.
// Plain JavaScript: next.config.js and scripts/build.sh read it before any TypeScript loads.

export const LOCALHOST_URL = 'http://localhost:3000';

/** The variable, and the build flag, that let a build without SITE_URL use LOCALHOST_URL. */
export const ALLOW_LOCALHOST_ENV = 'PULSE_ALLOW_LOCALHOST';
export const ALLOW_LOCALHOST_FLAG = '--allow-localhost';

/**
 * SITE_URL as absolute URLs are built from it: an http(s) origin and optional path, no trailing slash.
 * @param {string} value
 * @returns {string}
 */
export function normalizeSiteUrl(value) {
  const trimmed = value.trim();
  if (!URL.canParse(trimmed) || !/^https?:$/.test(new URL(trimmed).protocol) || new URL(trimmed).search || new URL(trimmed).hash) {
    throw new Error(`SITE_URL="${value}" is not the site's public address. Set it to an http(s) URL such as https://health.example.org (no query or #fragment).`);
  }
  return trimmed.replace(/\/+$/, '');
}

/**
 * The address a production build gives the site, or an error saying what to do: a build without SITE_URL
 * would publish pages whose canonical, sitemap and share links point at localhost.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function siteUrlForBuild(env) {
  if (env.SITE_URL?.trim()) return normalizeSiteUrl(env.SITE_URL);
  if (env[ALLOW_LOCALHOST_ENV] === '1') return LOCALHOST_URL;
  throw new Error(
    `SITE_URL is not set. Every canonical URL, share link, sitemap and feed names the site's public address, so a production build needs it: ` +
      `SITE_URL=https://health.example.org npm run build. For a local build served at ${LOCALHOST_URL}, run "npm run build -- ${ALLOW_LOCALHOST_FLAG}" (or set ${ALLOW_LOCALHOST_ENV}=1).`,
  );
}

/**
 * The address the running code uses: the build's (inlined by next.config.js) inside a built server; in
 * scripts and tests, which no build inlines, SITE_URL as it is set, else LOCALHOST_URL.
 * @returns {string}
 */
export function siteUrl() {
  // Written out in full so Next's build can replace it with the build's value.
  const built = process.env.PULSE_BUILT_SITE_URL;
  if (built) return built;
  return process.env.SITE_URL?.trim() ? normalizeSiteUrl(process.env.SITE_URL) : LOCALHOST_URL;
}

/**
 * The warning a server started with another SITE_URL than its build's gives, or null when they agree.
 * @param {string} built
 * @param {string | undefined} runtime
 * @returns {string | null}
 */
export function siteUrlMismatch(built, runtime) {
  if (!runtime?.trim()) return null;
  let given;
  try {
    given = normalizeSiteUrl(runtime);
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)} This server uses the address it was built with, ${built}.`;
  }
  if (given === built) return null;
  return `SITE_URL is ${given} but this site was built for ${built}; every page, feed and sitemap keeps using ${built}. To serve it under ${given}, build again with SITE_URL=${given}.`;
}
