// `npm run bench` runs every tools/bench/*.bench.ts; `npm run bench:certificates` (or
// `node tools/bench/run.mjs certificates`) runs one. Benchmarks are TypeScript without decorators,
// run in plain Node through ts-node in transpile-only mode (CommonJS, like the API bundle), one
// process each so they do not warm each other up. Extra arguments go to the benchmark.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const [only, ...args] = process.argv.slice(2);
const names = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .filter((name) => !only || only.startsWith('--') || name === only);
if (names.length === 0) {
  console.error(`No benchmark ${only ? `"${only}" ` : ''}in tools/bench`);
  process.exit(1);
}
const passArgs = only?.startsWith('--') ? [only, ...args] : args;
const env = { ...process.env, TS_NODE_PROJECT: join(root, 'tools', 'tsconfig.json'), TS_NODE_TRANSPILE_ONLY: 'true', NODE_ENV: 'production' };
let status = 0;
for (const name of names) {
  const run = spawnSync(process.execPath, ['--expose-gc', '-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(here, `${name}.bench.ts`), ...passArgs], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (run.status !== 0) status = run.status ?? 1;
}
process.exit(status);
