import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { send, Target } from './http-client';

/** The built server, exactly what `npm start`, systemd and the container run. */
export const MAIN = resolve(__dirname, '../../../../dist/apps/api/main.js');

/** The Node that runs the instances: the container image's (set by `npm run test:scale`), else this one. */
export const INSTANCE_NODE = process.env['SCALE_NODE'] || process.execPath;

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? ok(a.port) : fail(new Error('no port'))));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Instance extends Target {
  port: number;
  /** What the process wrote (stdout and stderr), for failure messages. */
  output: string[];
  /** Resolves with the exit code (null after a signal) once the process has ended. */
  exited: Promise<number | null>;
  running(): boolean;
  signal(name: NodeJS.Signals): void;
}

/**
 * Starts `node dist/apps/api/main.js` with exactly the given environment (plus PATH and HOME): no
 * variable of the test process leaks in. The process is a direct child of the test; `stopInstances`
 * ends those the test started, and nothing else.
 */
export function startInstance(name: string, port: number, env: Record<string, string>): Instance {
  if (!existsSync(MAIN)) throw new Error(`No API build at ${MAIN}: run "npx nx build api" first (npm run test:scale builds it when missing)`);
  const child: ChildProcess = spawn(INSTANCE_NODE, [MAIN], {
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? '/tmp', TZ: 'UTC', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (c: Buffer) => output.push(...c.toString('utf8').split('\n').filter(Boolean)));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  started.add(child);
  void exited.then(() => started.delete(child));
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    port,
    output,
    exited,
    running: () => child.exitCode === null && child.signalCode === null,
    signal: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}

const started = new Set<ChildProcess>();
// A test run that ends abruptly still takes its servers along (they are this process's children).
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

/** Polls `/health/ready` until it answers 200; fails early with the output of a process that ended. */
export async function waitUntilReady(instance: Instance, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (!instance.running()) throw new Error(`${instance.name} ended during its start:\n${instance.output.slice(-30).join('\n')}`);
    const res = await send(instance, '/health/ready', { timeoutMs: 5000 }).catch(() => null);
    if (res?.status === 200) return;
    if (Date.now() > until) throw new Error(`${instance.name} was not ready within ${timeoutMs / 1000} s (last: HTTP ${res?.status ?? 'none'} ${res?.body.toString('utf8') ?? ''}):\n${instance.output.slice(-30).join('\n')}`);
    await sleep(200);
  }
}

/** SIGTERM to those still running, SIGKILL after `graceMs`; answers each one's exit code. */
export async function stopInstances(instances: Instance[], graceMs = 40_000): Promise<(number | null)[]> {
  return Promise.all(
    instances.map(async (instance) => {
      if (!instance.running()) return instance.exited;
      instance.signal('SIGTERM');
      const timer = setTimeout(() => instance.signal('SIGKILL'), graceMs);
      const code = await instance.exited;
      clearTimeout(timer);
      return code;
    }),
  );
}
