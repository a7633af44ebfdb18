import { getJestProjectsAsync } from '@nx/jest';

// Every project's unit tests; integration and browser tests have configs of their own.
export default async () => ({
  projects: await getJestProjectsAsync(),
  // Two cores; and a worker that has grown past 1 GB (ts-jest keeps every compiled module of every
  // project it ran) is replaced before its next file instead of running out of heap.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  // testTimeout is a global option: with `projects` jest ignores it in the project configs (and so
  // in jest.preset.js), so it is set here as well. Unit tests assert behaviour, not speed.
  testTimeout: 30_000,
});
