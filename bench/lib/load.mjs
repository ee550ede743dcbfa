// Serving speed under load: autocannon against one URL, with the server's memory before and after.
import autocannon from 'autocannon';

export async function loadTest(server, pathname, { connections = 50, duration = 20 } = {}) {
  const rssBefore = server.rss();
  const result = await autocannon({ url: server.url + pathname, connections, duration, headers: { 'accept-encoding': 'gzip' } });
  return {
    path: pathname,
    connections,
    durationSeconds: duration,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx3xx: result.non2xx,
    status: result['2xx'] ? '2xx' : result['4xx'] ? '4xx' : 'other',
    errors: result.errors,
    timeouts: result.timeouts,
    serverRssBeforeBytes: rssBefore,
    serverRssAfterBytes: server.rss(),
  };
}
