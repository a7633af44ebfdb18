import { getJestProjectsAsync } from '@nx/jest';

// Every project's unit tests; integration and browser tests have configs of their own.
export default async () => ({
  projects: await getJestProjectsAsync(),
});
