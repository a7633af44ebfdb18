import { join } from 'node:path';
import { findUntypedQueries, untypedQueriesIn } from './raw-sql';

const root = join(__dirname, '..', '..');

describe('raw SQL', () => {
  it('goes through the typed helpers everywhere outside migrations, seeding and test arrangement too', () => {
    expect(findUntypedQueries(root).map((q) => `${q.file}:${q.line} ${q.text}`)).toEqual([]);
  });

  it('bites on a direct query() call, typed or not, and leaves request query parameters alone', () => {
    const source = [
      "const rows = await this.db.query('SELECT 1');",
      'const [{ n }] = await m.query<{ n: number }[]>(`SELECT count(*) AS n FROM users`);',
      "if (req.query['inline'] === '1') return;",
      "const rows = await sqlRows<{ n: number }>(m, 'SELECT 1');",
    ].join('\n');
    expect(untypedQueriesIn('x.ts', source).map((q) => q.line)).toEqual([1, 2]);
  });
});
