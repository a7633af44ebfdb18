// `npm run storage:migrate` (and other one-off commands of the API bundle): builds the API, then runs
// `node dist/apps/api/main.js <command>` with the environment as given (DATABASE_URL, STORAGE_*, S3_*).
// On a server without the sources, run `node dist/apps/api/main.js <command>` directly.
import { spawnSync } from 'node:child_process';

const command = process.argv[2];
if (!['storage:migrate', 'backup', 'restore'].includes(command)) {
  console.error('Usage: node tools/scripts/api-command.mjs storage:migrate | backup [folder] | restore <backup folder>');
  process.exit(2);
}
const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, ['dist/apps/api/main.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
