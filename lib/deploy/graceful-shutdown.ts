// Graceful shutdown for a replica behind a load balancer. On SIGTERM or SIGINT: the health endpoint
// answers 503 at once (the balancer stops sending), after PULSE_SHUTDOWN_DELAY ms (default 0; Kubernetes
// waits in preStop instead) the server stops accepting connections, the requests in flight finish (up to
// PULSE_SHUTDOWN_TIMEOUT ms, default 10000), then the process exits 0.
// Needs NEXT_MANUAL_SIG_HANDLE=true, so that Next leaves the signals to us (its own handler closes the
// server and exits 143 without failing the health check first). The HTTP server and its requests are
// seen through Node's diagnostics channels, so no private API of Next is touched.
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { beginShutdown, isShuttingDown } from './lifecycle';

interface RequestStart {
  request: IncomingMessage;
  response: ServerResponse;
  server: Server;
}

export interface ShutdownSettings {
  delayMs: number;
  timeoutMs: number;
}

/** The settings from the environment; a value that is not a whole number of ms is refused by name. */
export function shutdownSettings(env: Record<string, string | undefined> = process.env): ShutdownSettings {
  const milliseconds = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if (!/^\d+$/.test(value)) throw new Error(`${name}="${value}" is not a whole number of milliseconds. Set it to e.g. 10000, or unset it.`);
    return Number(value);
  };
  return { delayMs: milliseconds('PULSE_SHUTDOWN_DELAY', 0), timeoutMs: milliseconds('PULSE_SHUTDOWN_TIMEOUT', 10_000) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function installGracefulShutdown(settings: ShutdownSettings, log: (line: string) => void = console.log): void {
  const servers = new Set<Server>();
  let inFlight = 0;
  subscribe('http.server.request.start', (message) => {
    const { response, server } = message as RequestStart;
    servers.add(server);
    // Once shutting down, every answer ends its connection, so a proxy's kept-alive connections close
    // cleanly after a response instead of being cut under a request it is sending.
    if (isShuttingDown()) response.setHeader('Connection', 'close');
    inFlight++;
    // 'close' comes once per response, whether it finished or the client went away.
    response.once('close', () => inFlight--);
  });

  const shutDown = async (signal: NodeJS.Signals) => {
    if (isShuttingDown()) return;
    beginShutdown();
    log(`${signal}: shutting down (health answers 503; in flight: ${inFlight}).`);
    if (settings.delayMs > 0) await sleep(settings.delayMs);
    const closed = [...servers].map((server) => new Promise((resolve) => server.close(resolve)));
    const deadline = Date.now() + settings.timeoutMs;
    while (inFlight > 0 && Date.now() < deadline) await sleep(25);
    if (inFlight > 0) log(`Shutdown timeout (${settings.timeoutMs} ms): closing ${inFlight} request(s) still in flight.`);
    for (const server of servers) server.closeAllConnections();
    await Promise.race([Promise.all(closed), sleep(1000)]);
    log('Stopped.');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutDown('SIGTERM'));
  process.once('SIGINT', () => void shutDown('SIGINT'));
}
