// `npm run schema:export`: writes apps/api/schema.graphql from the running code-first API
// (the integration test that otherwise fails when the file is out of date).
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['jest', '-c', 'jest.integration.config.ts', 'apps/api/test/schema.int-spec.ts'], {
  stdio: 'inherit',
  env: { ...process.env, UPDATE_SCHEMA: '1' },
});
process.exit(run.status ?? 1);
