import { sqlOne, sqlRows } from '@koko/api/core/database';
import { DataSource } from 'typeorm';

/** The ids of the five programme modules (seeded by the migrations), in their order. */
export async function programmeModuleIds(db: DataSource): Promise<string[]> {
  return (await sqlRows<{ id: string }>(db, `SELECT id FROM programme_modules ORDER BY position`)).map((r) => r.id);
}

/** The id of the programme module at a position (1 to 5). */
export async function programmeModuleId(db: DataSource, position: number): Promise<string> {
  return (await sqlOne<{ id: string }>(db, `SELECT id FROM programme_modules WHERE position = $1`, [position])).id;
}
