import { createTestApp, TestApp } from '@koko/api/testing';
import { createApp } from '../../src/bootstrap';

/** The app as `npm start` builds it, on a database of its own. */
export function startApp(env: Record<string, string> = {}): Promise<TestApp> {
  return createTestApp(createApp, env);
}
