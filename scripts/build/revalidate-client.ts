// The publishing side of POST /api/revalidate: asks the running server to render pages again, then
// requests each page once so that the render happens now, not for the next reader.
import { REVALIDATE_ROUTE, type RevalidateRequest } from '../../lib/revalidate';

// Pages requested at once while warming: rendering is CPU-bound on the server, which has few cores.
const CONCURRENCY = 4;

export function serverOrigin(): string {
  const url = process.env.PULSE_SERVER_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  return url.replace(/\/+$/, '');
}

/** Marks the pages stale on the server. Throws with what to do when the server does not take it. */
export async function requestRevalidation(origin: string, secret: string, paths: string[]): Promise<void> {
  const body: RevalidateRequest = { paths };
  const response = await fetch(`${origin}${REVALIDATE_ROUTE}/`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).catch((error: unknown) => {
    throw new Error(`No server answers at ${origin} (${causeOf(error)}). Start it with "npm start" and REVALIDATE_SECRET set, or set PULSE_SERVER_URL to its address.`);
  });
  if (response.status === 404) throw new Error(`The server at ${origin} has no revalidation route: it was started without REVALIDATE_SECRET. Restart it with the secret set.`);
  if (response.status === 401) throw new Error(`The server at ${origin} refused the secret: REVALIDATE_SECRET here differs from the server's.`);
  if (!response.ok) throw new Error(`The server at ${origin} answered ${response.status} to the revalidation request: ${(await response.text()).slice(0, 500)}`);
}

/** Requests every page so the server renders it again now; throws if any does not answer 200. */
export async function renderPages(origin: string, paths: string[]): Promise<void> {
  const queue = [...paths];
  const failures: string[] = [];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await fetch(origin + path).catch((error: unknown) => ({ status: causeOf(error), body: null }) as const);
      if (response.status !== 200) failures.push(`${path} (${response.status})`);
      if ('arrayBuffer' in response) await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
  if (failures.length > 0) throw new Error(`The server could not render ${failures.length} page${failures.length === 1 ? '' : 's'}: ${failures.slice(0, 5).join(', ')}.`);
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? String(error);
}
