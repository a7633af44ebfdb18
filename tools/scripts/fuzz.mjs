// `npm run fuzz -- --runs 10000 [--seed 42]`: the property-based fuzz test of the GraphQL API
// (apps/api/test/fuzz.int-spec.ts) with more calls or another seed than in `npm test`.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const env = { ...process.env, TZ: 'UTC', NX_DAEMON: 'false' };
if (option('runs')) env.FUZZ_RUNS = option('runs');
if (option('seed')) env.FUZZ_SEED = option('seed');
const run = spawnSync('npx', ['jest', '-c', 'jest.integration.config.ts', '--ci', 'apps/api/test/fuzz.int-spec.ts'], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
