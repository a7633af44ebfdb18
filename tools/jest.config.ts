export default {
  displayName: 'tools',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.jest.json', diagnostics: { ignoreCodes: [151002] } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/**/*.spec.ts'],
  // tools/bench is a project of its own (it may use the API libraries).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/bench/'],
  testTimeout: 60_000,
};
