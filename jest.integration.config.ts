/**
 * Integration tests: the real Nest app over HTTP against PostgreSQL. One server per run, one
 * database per test file (cloned from a migrated template), so files run in parallel.
 */
import { readFileSync } from 'node:fs';
import { pathsToModuleNameMapper } from 'ts-jest';

const { compilerOptions } = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8'));

export default {
  displayName: 'integration',
  rootDir: '.',
  // `node` plus Node's own require for ESM-only packages (see the file).
  testEnvironment: '<rootDir>/tools/jest/node-environment.js',
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: { ignoreCodes: [151002] } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
  // Behaviour, not speed: generous enough for a 2-core machine that also builds and runs browsers.
  testTimeout: 90_000,
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
};
