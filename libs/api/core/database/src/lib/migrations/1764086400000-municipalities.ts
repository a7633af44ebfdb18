import { MigrationInterface, QueryRunner } from 'typeorm';

/** Municipalities and Kreise of NRW (the catalogue's reference data). */
export class Municipalities1764086400000 implements MigrationInterface {
  name = 'Municipalities1764086400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE municipalities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key varchar(8) NOT NULL UNIQUE CHECK (key ~ '^[0-9]{5}([0-9]{3})?$'),
        name varchar(120) NOT NULL,
        kind varchar(30) NOT NULL CHECK (kind IN ('kreisfreie_stadt', 'kreis', 'kreisangehoerige_gemeinde')),
        kreis_key varchar(5) REFERENCES municipalities(key) ON UPDATE CASCADE,
        regierungsbezirk varchar(20) NOT NULL CHECK (regierungsbezirk IN ('Arnsberg', 'Detmold', 'Düsseldorf', 'Köln', 'Münster')),
        has_integration_centre boolean NOT NULL DEFAULT false,
        took_part_in_koko1 boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'kreisangehoerige_gemeinde') = (kreis_key IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX municipalities_name_idx ON municipalities (lower(name))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE municipalities`);
  }
}
