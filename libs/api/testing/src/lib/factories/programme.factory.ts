import { sqlOne, sqlRows, sqlRun } from '@koko/api/core/database';
import { DataSource } from 'typeorm';

/** The ids of the five programme modules (seeded by the migrations), in their order. */
export async function programmeModuleIds(db: DataSource): Promise<string[]> {
  return (await sqlRows<{ id: string }>(db, `SELECT id FROM programme_modules ORDER BY position`)).map((r) => r.id);
}

/** The id of the programme module at a position (1 to 5). */
export async function programmeModuleId(db: DataSource, position: number): Promise<string> {
  return (await sqlOne<{ id: string }>(db, `SELECT id FROM programme_modules WHERE position = $1`, [position])).id;
}

/** The programme module at a position (1 to 5) with its title and hours. */
export function programmeModuleAt(db: DataSource, position: number): Promise<{ id: string; title: string; workloadHours: number }> {
  return sqlOne(db, `SELECT id, title, workload_hours AS "workloadHours" FROM programme_modules WHERE position = $1`, [position]);
}

/** Renames a programme module and sets its hours (to show what a certificate keeps). */
export async function updateProgrammeModule(db: DataSource, moduleId: string, changes: { title: string; workloadHours: number }): Promise<void> {
  await sqlRun(db, `UPDATE programme_modules SET title = $2, workload_hours = $3 WHERE id = $1`, [moduleId, changes.title, changes.workloadHours]);
}
