import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Short formats (Vernetzung): public events on single conflict topics, their editable topic list
 * (seeded with the programme's conflict topics) and the registrations with double opt-in and a
 * waiting list. Owned by libs/api/events.
 */
export class ShortFormats1764838114000 implements MigrationInterface {
  name = 'ShortFormats1764838114000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE short_format_topics (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL CHECK (length(title) > 0),
        title_en varchar(200) NOT NULL CHECK (length(title_en) > 0),
        position integer NOT NULL,
        archived boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX short_format_topics_title ON short_format_topics (lower(title))`);
    await q.query(`
      INSERT INTO short_format_topics (title, title_en, position) VALUES
      ('Perspektiven auf kommunale Konflikte und Konfliktmanagement', 'Perspectives on municipal conflicts and conflict management', 1),
      ('Interessen, Wertvorstellungen und Verhaltensweisen', 'Interests, values and behaviour', 2),
      ('Demokratie, Vielfalt, Teilhabe und Beteiligung', 'Democracy, diversity, inclusion and participation', 3),
      ('Rassismus und Diskriminierung', 'Racism and discrimination', 4),
      ('„Spaziergänge“, Radikalisierung, Rechtspopulismus, Rechtsextremismus', '“Walks”, radicalisation, right-wing populism and extremism', 5),
      ('„Übliche Aufregerthemen“: Schwimmunterricht, Essensvorschriften, Müll, Parkplätze', 'Everyday flashpoints: swimming lessons, dietary rules, waste, parking', 6),
      ('Aktuelle Konfliktlagen (z. B. Auswirkungen des Kriegs in der Ukraine)', 'Current conflicts (e.g. effects of the war in Ukraine)', 7)`);
    await q.query(`
      CREATE TABLE short_formats (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL CHECK (length(title) > 0),
        topic_id uuid NOT NULL REFERENCES short_format_topics(id),
        description text NOT NULL DEFAULT '',
        format varchar(10) NOT NULL CHECK (format IN ('online', 'in_person', 'hybrid')),
        join_url varchar(500),
        address varchar(500),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
        registration_opens_at timestamptz NOT NULL,
        registration_closes_at timestamptz NOT NULL,
        target_group varchar(500) NOT NULL DEFAULT '',
        speakers varchar(500) NOT NULL DEFAULT '',
        language varchar(2) NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
        accessibility text NOT NULL DEFAULT '',
        contact varchar(500) NOT NULL DEFAULT '',
        state varchar(10) NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published', 'cancelled', 'held')),
        cancellation_note text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK (registration_closes_at > registration_opens_at),
        CHECK (registration_closes_at <= ends_at),
        CHECK (format = 'in_person' OR join_url IS NOT NULL),
        CHECK (format = 'online' OR address IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX short_formats_calendar ON short_formats (starts_at) WHERE state = 'published'`);
    // Confirmations take a number from this sequence while holding the event's lock: the queue order.
    await q.query(`CREATE SEQUENCE short_format_queue_seq`);
    await q.query(`
      CREATE TABLE short_format_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        short_format_id uuid NOT NULL REFERENCES short_formats(id) ON DELETE CASCADE,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        name varchar(200) NOT NULL,
        email varchar(254) NOT NULL,
        municipality_id uuid REFERENCES municipalities(id),
        organisation varchar(300),
        accessibility_needs text,
        locale varchar(2) NOT NULL DEFAULT 'de' CHECK (locale IN ('de', 'en')),
        state varchar(10) NOT NULL CHECK (state IN ('pending', 'confirmed', 'waiting', 'offered', 'cancelled', 'expired')),
        -- The personal link's secret (256 random bits). Kept as it is, like calendar feed tokens:
        -- mails caused by someone else (a waiting-list offer) must carry the person's link.
        token varchar(43) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirm_by timestamptz,
        confirmed_at timestamptz,
        queue_no bigint,
        offer_expires_at timestamptz,
        cancelled_at timestamptz,
        check_in_code varchar(8) NOT NULL,
        checked_in_at timestamptz,
        checked_in_by uuid REFERENCES users(id) ON DELETE SET NULL,
        anonymised_at timestamptz,
        UNIQUE (short_format_id, check_in_code),
        CHECK (municipality_id IS NOT NULL OR organisation IS NOT NULL),
        CHECK ((state = 'pending') = (confirm_by IS NOT NULL)),
        CHECK ((state = 'offered') = (offer_expires_at IS NOT NULL))
      )`);
    // One live registration per address and event (cancelled and expired ones may be followed by a new one).
    await q.query(`
      CREATE UNIQUE INDEX short_format_registrations_one_live ON short_format_registrations (short_format_id, lower(email))
      WHERE state NOT IN ('cancelled', 'expired')`);
    await q.query(`CREATE INDEX short_format_registrations_queue ON short_format_registrations (short_format_id, state, queue_no)`);
    await q.query(`CREATE INDEX short_format_registrations_user ON short_format_registrations (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE short_format_registrations`);
    await q.query(`DROP SEQUENCE short_format_queue_seq`);
    await q.query(`DROP TABLE short_formats`);
    await q.query(`DROP TABLE short_format_topics`);
  }
}
