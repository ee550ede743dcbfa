// The bench's serving figures behind the reference deployment (deploy/): the built project in the folder
// given is packaged (`npm run package`), one replica runs from release/ and nginx runs in front of it with
// deploy/nginx/pulse.conf (as the deploy test adapts it), then autocannon measures the seed article through
// nginx (cache warm), the same page from the replica directly, and nginx serving the same HTML as a plain
// file: what a cache in front adds, against the ceiling of the proxy itself. Prints the figures as JSON.
// Usage: tsx bench/proxy-serving.ts <built project> <seed path> <connections> <seconds>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureNginx, startNginx, startReplica, stopNginx, stopReplica, writeNginxConfig } from '../tests/deploy/processes';
import { loadTest } from './lib/load.mjs';

const [dir, seedPath, connections, seconds] = process.argv.slice(2);
const REPLICA_PORT = 3211;
const NGINX_PORT = 3212;
const STATIC_FILE = '/bench-static/seed.html';

execFileSync('npm', ['run', 'package'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
const replica = await startReplica(path.join(dir, 'release'), REPLICA_PORT);
const nginxDir = path.join(dir, 'nginx-bench');
fs.mkdirSync(path.join(nginxDir, 'bench-static'), { recursive: true });
fs.chmodSync(nginxDir, 0o755);
const config = writeNginxConfig(nginxDir, path.join(dir, 'deploy', 'nginx', 'pulse.conf'), NGINX_PORT, [REPLICA_PORT]);
// The plain file nginx serves from disk: the seed's HTML as the replica renders it.
// Compressed beforehand (gzip_static), as the cache holds Next's gzipped answer: nginx compressing the file
// on every request would measure gzip, not serving.
const seedHtml = await (await fetch(replica.origin + seedPath)).text();
fs.writeFileSync(path.join(nginxDir, STATIC_FILE), seedHtml);
fs.writeFileSync(path.join(nginxDir, `${STATIC_FILE}.gz`), gzipSync(seedHtml));
const site = path.join(nginxDir, 'pulse.conf');
fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace(`listen 127.0.0.1:${NGINX_PORT};`, `listen 127.0.0.1:${NGINX_PORT};\n    location /bench-static/ { root ${nginxDir}; gzip_static on; }`));
const origin = `http://127.0.0.1:${NGINX_PORT}`;
const nginx = await startNginx(ensureNginx(), nginxDir, config, origin);
try {
  // Warm nginx's cache: the first request fills it, the second is a hit.
  const cache: string[] = [];
  for (let i = 0; i < 2; i++) cache.push((await fetch(origin + seedPath, { headers: { 'accept-encoding': 'gzip' } })).headers.get('x-cache-status') ?? 'none');
  const options = { connections: Number(connections), duration: Number(seconds) };
  const noRss = (url: string) => ({ url, rss: () => 0 });
  const figures = [
    { label: 'seed through nginx (cache warm)', ...(await loadTest(noRss(origin), seedPath, options)) },
    { label: 'seed from one replica directly', ...(await loadTest(noRss(replica.origin), seedPath, options)) },
    { label: 'nginx serving the seed HTML as a static file', ...(await loadTest(noRss(origin), STATIC_FILE, options)) },
  ];
  console.log(JSON.stringify({ cacheStatusWarmup: cache, figures }));
} finally {
  await stopNginx(nginx);
  await stopReplica(replica);
}
