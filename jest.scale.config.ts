/**
 * `npm run test:scale`: three built API processes on one PostgreSQL and one S3 bucket behind nginx
 * (apps/api/scale). Uses the integration tests' global setup for the PostgreSQL server and its
 * migrated template; one file at a time, since each starts a whole cluster.
 */
import integration from './jest.integration.config';

export default {
  ...integration,
  displayName: 'scale',
  testMatch: ['<rootDir>/apps/api/scale/**/*.scale-spec.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
};
