// `npm run db:migrate` / `npm run db:revert`: the API bundle applies or reverts migrations
// against DATABASE_URL or the embedded PostgreSQL, exactly as at start.
import { spawnSync } from 'node:child_process';

const command = process.argv[2];
if (!['migrate', 'revert'].includes(command)) {
  console.error('Usage: node tools/scripts/db.mjs migrate|revert');
  process.exit(2);
}
const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, ['dist/apps/api/main.js', command], { stdio: 'inherit' });
process.exit(run.status ?? 1);
