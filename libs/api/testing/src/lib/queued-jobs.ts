import { sqlRows } from '@koko/api/core/database';
import { DataSource } from 'typeorm';

/** The pg-boss jobs of one queue, oldest first, as the job table holds them. */
export function queuedJobs(db: DataSource, name: string): Promise<{ state: string; data: Record<string, unknown> }[]> {
  return sqlRows(db, `SELECT state::text AS state, data FROM pgboss.job WHERE name = $1 ORDER BY created_on`, [name]);
}
