const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  // Unit tests assert behaviour, not speed: on two busy cores an Angular spec can need more than
  // jest's default 5 s to compile and settle, which is not a failure of the code under test.
  testTimeout: 30_000,
};
