// Whether this server has begun shutting down, for the health endpoint to say so. Shared through
// globalThis: instrumentation.ts and the route handlers are separate bundles in Next's build, each with
// its own copy of this module, but one process and one globalThis.
const KEY = Symbol.for('pulse.lifecycle');

interface Lifecycle {
  shuttingDown: boolean;
}

function state(): Lifecycle {
  const holder = globalThis as typeof globalThis & { [KEY]?: Lifecycle };
  holder[KEY] ??= { shuttingDown: false };
  return holder[KEY];
}

export const isShuttingDown = (): boolean => state().shuttingDown;

export function beginShutdown(): void {
  state().shuttingDown = true;
}
