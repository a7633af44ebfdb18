import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public pages edited by the programme team without a deployment (imprint, privacy statement,
 * accessibility statement, easy-language page, contact, start page text). Every save is a new
 * version; the newest version per page and language is what visitors see.
 */
export class ContentPages1764838800000 implements MigrationInterface {
  name = 'ContentPages1764838800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE content_page_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(40) NOT NULL CHECK (slug ~ '^[a-z][a-z0-9-]{1,39}$'),
        locale varchar(2) NOT NULL CHECK (locale IN ('de', 'en')),
        version integer NOT NULL CHECK (version >= 1),
        title varchar(200) NOT NULL CHECK (length(btrim(title)) > 0),
        body text NOT NULL CHECK (length(body) <= 100000),
        created_at timestamptz NOT NULL DEFAULT now(),
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        author_name varchar(160),
        UNIQUE (slug, locale, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE content_page_versions`);
  }
}
