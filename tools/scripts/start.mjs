#!/usr/bin/env node
// `npm start`: builds the api and the web app when they are not built yet (Nx cache makes this
// quick when nothing changed), then serves both on PORT (default 3000).
// SKIP_BUILD=1 serves the existing build as it is.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const main = resolve(root, 'dist/apps/api/main.js');

if (!process.env.SKIP_BUILD || !existsSync(main)) {
  const build = spawnSync(
    process.execPath,
    [
      resolve(root, 'node_modules/nx/dist/bin/nx.js'),
      'run-many',
      '-t',
      'build',
      '-p',
      'api',
      'web',
      '--output-style=static',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['--enable-source-maps', main], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C and a process manager's stop reach this process (package.json starts it with `exec`,
// so no shell sits in between): pass them on and exit when the server has shut down.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
// If whoever started us dies without a signal reaching us (kill -9 of npm), stop the server too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) server.kill('SIGTERM');
}, 1000).unref();
