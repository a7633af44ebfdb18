import { ChildProcess } from 'node:child_process';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __KOKO_SERVER__?: ChildProcess }).__KOKO_SERVER__;
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
}
