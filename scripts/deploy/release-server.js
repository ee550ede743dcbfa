// release/server.js: starts the release. It checks first that the folder holds every file the site needs
// (RELEASE.json lists them; `npm run package` wrote both) and exits 1 naming what is missing, then starts
// Next's standalone server (next-server.js, as Next wrote it) with our graceful shutdown switched on.
// PORT and HOSTNAME as for Next's server; PULSE_SHUTDOWN_TIMEOUT and PULSE_SHUTDOWN_DELAY (ms).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const manifestFile = path.join(here, 'RELEASE.json');
if (!fs.existsSync(manifestFile)) {
  console.error(`This release is incomplete: ${manifestFile} is missing. Copy the whole release/ folder, or make it again with "npm run build && npm run package".`);
  process.exit(1);
}
const release = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const missing = release.required.filter((file) => !fs.existsSync(path.join(here, file)));
if (missing.length > 0) {
  console.error(`This release is incomplete: missing ${missing.map((file) => path.join(here, file)).join(', ')}. Copy the whole release/ folder, or make it again with "npm run build && npm run package".`);
  process.exit(1);
}
// Next leaves SIGTERM and SIGINT to instrumentation.ts: fail the health check, drain, exit 0.
process.env.NEXT_MANUAL_SIG_HANDLE ??= 'true';
// The shared page cache keeps entries per build (lib/cache/redis-cache-handler.mjs).
process.env.PULSE_BUILD_ID ??= release.buildId;
console.log(`Pulse release ${release.buildId}`);
await import('./next-server.js');
