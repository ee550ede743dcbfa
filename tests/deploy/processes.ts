// The deploy test's processes: release replicas and nginx, each started and stopped by its own PID.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Replica {
  dir: string;
  port: number;
  origin: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls a URL until it answers `status`; throws after `timeoutMs`. */
export async function waitFor(url: string, status = 200, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(url).then((response) => response.status === status, () => false)) return;
    await sleep(100);
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms`);
}

/** `node server.js` in a release folder, as an operator runs it; resolves once /api/health answers 200. */
export async function startReplica(dir: string, port: number, env: Record<string, string> = {}): Promise<Replica> {
  const log = fs.openSync(path.join(dir, `replica-${port}.log`), 'a');
  const child = spawn(process.execPath, ['server.js'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const origin = `http://127.0.0.1:${port}`;
  await Promise.race([waitFor(`${origin}/api/health`), exited.then((code) => Promise.reject(new Error(`the replica in ${dir} exited with ${code}: ${fs.readFileSync(path.join(dir, `replica-${port}.log`), 'utf8')}`)))]);
  return { dir, port, origin, process: child, exited };
}

/** SIGTERM, as an orchestrator sends it; resolves with the exit code. */
export async function stopReplica(replica: Replica): Promise<number | null> {
  replica.process.kill('SIGTERM');
  return replica.exited;
}

export function ensureNginx(): string {
  const installed = () => ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file));
  if (!installed()) execFileSync('apt-get', ['install', '-y', 'nginx'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const binary = installed();
  if (!binary) throw new Error('nginx is not installed and apt-get could not install it: apt-get install -y nginx');
  return binary;
}

/**
 * deploy/nginx/pulse.conf as it is, but for the replicas and port given, its cache in `dir`, inside a
 * minimal main configuration that keeps every file nginx writes in `dir`.
 */
export function writeNginxConfig(dir: string, reference: string, port: number, upstreams: number[], refreshSecret = 'a-deploy-test-refresh-secret'): string {
  const refreshMap = path.join(dir, 'pulse-refresh.conf');
  fs.writeFileSync(refreshMap, `map $http_x_pulse_refresh $pulse_refresh {\n    default 0;\n    "${refreshSecret}" 1;\n}\n`);
  const site = fs
    .readFileSync(reference, 'utf8')
    .replace(/^(\s*)server 127\.0\.0\.1:3001 (.*)$/m, (_, indent: string, rest: string) => upstreams.map((upstream) => `${indent}server 127.0.0.1:${upstream} ${rest}`).join('\n'))
    .replace(/^\s*server 127\.0\.0\.1:3002 .*\n/m, '')
    .replace('/var/cache/nginx/pulse', path.join(dir, 'cache'))
    .replace('include /etc/nginx/pulse-refresh.conf;', `include ${refreshMap};`)
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`);
  if (!site.includes(`127.0.0.1:${upstreams[0]}`) || !site.includes(refreshMap) || !site.includes(`listen 127.0.0.1:${port}`)) throw new Error(`${reference} no longer has the lines the deploy test adapts (upstream servers, listen 80)`);
  fs.writeFileSync(path.join(dir, 'pulse.conf'), site);
  const main = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    main,
    [
      'worker_processes 1;',
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      `  access_log ${path.join(dir, 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${path.join(dir, `${kind}-temp`)};`),
      `  include ${path.join(dir, 'pulse.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  return main;
}

export async function startNginx(binary: string, dir: string, config: string, origin: string): Promise<ChildProcess> {
  const child = spawn(binary, ['-p', dir, '-c', config, '-g', `daemon off; pid ${path.join(dir, 'nginx.pid')};`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`nginx exited with ${code}: ${stderr}`))));
  await Promise.race([waitFor(`${origin}/api/health`), exited]);
  return child;
}

export async function stopNginx(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGQUIT');
  await exited;
}
