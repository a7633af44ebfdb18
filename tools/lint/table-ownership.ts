import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One owner per table: only the owning library names a table in SQL or reads and writes it through
 * its entity. Other libraries go through the owner's exported service or a read interface it
 * provides. The same list is the owner column of docs/architecture.md (a test keeps them equal).
 */
export const TABLE_OWNERS: Readonly<Record<string, string>> = {
  users: 'identity',
  user_sessions: 'identity',
  user_tokens: 'identity',
  login_throttle: 'identity',
  data_exports: 'identity',
  mail_outbox: 'notifications',
  captured_mail: 'notifications',
  municipalities: 'catalogue',
  programme_modules: 'catalogue',
  cohorts: 'catalogue',
  cohort_trainers: 'catalogue',
  cohort_modules: 'catalogue',
  cohort_sessions: 'catalogue',
  enrolments: 'enrolment',
  attendance_records: 'progress',
  calendar_subscriptions: 'progress',
  audit_events: 'audit',
  rubric_criteria: 'assessment',
  rubric_levels: 'assessment',
  assignment_attempts: 'assessment',
  attempt_files: 'assessment',
  attempt_feedback: 'assessment',
  assignment_extensions: 'assessment',
  assignment_reminders: 'assessment',
  trainer_digests: 'assessment',
  trainer_mail_preferences: 'assessment',
  certificate_counters: 'certificates',
  certificates: 'certificates',
  certificate_batches: 'certificates',
  request_throttle: 'certificates',
  short_format_topics: 'events',
  short_formats: 'events',
  short_format_registrations: 'events',
  short_format_attendance_confirmations: 'events',
  short_format_confirmation_counters: 'events',
  short_format_reminders: 'events',
  content_page_versions: 'content',
  barrier_reports: 'content',
  evaluation_questionnaires: 'evaluation',
  evaluation_questionnaire_versions: 'evaluation',
  evaluation_sections: 'evaluation',
  evaluation_items: 'evaluation',
  evaluation_surveys: 'evaluation',
  evaluation_invitations: 'evaluation',
  evaluation_responses: 'evaluation',
  evaluation_answers: 'evaluation',
  counselling_requests: 'counselling',
  counselling_assignments: 'counselling',
  credentials: 'credentials',
  counselling_messages: 'counselling',
  counselling_appointments: 'counselling',
  counselling_message_files: 'counselling',
  accompaniment_milestones: 'accompaniment',
  accompaniment_advisors: 'accompaniment',
};

/**
 * Libraries that arrange data across every domain on purpose and are never part of a request:
 * the demo seed and the integration-test harness. Migrations live in core/database and are checked
 * separately (every table they create has an owner).
 */
export const EXEMPT_LIBRARIES = ['demo', 'testing'];

export interface Crossing {
  /** The library that names the table (`libs/api/<library>`, `core/<name>` for the core). */
  library: string;
  /** Path from the repository root. */
  file: string;
  /** The table named, or `entity:<Class>` for another domain's entity used to read or write. */
  target: string;
  owner: string;
}

// Upper-case SQL only: English prose ("read from users") is not a query.
const SQL_TABLE = /\b(?:FROM|JOIN|UPDATE|INTO|TABLE|DELETE\s+FROM|TRUNCATE)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/g;

// TypeORM calls that read or write through an entity class given as the first argument.
const DATA_ACCESS =
  /(?:getRepository|findOne\w*|find\w*|count\w*|exists\w*|insert|update|upsert|delete|softDelete|increment|decrement|save|create|createQueryBuilder|\w*[jJ]oin\w*|InjectRepository|sum|average|minimum|maximum|merge|preload|remove)\(\s*([A-Z]\w*)\b/g;
const FOR_FEATURE = /forFeature\(\s*\[([^\]]*)\]/g;
// Joins name the entity in any argument: innerJoinAndMapOne('t.user', User, 'u', …).
const JOIN_ARGS = /[jJ]oin\w*\(([^()]*)/g;

/** Tables named in SQL in `source`, without those inside `//` comments. */
export function tablesNamedIn(source: string): string[] {
  const code = source.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
  const found = new Set<string>();
  for (const m of code.matchAll(SQL_TABLE)) if (m[1] in TABLE_OWNERS) found.add(m[1]);
  return [...found];
}

/** Entity classes (imported from another library's alias) that `source` uses to read or write. */
export function entitiesAccessedIn(source: string, foreignEntities: ReadonlyMap<string, string>, library: string): string[] {
  // Local name → the entity's class name (an import may rename it).
  const imported = new Map<string, string>();
  for (const m of source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@koko\/api\/([\w/-]+)'/g)) {
    for (const spec of m[1].split(',').map((n) => n.trim().replace(/^type\s+/, ''))) {
      const [name, alias] = spec.split(/\s+as\s+/);
      const owner = foreignEntities.get(name);
      if (owner && owner !== library) imported.set(alias ?? name, name);
    }
  }
  const used = new Set<string>();
  const note = (local: string) => {
    const entity = imported.get(local.trim());
    if (entity) used.add(entity);
  };
  for (const m of source.matchAll(DATA_ACCESS)) note(m[1]);
  for (const m of source.matchAll(JOIN_ARGS)) m[1].split(',').forEach(note);
  for (const m of source.matchAll(FOR_FEATURE)) m[1].split(',').forEach(note);
  return [...used];
}

/** `@Entity({ name: 'x' }) export class X` → X → the owner of table x. */
export function entityOwners(sources: ReadonlyArray<{ source: string }>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const { source } of sources) {
    for (const m of source.matchAll(/@Entity\(\{\s*name:\s*'([a-z_]+)'[^)]*\)\s*(?:@\w+\([^)]*\)\s*)*export class (\w+)/g)) {
      const owner = TABLE_OWNERS[m[1]];
      if (owner) owners.set(m[2], owner);
    }
  }
  return owners;
}

/** The crossings in one library's source file. */
export function crossingsIn(library: string, file: string, source: string, foreignEntities: ReadonlyMap<string, string>): Crossing[] {
  const found: Crossing[] = [];
  for (const table of tablesNamedIn(source)) {
    if (TABLE_OWNERS[table] !== library) found.push({ library, file, target: table, owner: TABLE_OWNERS[table] });
  }
  for (const entity of entitiesAccessedIn(source, foreignEntities, library)) {
    found.push({ library, file, target: `entity:${entity}`, owner: foreignEntities.get(entity) ?? '?' });
  }
  return found;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : walk(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every API source file with its library: libs/api/<domain>, libs/api/core/<x> as `core/<x>`, apps/api/src as `app`. */
export function apiSources(root: string): { library: string; file: string; source: string }[] {
  const libs = join(root, 'libs/api');
  const entries: { library: string; dir: string }[] = [{ library: 'app', dir: join(root, 'apps/api/src') }];
  for (const name of readdirSync(libs)) {
    if (name === 'core') for (const core of readdirSync(join(libs, 'core'))) entries.push({ library: `core/${core}`, dir: join(libs, 'core', core, 'src') });
    else entries.push({ library: name, dir: join(libs, name, 'src') });
  }
  return entries.flatMap(({ library, dir }) =>
    walk(dir)
      .map((path) => ({ library, file: relative(root, path), source: readFileSync(path, 'utf8') }))
      .filter((f) => !f.file.includes('/migrations/')),
  );
}

/** Every crossing in the API's sources, exempt libraries left out. */
export function findCrossings(root: string): Crossing[] {
  const sources = apiSources(root);
  const entities = entityOwners(sources);
  return sources.filter((s) => !EXEMPT_LIBRARIES.includes(s.library)).flatMap((s) => crossingsIn(s.library, s.file, s.source, entities));
}

/** Tables the migrations create. */
export function tablesCreatedByMigrations(root: string): string[] {
  const dir = join(root, 'libs/api/core/database/src/lib/migrations');
  const tables = new Set<string>();
  for (const path of walk(dir)) {
    for (const m of readFileSync(path, 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/g)) tables.add(m[1]);
  }
  return [...tables].sort();
}
