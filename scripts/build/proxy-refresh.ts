// The caches in front follow a publish: each changed URL is requested through nginx with the refresh
// header (deploy/nginx/pulse.conf: the request skips the cache and stores the replica's new answer), and a
// CDN's purge webhook, when one is set, receives the changed URLs. Settings (deploy/README.md):
//   PULSE_PROXY_URL             nginx's address as publish reaches it (http://10.0.0.5 or http://127.0.0.1:8080)
//   PULSE_PROXY_REFRESH_SECRET  the value nginx's pulse-refresh.conf maps to a refresh
//   PULSE_PURGE_URL             a webhook: POST {"urls": [absolute URLs]}; PULSE_PURGE_TOKEN, if set, as a Bearer token
//   SITE_URL                    the public address the purged URLs are given under (lib/site.ts)

export const REFRESH_HEADER = 'X-Pulse-Refresh';
// Pages requested at once: each refresh is a render on a replica.
const CONCURRENCY = 4;

export interface ProxySettings {
  proxyUrl?: string;
  refreshSecret?: string;
  purgeUrl?: string;
  purgeToken?: string;
  siteUrl: string;
}

export function proxySettings(env: Record<string, string | undefined> = process.env): ProxySettings {
  const settings = {
    proxyUrl: env.PULSE_PROXY_URL?.replace(/\/+$/, '') || undefined,
    refreshSecret: env.PULSE_PROXY_REFRESH_SECRET || undefined,
    purgeUrl: env.PULSE_PURGE_URL || undefined,
    purgeToken: env.PULSE_PURGE_TOKEN || undefined,
    siteUrl: (env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, ''),
  };
  if (settings.proxyUrl && !settings.refreshSecret) throw new Error('PULSE_PROXY_URL is set but PULSE_PROXY_REFRESH_SECRET is not: set it to the secret in nginx\'s pulse-refresh.conf (deploy/README.md).');
  return settings;
}

/** What the caches in front did with a publish's changed paths. */
export interface ProxyRefreshReport {
  refreshed: string[];
  purged: string[];
}

/** Requests each path through nginx with the refresh header; throws naming every path nginx did not store anew. */
export async function refreshThroughProxy(proxyUrl: string, secret: string, paths: string[]): Promise<string[]> {
  const queue = [...paths];
  const failures: string[] = [];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await fetch(proxyUrl + path, { headers: { [REFRESH_HEADER]: secret } }).catch((error: unknown) => error as Error);
      if (response instanceof Error) failures.push(`${path}: no answer from ${proxyUrl} (${response.message})`);
      else {
        await response.arrayBuffer();
        // A removed page answers 404, which nginx does not keep (Next sends no-store): nothing stale remains.
        if (!response.ok && response.status !== 404) failures.push(`${path}: ${response.status}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
  if (failures.length > 0) throw new Error(`nginx at ${proxyUrl} did not refresh ${failures.length} of ${paths.length} pages (readers there still see the old ones until s-maxage):\n  ${failures.join('\n  ')}\nCheck PULSE_PROXY_URL and PULSE_PROXY_REFRESH_SECRET against nginx's pulse-refresh.conf, then publish again.`);
  return paths;
}

/** POSTs the changed URLs (absolute, under SITE_URL) to the CDN's purge webhook; throws unless it answers 2xx. */
export async function purgeThroughWebhook(purgeUrl: string, token: string | undefined, siteUrl: string, paths: string[]): Promise<string[]> {
  const urls = paths.map((path) => siteUrl + path);
  const response = await fetch(purgeUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ urls }),
  }).catch((error: unknown) => {
    throw new Error(`The purge webhook PULSE_PURGE_URL (${purgeUrl}) does not answer (${(error as Error).message}); the CDN keeps the old pages until s-maxage.`);
  });
  if (!response.ok) throw new Error(`The purge webhook PULSE_PURGE_URL (${purgeUrl}) answered ${response.status}: ${(await response.text()).slice(0, 300)}; the CDN keeps the old pages until s-maxage.`);
  return urls;
}

/** Refreshes nginx and purges the CDN for the changed paths, as far as each is configured. */
export async function refreshCachesInFront(paths: string[], settings: ProxySettings = proxySettings()): Promise<ProxyRefreshReport> {
  const refreshed = settings.proxyUrl && settings.refreshSecret ? await refreshThroughProxy(settings.proxyUrl, settings.refreshSecret, paths) : [];
  const purged = settings.purgeUrl ? await purgeThroughWebhook(settings.purgeUrl, settings.purgeToken, settings.siteUrl, paths) : [];
  return { refreshed, purged };
}
