import { DataSource, EntityManager } from 'typeorm';

/** Anything that runs raw SQL: the data source or a transaction's entity manager. */
export type SqlRunner = Pick<DataSource | EntityManager, 'query'>;

/**
 * TypeORM's postgres driver answers an UPDATE or DELETE (also inside a `WITH`) with
 * `[rows, affectedCount]` and every other statement with the rows alone. Rows are objects,
 * never arrays, so the two shapes cannot be confused.
 */
function rowsOf(result: unknown): unknown[] {
  if (!Array.isArray(result)) throw new TypeError('The statement returned no row list.');
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return result;
}

/**
 * Runs one statement and returns its rows with the type the caller declares for them.
 * Every raw statement outside migrations goes through here (tools/lint checks it), so no
 * untyped `any[]` from `query()` spreads through the code.
 */
export async function sqlRows<Row extends object>(db: SqlRunner, text: string, params: readonly unknown[] = []): Promise<Row[]> {
  return rowsOf(await db.query(text, [...params])) as Row[];
}

/** Like {@link sqlRows} for a statement that yields exactly one row; anything else is a bug and throws. */
export async function sqlOne<Row extends object>(db: SqlRunner, text: string, params: readonly unknown[] = []): Promise<Row> {
  const rows = await sqlRows<Row>(db, text, params);
  if (rows.length !== 1) throw new Error(`Expected exactly one row, got ${rows.length}: ${text.trim().split('\n')[0]}`);
  return rows[0];
}

/** Runs a statement for its effect (a lock, an update without RETURNING); returns how many rows it touched where PostgreSQL says so. */
export async function sqlRun(db: SqlRunner, text: string, params: readonly unknown[] = []): Promise<number | undefined> {
  const result: unknown = await db.query(text, [...params]);
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[1] : undefined;
}
