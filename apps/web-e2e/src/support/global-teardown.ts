import type { ChildProcess } from 'node:child_process';

export default async function globalTeardown() {
  const server = (globalThis as { __DEELWIJS_SERVER__?: ChildProcess }).__DEELWIJS_SERVER__;
  if (!server || server.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
    setTimeout(() => server.kill('SIGKILL'), 10_000).unref();
  });
}
