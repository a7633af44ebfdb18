// `npm test`: every tier in order — lint, typecheck, unit, integration, browser. Stops at the first failing tier
// and ends with one summary line ("N passed, N failed").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('tmp/test-results', { recursive: true });
const env = { ...process.env, TZ: 'UTC', NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const only = process.argv[2];

const tiers = [
  { name: 'lint', cmd: ['npx', 'nx', 'run-many', '-t', 'lint', '--output-style=static'] },
  // Jest transpiles one file at a time (tsconfig.jest.json), so the types of the API, its tests, the
  // journeys and the tools are checked here once, as a whole program.
  { name: 'typecheck', cmd: ['npx', 'tsc', '-p', 'tsconfig.typecheck.json'] },
  { name: 'unit', cmd: ['npx', 'jest', '-c', 'jest.config.ts', '--ci'], json: 'tmp/test-results/unit.json' },
  { name: 'integration', cmd: ['npx', 'jest', '-c', 'jest.integration.config.ts', '--ci'], json: 'tmp/test-results/integration.json' },
  { name: 'build', cmd: ['npx', 'nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'] },
  { name: 'e2e', cmd: ['npx', 'jest', '-c', 'apps/web-e2e/jest.config.ts', '--ci', '--runInBand'], json: 'tmp/test-results/e2e.json' },
].filter((t) => !only || t.name === only || (only === 'e2e' && t.name === 'build'));

let passed = 0;
let failed = 0;
for (const tier of tiers) {
  console.log(`\n=== ${tier.name} ===`);
  const args = tier.json ? [...tier.cmd.slice(1), '--json', `--outputFile=${tier.json}`] : tier.cmd.slice(1);
  const started = Date.now();
  const run = spawnSync(tier.cmd[0], args, { stdio: 'inherit', env });
  if (tier.json && existsSync(tier.json)) {
    const result = JSON.parse(readFileSync(tier.json, 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests;
  }
  console.log(`=== ${tier.name}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s ===`);
  if (run.status !== 0) {
    if (failed === 0) failed = 1;
    console.log(`\n${passed} passed, ${failed} failed`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
