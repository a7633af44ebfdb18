// What the integration tests use of the API benchmark (bench-baseline.int-spec keeps the baseline honest).
export { BASELINE_HANDLERS, createBaselineServer } from './baseline/server';
export type { BaselineOptions } from './baseline/server';
export { SCENARIOS } from './scenarios';
export type { BenchRole, Scenario } from './scenarios';
export { seedLargeDataSet } from './seed';
export type { BenchFixture } from './seed';
export { benchCookies, sessionCookie } from './sessions';
