export default {
  displayName: 'web-content-ui',
  preset: '../../../../jest.preset.js',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  // marked ships ESM only: transform it like the .mjs packages.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|marked/))'],
  moduleFileExtensions: ['ts', 'mjs', 'js', 'html'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../../../../coverage/libs/web/content/ui',
};
