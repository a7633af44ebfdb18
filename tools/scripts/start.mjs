// `npm start`: build what is missing or stale (Nx caches), then run the API, which also serves the web app.
import { spawn, spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], {
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error('[koko] Build failed; see above.');
  process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['dist/apps/api/main.js', ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl-C reaches the server through the terminal's process group; forward other stops explicitly.
process.on('SIGTERM', () => server.kill('SIGTERM'));
process.on('SIGINT', () => undefined);
server.on('exit', (code) => process.exit(code ?? 0));
