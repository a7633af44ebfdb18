import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The certified programme (five modules), cohorts with trainers, per-module settings and sessions,
 * enrolments, attendance, calendar subscriptions and the append-only audit trail.
 */
export class ProgrammeCohortsEnrolment1764144000000 implements MigrationInterface {
  name = 'ProgrammeCohortsEnrolment1764144000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programme_modules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        position smallint NOT NULL UNIQUE CHECK (position BETWEEN 1 AND 5),
        title varchar(200) NOT NULL CHECK (length(title) > 0),
        learning_outcomes text NOT NULL DEFAULT '',
        workload_hours smallint NOT NULL CHECK (workload_hours BETWEEN 1 AND 500),
        format varchar(12) NOT NULL CHECK (format IN ('in_person', 'online', 'hybrid')),
        assignment_brief text NOT NULL DEFAULT '',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The programme's five modules (topics from the programme description); admins edit the texts.
    await q.query(`
      INSERT INTO programme_modules (position, title, learning_outcomes, workload_hours, format, assignment_brief) VALUES
      (1, 'Perspektiven auf kommunale Konflikte und Konfliktmanagement',
       'Die Teilnehmer:innen unterscheiden Konfliktarten und -ebenen in der Kommune, analysieren Beteiligte, Rollen und Strukturen und kennen Ansätze des kommunalen Konfliktmanagements.',
       16, 'in_person',
       'Beschreiben Sie einen aktuellen Konflikt rund um Migration oder Integration in Ihrer Kommune: Beteiligte, Interessen, Strukturen und bisherige Bearbeitung. Ordnen Sie ihn mit einem Analysemodell aus dem Modul ein.'),
      (2, 'Interessen, Werte und Verhandlung',
       'Die Teilnehmer:innen unterscheiden Positionen, Interessen und Wertvorstellungen, wenden Methoden des interessenbasierten Verhandelns an und moderieren Aushandlungsprozesse.',
       16, 'in_person',
       'Planen Sie ein Gespräch oder eine Verhandlung zu einem Konflikt in Ihrer Kommune, führen Sie es nach Möglichkeit durch und reflektieren Sie Interessen, Werte und Ergebnis.'),
      (3, 'Demokratie, Vielfalt und Teilhabe; Rassismus und Diskriminierung',
       'Die Teilnehmer:innen erkennen Formen von Rassismus und Diskriminierung, stärken Beteiligung und Teilhabe vielfältiger Gruppen und gestalten Dialogformate.',
       16, 'hybrid',
       'Entwickeln Sie ein Beteiligungs- oder Dialogformat für eine Gruppe in Ihrer Kommune, die bisher wenig gehört wird, und begründen Sie Zielgruppe, Methode und Umgang mit Diskriminierung.'),
      (4, 'Eskalation, Radikalisierung, Rechtspopulismus und Krisenfestigkeit',
       'Die Teilnehmer:innen erkennen Eskalationsdynamiken, ordnen Radikalisierung und Rechtspopulismus ein und bereiten ihre Kommune auf Krisen vor.',
       16, 'in_person',
       'Erstellen Sie für Ihre Kommune einen Krisenplan für einen eskalierenden Konflikt: Frühwarnzeichen, Zuständigkeiten, Kommunikationswege und Netzwerkpartner.'),
      (5, 'Das kommunale Konfliktmanagement-System aufbauen',
       'Die Teilnehmer:innen entwerfen ein lokal passgenaues Konfliktmanagement-System, verankern es in Verwaltung und Netzwerk und planen die Umsetzung.',
       16, 'hybrid',
       'Legen Sie das Konzept eines Konfliktmanagement-Systems für Ihre Kommune vor: Anlaufstellen, Verfahren, Netzwerk, Ressourcen und nächste Schritte.')`);
    await q.query(`
      CREATE TABLE cohorts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(160) NOT NULL,
        description text NOT NULL DEFAULT '',
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
        applications_open_on date NOT NULL,
        applications_close_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_on <= ends_on),
        CHECK (applications_open_on <= applications_close_on),
        CHECK (applications_close_on <= ends_on)
      )`);
    await q.query(`CREATE UNIQUE INDEX cohorts_name_idx ON cohorts (lower(name))`);
    await q.query(`
      CREATE TABLE cohort_trainers (
        cohort_id uuid NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        PRIMARY KEY (cohort_id, user_id)
      )`);
    await q.query(`CREATE INDEX cohort_trainers_user_idx ON cohort_trainers (user_id)`);
    await q.query(`
      CREATE TABLE cohort_modules (
        cohort_id uuid NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        module_id uuid NOT NULL REFERENCES programme_modules(id),
        assignment_due_at timestamptz,
        min_attendance_percent smallint NOT NULL DEFAULT 80 CHECK (min_attendance_percent BETWEEN 0 AND 100),
        PRIMARY KEY (cohort_id, module_id)
      )`);
    await q.query(`
      CREATE TABLE cohort_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        module_id uuid NOT NULL REFERENCES programme_modules(id),
        title varchar(200) NOT NULL DEFAULT '',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location varchar(300),
        online_url varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_at < ends_at),
        CHECK (location IS NOT NULL OR online_url IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX cohort_sessions_cohort_idx ON cohort_sessions (cohort_id, starts_at)`);
    await q.query(`
      CREATE TABLE enrolments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohorts(id),
        user_id uuid NOT NULL REFERENCES users(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        job_role varchar(200) NOT NULL,
        motivation text NOT NULL DEFAULT '',
        state varchar(12) NOT NULL DEFAULT 'applied'
          CHECK (state IN ('applied', 'admitted', 'waitlisted', 'declined', 'completed', 'withdrawn')),
        applied_at timestamptz NOT NULL DEFAULT now(),
        waitlisted_at timestamptz,
        decided_at timestamptz,
        decision_message text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cohort_id, user_id)
      )`);
    await q.query(`CREATE INDEX enrolments_cohort_state_idx ON enrolments (cohort_id, state)`);
    await q.query(`CREATE INDEX enrolments_user_idx ON enrolments (user_id)`);
    await q.query(`CREATE INDEX enrolments_municipality_idx ON enrolments (municipality_id)`);
    // The capacity can never fall below the seats taken, whichever code path changes it.
    await q.query(`
      CREATE FUNCTION cohorts_capacity_covers_admitted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.capacity < (SELECT count(*) FROM enrolments e WHERE e.cohort_id = NEW.id AND e.state IN ('admitted', 'completed')) THEN
          RAISE EXCEPTION 'capacity below admitted participants' USING ERRCODE = '23514', CONSTRAINT = 'cohorts_capacity_covers_admitted';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER cohorts_capacity_check BEFORE UPDATE OF capacity ON cohorts
      FOR EACH ROW EXECUTE FUNCTION cohorts_capacity_covers_admitted()`);
    await q.query(`
      CREATE TABLE attendance_records (
        session_id uuid NOT NULL REFERENCES cohort_sessions(id) ON DELETE CASCADE,
        enrolment_id uuid NOT NULL REFERENCES enrolments(id) ON DELETE CASCADE,
        status varchar(8) NOT NULL CHECK (status IN ('present', 'excused', 'absent')),
        excuse_waived boolean NOT NULL DEFAULT false,
        recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, enrolment_id),
        CHECK (NOT excuse_waived OR status = 'excused')
      )`);
    await q.query(`CREATE INDEX attendance_enrolment_idx ON attendance_records (enrolment_id)`);
    await q.query(`
      CREATE TABLE calendar_subscriptions (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        token varchar(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_name varchar(160),
        action varchar(60) NOT NULL,
        entity_type varchar(40) NOT NULL,
        entity_id varchar(80) NOT NULL,
        cohort_id uuid,
        subject_user_id uuid,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX audit_events_cohort_idx ON audit_events (cohort_id, id)`);
    await q.query(`CREATE INDEX audit_events_subject_idx ON audit_events (subject_user_id, id)`);
    // Append-only: the trail can be read and added to, never changed.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only`);
    await q.query(`DROP TRIGGER cohorts_capacity_check ON cohorts`);
    await q.query(`DROP FUNCTION cohorts_capacity_covers_admitted`);
    for (const table of ['calendar_subscriptions', 'attendance_records', 'enrolments', 'cohort_sessions', 'cohort_modules', 'cohort_trainers', 'cohorts', 'programme_modules']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
