// `npm run test:scale`: three built API processes on one PostgreSQL and one S3 bucket behind nginx
// (apps/api/scale). Builds the API first when there is no build (CI runs it after `npm test`, which built it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { imageNode, imageNodeMajor } from './image-node.mjs';

const env = { ...process.env, TZ: 'UTC', NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
if (!existsSync('dist/apps/api/main.js')) {
  console.log('[scale] No API build found: building it …');
  const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The instances run on the container image's Node (the Dockerfile's major version), so the release
// that operators deploy is the one this journey proves; the test process itself stays on this Node.
const node = imageNode();
if (node) {
  env.SCALE_NODE = node;
  console.log(`[scale] The instances run on Node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()} (the Dockerfile's node:${imageNodeMajor()} image).`);
}
const run = spawnSync('npx', ['jest', '-c', 'jest.scale.config.ts', '--ci', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
