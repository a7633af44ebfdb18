/**
 * Browser journeys: the built app (API + web on one port, embedded PostgreSQL with demo data)
 * driven in Debian's chromium through playwright-core.
 */
export default {
  displayName: 'e2e',
  rootDir: '.',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../../tsconfig.jest.json', diagnostics: { ignoreCodes: [151002] } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  // A journey is a whole use case through several pages and roles; on two busy cores the longest need
  // more than a minute. The steps inside still wait for what they expect, so a real fault fails them.
  testTimeout: 180_000,
  maxWorkers: 1,
};
