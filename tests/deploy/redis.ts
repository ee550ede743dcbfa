// Debian's redis-server for the tests: installed with apt when missing, started on a loopback port with
// nothing saved to disk, stopped by its PID.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export interface RedisServer {
  port: number;
  url: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

export function ensureRedisServer(): string {
  const binary = '/usr/bin/redis-server';
  if (!fs.existsSync(binary)) execFileSync('apt-get', ['install', '-y', 'redis-server'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!fs.existsSync(binary)) throw new Error('redis-server is not installed and apt-get could not install it: apt-get install -y redis-server');
  return binary;
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
    socket.on('error', () => resolve(false));
  });

/** redis-server on 127.0.0.1:`port`; resolves once it accepts connections. */
export async function startRedis(port: number): Promise<RedisServer> {
  const child = spawn(ensureRedisServer(), ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 10_000;
  while (!(await answers(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, url: `redis://127.0.0.1:${port}`, process: child, exited };
}

export async function stopRedis(server: RedisServer): Promise<void> {
  if (server.process.exitCode === null) server.process.kill('SIGTERM');
  await server.exited;
}
