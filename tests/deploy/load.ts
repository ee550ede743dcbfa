// autocannon (a devDependency) through its programmatic API, typed here for what the test uses.
import { createRequire } from 'node:module';

export interface LoadResult {
  requests: { sent: number; total: number };
  latency: { p99: number; p50: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  statusCodeStats: Record<string, { count: number }>;
}

interface Instance extends PromiseLike<LoadResult> {
  stop(): void;
}

interface Options {
  url: string;
  connections: number;
  duration: number;
  requests: { method?: string; path: string; setupRequest?: (request: { path: string }) => { path: string } }[];
}

const autocannon = createRequire(import.meta.url)('autocannon') as (options: Options) => Instance;

/** Load on `paths` in turn from `connections` connections until stopped (or `maxSeconds`). Each request
 * gets its own query string, so the cache in front passes every one to a replica. */
export function startLoad(origin: string, paths: string[], connections: number, maxSeconds: number): Instance {
  let counter = 0;
  return autocannon({
    url: origin,
    connections,
    duration: maxSeconds,
    requests: paths.map((path) => ({ method: 'GET', path, setupRequest: (request) => ({ ...request, path: `${path}?load=${counter++}` }) })),
  });
}
