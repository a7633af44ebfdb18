import { sqlOne, sqlRows, sqlRun, SqlRunner } from './sql';

/** TypeORM's postgres driver: rows for SELECT/INSERT, `[rows, affected]` for UPDATE and DELETE. */
const answering = (result: unknown): SqlRunner => ({ query: async () => result }) as unknown as SqlRunner;

describe('typed SQL helpers', () => {
  it('return the rows of a SELECT or INSERT … RETURNING', async () => {
    expect(await sqlRows<{ n: number }>(answering([{ n: 1 }, { n: 2 }]), 'SELECT')).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('unwrap the rows of an UPDATE or DELETE … RETURNING', async () => {
    expect(await sqlRows<{ id: string }>(answering([[{ id: 'a' }], 1]), 'UPDATE')).toEqual([{ id: 'a' }]);
    expect(await sqlRows(answering([[], 0]), 'DELETE')).toEqual([]);
  });

  it('sqlOne insists on exactly one row', async () => {
    expect(await sqlOne<{ n: number }>(answering([{ n: 7 }]), 'SELECT 7 AS n')).toEqual({ n: 7 });
    await expect(sqlOne(answering([]), 'SELECT nothing')).rejects.toThrow('Expected exactly one row, got 0: SELECT nothing');
    await expect(sqlOne(answering([{ n: 1 }, { n: 2 }]), 'SELECT two')).rejects.toThrow('got 2');
  });

  it('sqlRun reports the affected rows where PostgreSQL says so', async () => {
    expect(await sqlRun(answering([[], 3]), 'UPDATE')).toBe(3);
    expect(await sqlRun(answering([]), 'SELECT pg_advisory_xact_lock(1)')).toBeUndefined();
  });

  it('refuses an answer that is no row list', async () => {
    await expect(sqlRows(answering(undefined), 'SET x')).rejects.toThrow('no row list');
  });
});
