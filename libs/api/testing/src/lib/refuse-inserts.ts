import { sqlRun } from '@koko/api/core/database';
import { DataSource } from 'typeorm';

/**
 * Makes PostgreSQL refuse inserts into `table` with `message` (only rows for which `condition`, an
 * SQL expression over NEW, holds) until the returned function drops the trigger again: for tests
 * of what a failed write leaves behind.
 */
export async function refuseInserts(db: DataSource, table: string, options: { message: string; condition?: string }): Promise<() => Promise<void>> {
  const name = `test_refuse_${table}`;
  await sqlRun(
    db,
    `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger AS $$
     BEGIN
       IF ${options.condition ?? 'true'} THEN RAISE EXCEPTION '${options.message.replace(/'/g, "''")}'; END IF;
       RETURN NEW;
     END $$ LANGUAGE plpgsql`,
  );
  await sqlRun(db, `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`);
  return async () => {
    await sqlRun(db, `DROP TRIGGER ${name} ON ${table}`);
    await sqlRun(db, `DROP FUNCTION ${name}()`);
  };
}
