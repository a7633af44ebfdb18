import { sqlRows, sqlRun } from '@koko/api/core/database';
import { DataSource } from 'typeorm';

/**
 * `count` Kommunen (keys `<keyPrefix>NNNN`, 8 digits) in one Regierungsbezirk, each with a path of
 * six milestones of which the first `reached` are reached: many participating Kommunen in two
 * statements, for the overview's and the Kommune page's statement counts.
 */
export async function createAccompaniedKommunen(
  db: DataSource,
  count: number,
  options: { keyPrefix: string; regierungsbezirk?: string; reached?: number },
): Promise<string[]> {
  const rows = await sqlRows<{ id: string }>(
    db,
    `INSERT INTO municipalities (key, name, kind, regierungsbezirk, has_integration_centre)
     SELECT $1 || lpad(i::text, 4, '0'), 'Begleitete Kommune ' || $1 || '-' || i, 'kreisfreie_stadt', $3, i % 3 = 0
       FROM generate_series(1, $2::int) AS i
     RETURNING id`,
    [options.keyPrefix, count, options.regierungsbezirk ?? 'Arnsberg'],
  );
  const ids = rows.map((r) => r.id);
  await sqlRun(
    db,
    `INSERT INTO accompaniment_milestones (municipality_id, position, title, status, dated_on)
     SELECT m, p, 'Meilenstein ' || p, CASE WHEN p <= $2 THEN 'reached' ELSE 'open' END, CASE WHEN p <= $2 THEN current_date END
       FROM unnest($1::uuid[]) AS m CROSS JOIN generate_series(1, 6) AS p`,
    [ids, options.reached ?? 0],
  );
  return ids;
}
