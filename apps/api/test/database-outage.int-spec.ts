import { createUser, TestApp } from '@koko/api/testing';
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { startApp } from './support/app';

/**
 * While the pool cannot reach PostgreSQL (simulated: every new connection is refused, as during a
 * restart), a signed-in user is never treated as signed out: `me` answers SERVICE_UNAVAILABLE with
 * a translated message, and the session works again once the database is back.
 */
describe('database outage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  function refuseConnections(): () => void {
    const pool = (t.db.driver as PostgresDriver).master as Pool;
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const spy = jest.spyOn(pool, 'connect').mockImplementation(((callback?: (err: Error) => void) => {
      if (callback) return void setImmediate(() => callback(refused));
      return Promise.reject(refused);
    }) as never);
    return () => spy.mockRestore();
  }

  it('answers "temporarily unavailable" instead of signing the user out, then serves again', async () => {
    const user = await createUser(t.db);
    const de = t.client('de');
    await de.signIn(user.email, user.password);
    expect(await de.ok(`{ me { id } }`)).toEqual({ me: { id: user.id } });

    const restore = refuseConnections();
    try {
      const started = Date.now();
      const me = await de.run(`{ me { id } }`);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(me.data?.me ?? null).toBeNull();
      expect(me.errors?.[0]).toMatchObject({
        message: 'KoKo Campus ist vorübergehend nicht erreichbar. Bitte versuchen Sie es in einigen Augenblicken erneut.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      const protectedCall = await de.run(`{ myEnrolments { id } }`);
      expect(protectedCall.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      const health = await t.http().get('/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    } finally {
      restore();
    }

    expect(await de.ok(`{ me { id } }`)).toEqual({ me: { id: user.id } });
    expect((await t.http().get('/health')).status).toBe(200);
  });
});
