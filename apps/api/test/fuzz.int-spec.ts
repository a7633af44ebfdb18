import { createRunningCohort, createUser, GraphQLClient, TestApp, TestUser } from '@koko/api/testing';
import { Role } from '@koko/shared';
import fc from 'fast-check';
import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery } from 'graphql';
import { createServer } from 'node:net';
import { startApp } from './support/app';
import { FuzzOperation, operationsOf } from './support/fuzz-arbitraries';

/**
 * Property-based fuzzing of the whole GraphQL API (docs/security.md). Every Query and Mutation
 * field, read by introspection, is called as anonymous, participant, trainer and admin with
 * hostile but type-valid arguments. Holds for every call: no HTTP 5xx, no INTERNAL_SERVER_ERROR,
 * no stack trace or SQL in an error, and a refused call changes no row.
 *
 * `FUZZ_RUNS` (calls in all, default 3,000) and `FUZZ_SEED` come from `npm run fuzz -- --runs N --seed S`.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 3_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_202);

/** Tables that change by design while a call is refused or in the background. */
const CHANGING_TABLES = new Set([
  'user_sessions', // every signed-in request slides last_seen_at
  'login_throttle', // a refused sign-in is counted: that is the point
  'request_throttle', // so is every certificate lookup
  'mail_outbox', // the mail worker works through it meanwhile
  'captured_mail',
  'certificate_batches', // a batch's progress, counted in the background (in-process while jobs are off)
  'data_exports', // an export's progress, built in the background after an accepted requestDataExport
  'short_format_attendance_confirmations', // issued in the background after an event is marked held
  'short_format_confirmation_counters',
  'schema_migrations',
]);

const LEAK = /stacktrace|\bat \S+ \(|\.[jt]s:\d+|node_modules|QueryFailedError|TypeORM|syntax error at|violates \w+ constraint|duplicate key|invalid input syntax|relation "|column "|SELECT .+ FROM|INSERT INTO|UPDATE \w+ SET/i;

type Caller = 'anonymous' | Role;

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe('fuzzing every operation (production mode)', () => {
  let t: TestApp;
  const users = new Map<Caller, TestUser>();
  const clients = new Map<Caller, GraphQLClient>();
  let ids: string[];

  beforeAll(async () => {
    t = await startApp({
      NODE_ENV: 'production',
      GRAPHQL_INTROSPECTION: 'true',
      JWT_SECRET: 'a-production-secret-for-the-fuzz-test-0123456789abcdef',
      CERTIFICATE_SIGNATORIES: 'Prof. Dr. Jana Prüferin|Präsidentin;Dr. Ole Leitung|Programmleitung',
      CREDENTIAL_SIGNING_KEY: 'zruzysUQcseBgW1ahJ2Y3QVRM18EsRzY6p84HK74eCjEqG5f4fReJ2TUDF1kMEgPdK1osYymt8c9vZmCpZauELtQD8G',
      MAIL_TRANSPORT: 'smtp',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await closedPort()),
      LOGIN_MAX_FAILURES_PER_ADDRESS: '10000',
      VERIFY_MAX_PER_MINUTE: '10000',
    });
    for (const role of [Role.PARTICIPANT, Role.TRAINER, Role.ADMIN]) users.set(role, await createUser(t.db, { roles: [role] }));
    // Real rows for ids to point at, none of them a caller.
    const cohort = await createRunningCohort(t.db, { participants: 3, trainerIds: [users.get(Role.TRAINER)!.id] });
    const other = await createUser(t.db, { roles: [Role.TRAINER] });
    ids = [cohort.cohortId, ...cohort.moduleIds, ...cohort.sessionIds.flat(), ...cohort.enrolmentIds, ...cohort.participantIds, cohort.municipalityId, other.id];
    const tables: { name: string }[] = await t.db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    // Every committed row change is logged by a trigger (a rolled-back one is not): cheaper per call
    // than checksumming every table, and it also catches a change that restores the old value.
    await t.db.query(`CREATE TABLE fuzz_changes (id bigserial PRIMARY KEY, tbl text NOT NULL)`);
    await t.db.query(`CREATE FUNCTION fuzz_log_change() RETURNS trigger AS $$
      BEGIN INSERT INTO fuzz_changes (tbl) VALUES (TG_TABLE_NAME); RETURN NULL; END $$ LANGUAGE plpgsql`);
    for (const { name } of tables.filter((x) => !CHANGING_TABLES.has(x.name))) {
      await t.db.query(`CREATE TRIGGER fuzz_log_change AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_log_change()`);
    }
  }, 120_000);
  afterAll(() => t.close());

  /** Callers whose last calls were queries: those end no session, so it needs no check. */
  const onlyQueried = new Set<Caller>();

  async function clientFor(caller: Caller, kind: FuzzOperation['kind']): Promise<GraphQLClient> {
    const known = clients.get(caller);
    const unchanged = onlyQueried.has(caller);
    if (kind === 'query') onlyQueried.add(caller);
    else onlyQueried.delete(caller);
    if (caller === 'anonymous') {
      if (!known) clients.set(caller, t.client());
      return clients.get(caller)!;
    }
    if (known && unchanged) return known;
    // A fuzzed mutation may have ended the session (signOut, signOutEverywhere): sign in again.
    if (known && (await known.run<{ me: { id: string } | null }>(`{ me { id } }`)).data?.me) return known;
    const user = users.get(caller)!;
    const client = t.client();
    await client.signIn(user.email, user.password);
    clients.set(caller, client);
    return client;
  }

  /** The tables changed since the change log's entry `after` (and the newest entry). */
  async function changesSince(after: number): Promise<{ last: number; tables: string[] }> {
    const rows: { id: string; tbl: string }[] = await t.db.query(`SELECT id, tbl FROM fuzz_changes WHERE id > $1 ORDER BY id`, [after]);
    return { last: rows.length ? Number(rows[rows.length - 1].id) : after, tables: [...new Set(rows.map((r) => r.tbl))] };
  }

  it(`holds for ${RUNS} calls across every query and mutation × anonymous, participant, trainer, admin`, async () => {
    const introspection = await t.client().ok<IntrospectionQuery>(getIntrospectionQuery());
    const operations: FuzzOperation[] = operationsOf(buildClientSchema(introspection), ids);
    const callers: Caller[] = ['anonymous', Role.PARTICIPANT, Role.TRAINER, Role.ADMIN];
    const perPair = Math.max(1, Math.ceil(RUNS / (operations.length * callers.length)));
    const failures: string[] = [];
    const covered = new Set<string>();
    let calls = 0;
    let refused = 0;
    let seen = 0;
    const started = Date.now();

    for (const [i, op] of operations.entries()) {
      for (const [j, caller] of callers.entries()) {
        const client = await clientFor(caller, op.kind);
        seen = (await changesSince(seen)).last; // signing in again writes last_sign_in_at
        await fc.assert(
          fc.asyncProperty(op.args, async (variables) => {
            calls++;
            const res = await client.agent
              .post('/graphql')
              .set('content-type', 'application/json')
              .set('accept-language', calls % 2 ? 'de' : 'en')
              .send({ query: op.document, variables });
            const errors: { message?: string; extensions?: { code?: string } }[] = res.body?.errors ?? [];
            const changes = await changesSince(seen);
            seen = changes.last;
            const problems: string[] = [];
            if (res.status >= 500) problems.push(`HTTP ${res.status}`);
            if (errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
            const errorText = res.body?.errors ? JSON.stringify(res.body.errors) : res.text;
            if (LEAK.test(errorText ?? '')) problems.push(`leak: ${errorText.slice(0, 300)}`);
            if (errors.length) {
              refused++;
              if (changes.tables.length) problems.push(`refused (${errors[0].extensions?.code}) but changed ${changes.tables.join(', ')}`);
            }
            if (problems.length) {
              failures.push(`${op.name} as ${caller}: ${problems.join('; ')} — variables ${JSON.stringify(variables).slice(0, 300)}`);
            }
            return problems.length === 0;
          }),
          // No shrinking: each failure is recorded with its arguments above; the run goes on.
          { numRuns: perPair, seed: SEED + i * callers.length + j, endOnFailure: true },
        ).catch(() => undefined);
        covered.add(`${op.kind}.${op.name}/${caller}`);
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `fuzz: ${operations.length} operations × ${callers.length} callers, ${calls} calls (${refused} refused), ${failures.length} failures, seed ${SEED}, ${seconds} s\n`,
    );
    expect(covered.size).toBe(operations.length * callers.length);
    expect(calls).toBeGreaterThanOrEqual(RUNS);
    expect(failures).toEqual([]);
  }, 1_800_000);
});
