/** A throw-away redis-server for the tests that need one (Redis register, two server processes). */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tempDir } from './store-helpers';

export const REDIS_SERVER = '/usr/bin/redis-server';
export const haveRedis = existsSync(REDIS_SERVER);

export interface TestRedis {
  url: string;
  port: number;
  process: ChildProcess;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A redis-server (no persistence) on a free port; resolves once it accepts connections. */
export async function startRedis(): Promise<TestRedis> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const dir = tempDir('vanban-redis-');
    const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const ready = await new Promise<boolean>((resolve) => {
      let output = '';
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        if (output.includes('Ready to accept connections')) resolve(true);
      });
      child.on('exit', () => resolve(false));
    });
    if (ready) return { url: `redis://127.0.0.1:${port}`, port, process: child };
    // The port was taken between the check and the start: try another.
    if (attempt >= 3) throw new Error('redis-server did not start');
  }
}
