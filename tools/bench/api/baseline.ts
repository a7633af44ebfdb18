/**
 * The hand-written baseline of the API benchmark: `node:http` + `pg`, no framework. For each
 * scenario it does the same work the API does for the same GraphQL operation: reads the session
 * cookie, verifies its JWT (HS256, same secret), checks and slides the session row with the very
 * statement the API uses, runs hand-written SQL and answers the same JSON the API answers for the
 * scenario's selection set (apps/api/test/bench-baseline.int-spec.ts compares them). What it leaves
 * out is the framework: no GraphQL parsing or validation, no Nest pipeline, no ORM.
 *
 * Routes: POST /baseline/<scenario> with the same JSON body ({ query, variables }) the API gets.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { verify } from 'jsonwebtoken';
import type { Pool, PoolClient } from 'pg';
import { Locale, localized, pickLocale } from '@koko/shared';
// Pure domain rules, taken from their files (the libraries' index files load the NestJS/TypeORM
// module graph) so that both servers compute the same figures.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AssignmentState, deriveModuleProgress, isAssignmentOverdue, ModuleStatus, type AttendanceMark } from '../../../libs/api/progress/src/lib/progress/module-progress';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { personalDueAt } from '../../../libs/api/assessment/src/lib/attempts/attempt-state';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { berlinDay } from '../../../libs/api/catalogue/src/lib/programme-time';

export interface BaselineOptions {
  pool: Pool;
  jwtSecret: string;
  sessionIdleMinutes: number;
  verifyPerMinute: number;
}

interface Viewer {
  id: string;
  roles: string[];
  locale: Locale;
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  viewer: Viewer | null;
  variables: Record<string, unknown>;
  opts: BaselineOptions;
}

class Refused extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[A-Za-z0-9_-]{22,64}$/;
const SEAT_STATES = ['admitted', 'completed'];
/** GraphQL enum values are the upper-case names of the stored values. */
const gqlEnum = (value: string | null) => (value === null ? null : value.toUpperCase());

function cookieOf(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** Same checks as JwtStrategy + SessionService.touch: signature, expiry, UUIDs, open session of an active user. */
async function authenticate(req: IncomingMessage, res: ServerResponse, opts: BaselineOptions): Promise<Viewer | null> {
  const token = cookieOf(req, 'koko_session');
  if (!token) return null;
  let claims: { sub?: string; sid?: string; iat?: number };
  try {
    claims = verify(token, opts.jwtSecret, { algorithms: ['HS256'] }) as typeof claims;
  } catch {
    return null;
  }
  if (!UUID.test(String(claims.sid)) || !UUID.test(String(claims.sub))) return null;
  const { rows } = await opts.pool.query(
    `WITH valid AS (
       SELECT s.id AS session_id, s.last_seen_at, u.id, u.email, u.roles, u.locale
         FROM user_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2
          AND u.active AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $3)
     ), slid AS (
       UPDATE user_sessions s SET last_seen_at = now()
         FROM valid v
        WHERE s.id = v.session_id AND v.last_seen_at < now() - make_interval(secs => $4)
     )
     SELECT id, email, roles, locale FROM valid`,
    [claims.sid, claims.sub, opts.sessionIdleMinutes, 60],
  );
  const row = rows[0] as { id: string; roles: string[]; locale: Locale } | undefined;
  if (!row) return null;
  if (!claims.iat || Date.now() / 1000 - claims.iat > (opts.sessionIdleMinutes * 60) / 4) {
    // The API renews the cookie here; the benchmark's tokens are fresh, so this never runs in a bench.
    res.setHeader('set-cookie', 'koko_session=renewal-not-implemented-in-baseline; Path=/; HttpOnly; SameSite=Lax');
  }
  return { id: row.id, roles: row.roles, locale: row.locale };
}

const displayLocale = (ctx: Ctx): Locale => {
  const header = ctx.req.headers['accept-language'];
  if (header) return pickLocale(header);
  return ctx.viewer?.locale ?? pickLocale(undefined);
};

const signedIn = (ctx: Ctx, ...roles: string[]): Viewer => {
  if (!ctx.viewer) throw new Refused('UNAUTHENTICATED');
  if (roles.length && !roles.some((r) => ctx.viewer?.roles.includes(r))) throw new Refused('FORBIDDEN');
  return ctx.viewer;
};

// ---------------------------------------------------------------------------------------------
// Progress (Mein Weg and the progress matrix): the same rules as ProgressService.forEnrolments.

interface EnrolmentRow {
  id: string;
  cohort_id: string;
}

async function progressOf(pool: Pool, enrolments: EnrolmentRow[], now = new Date()) {
  if (!enrolments.length) return [];
  const ids = enrolments.map((e) => e.id);
  const cohortIds = [...new Set(enrolments.map((e) => e.cohort_id))];
  const [modules, sessions, marks, states] = await Promise.all([
    pool.query(
      `SELECT cm.cohort_id, cm.module_id, cm.assignment_due_at, cm.min_attendance_percent, pm.position
         FROM cohort_modules cm JOIN programme_modules pm ON pm.id = cm.module_id
        WHERE cm.cohort_id = ANY($1) ORDER BY pm.position`,
      [cohortIds],
    ),
    pool.query(`SELECT id, cohort_id, module_id, starts_at, ends_at FROM cohort_sessions WHERE cohort_id = ANY($1) ORDER BY starts_at`, [cohortIds]),
    pool.query(`SELECT enrolment_id, session_id, status, excuse_waived FROM attendance_records WHERE enrolment_id = ANY($1)`, [ids]),
    pool.query(
      `WITH a AS (
         SELECT DISTINCT ON (enrolment_id, module_id) enrolment_id, module_id, due_at, created_at,
                CASE WHEN state = 'draft' AND attempt_no > 1 THEN 'revision_requested' ELSE state END AS state
         FROM assignment_attempts WHERE enrolment_id = ANY($1)
         ORDER BY enrolment_id, module_id, attempt_no DESC
       ), x AS (
         SELECT DISTINCT ON (enrolment_id, module_id) enrolment_id, module_id, due_at, granted_at
         FROM assignment_extensions WHERE enrolment_id = ANY($1)
         ORDER BY enrolment_id, module_id, granted_at DESC
       )
       SELECT coalesce(a.enrolment_id, x.enrolment_id) AS enrolment_id, coalesce(a.module_id, x.module_id) AS module_id, a.state,
              a.due_at AS attempt_due_at, a.created_at AS attempt_created_at, x.due_at AS extension_due_at, x.granted_at AS extension_granted_at
       FROM a FULL JOIN x ON x.enrolment_id = a.enrolment_id AND x.module_id = a.module_id`,
      [ids],
    ),
  ]);
  const sessionsOf = new Map<string, { id: string; startsAt: Date; endsAt: Date }[]>();
  for (const s of sessions.rows) {
    const key = `${s.cohort_id}:${s.module_id}`;
    const list = sessionsOf.get(key) ?? [];
    list.push({ id: s.id, startsAt: s.starts_at, endsAt: s.ends_at });
    sessionsOf.set(key, list);
  }
  const marksOf = new Map<string, Map<string, AttendanceMark>>();
  for (const r of marks.rows) {
    const m = marksOf.get(r.enrolment_id) ?? new Map<string, AttendanceMark>();
    m.set(r.session_id, { status: r.status, excuseWaived: r.excuse_waived });
    marksOf.set(r.enrolment_id, m);
  }
  const factsOf = new Map<string, { state: AssignmentState; dueAt: Date | null }>();
  for (const r of states.rows) {
    factsOf.set(`${r.enrolment_id}:${r.module_id}`, {
      state: r.state ?? AssignmentState.NOT_SUBMITTED,
      dueAt: personalDueAt(
        r.attempt_created_at ? { dueAt: r.attempt_due_at, createdAt: r.attempt_created_at } : null,
        r.extension_due_at && r.extension_granted_at ? { dueAt: r.extension_due_at, grantedAt: r.extension_granted_at } : null,
      ),
    });
  }
  return enrolments.map((e) => {
    const rows = modules.rows
      .filter((cm) => cm.cohort_id === e.cohort_id)
      .map((cm) => {
        const facts = factsOf.get(`${e.id}:${cm.module_id}`);
        const assignment = facts?.state ?? AssignmentState.NOT_SUBMITTED;
        const dueAt: Date | null = facts?.dueAt ?? cm.assignment_due_at;
        const d = deriveModuleProgress({
          sessions: sessionsOf.get(`${e.cohort_id}:${cm.module_id}`) ?? [],
          attendance: marksOf.get(e.id) ?? new Map(),
          minAttendancePercent: cm.min_attendance_percent,
          assignment,
          now,
        });
        return { moduleId: cm.module_id as string, position: cm.position as number, d, assignment, dueAt, overdue: isAssignmentOverdue(assignment, dueAt, now) };
      });
    const completed = rows.filter((m) => m.d.status === ModuleStatus.COMPLETE).length;
    const met = rows.reduce((n, m) => n + (m.d.attendanceMet ? 1 : 0) + (m.d.assignmentMet ? 1 : 0), 0);
    return {
      enrolmentId: e.id,
      completedModules: completed,
      overallPercent: rows.length ? Math.floor((met * 100) / (rows.length * 2)) : 0,
      certificateEligible: rows.length > 0 && completed === rows.length,
      modules: rows,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The scenarios. Each answers exactly the fields of its query in ./scenarios.ts.

type Handler = (ctx: Ctx) => Promise<Record<string, unknown>>;

export const BASELINE_HANDLERS: Record<string, Handler> = {
  async typename() {
    return { __typename: 'Query' };
  },

  async me(ctx) {
    if (!ctx.viewer) return { me: null };
    const { rows } = await ctx.opts.pool.query(`SELECT id, email, display_name, roles, locale FROM users WHERE id = $1`, [ctx.viewer.id]);
    const u = rows[0];
    return { me: u ? { id: u.id, email: u.email, displayName: u.display_name, roles: u.roles.map(gqlEnum), locale: gqlEnum(u.locale) } : null };
  },

  async programmeModules(ctx) {
    const locale = displayLocale(ctx);
    const { rows } = await ctx.opts.pool.query(
      `SELECT id, position, title, title_en, format, workload_hours, learning_outcomes, learning_outcomes_en FROM programme_modules ORDER BY position`,
    );
    return {
      programmeModules: rows.map((m) => ({
        id: m.id,
        position: m.position,
        title: localized(m.title, m.title_en, locale),
        format: gqlEnum(m.format),
        workloadHours: m.workload_hours,
        learningOutcomes: localized(m.learning_outcomes, m.learning_outcomes_en, locale),
      })),
    };
  },

  async openCohorts(ctx) {
    const locale = displayLocale(ctx);
    const { rows } = await ctx.opts.pool.query(
      `SELECT c.id, c.name, c.name_en, c.starts_on::text, c.ends_on::text, c.applications_close_on::text, c.capacity,
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.state = ANY($2)) AS seats_taken
         FROM cohorts c WHERE c.applications_open_on <= $1 AND c.applications_close_on >= $1 ORDER BY c.starts_on`,
      [berlinDay(new Date()), SEAT_STATES],
    );
    return {
      openCohorts: rows.map((c) => ({
        id: c.id,
        name: localized(c.name, c.name_en, locale),
        startsOn: c.starts_on,
        endsOn: c.ends_on,
        applicationsCloseOn: c.applications_close_on,
        capacity: c.capacity,
        seatsTaken: c.seats_taken,
      })),
    };
  },

  async myProgress(ctx) {
    const viewer = signedIn(ctx);
    const locale = displayLocale(ctx);
    const { rows } = await ctx.opts.pool.query(
      `SELECT e.id, e.cohort_id, c.name, c.name_en FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id
        WHERE e.user_id = $1 AND e.state = ANY($2) ORDER BY c.starts_on DESC`,
      [viewer.id, SEAT_STATES],
    );
    const progress = await progressOf(ctx.opts.pool, rows);
    return {
      myProgress: progress.map((p, i) => ({
        enrolmentId: p.enrolmentId,
        completedModules: p.completedModules,
        overallPercent: p.overallPercent,
        certificateEligible: p.certificateEligible,
        cohort: { id: rows[i].cohort_id, name: localized(rows[i].name, rows[i].name_en, locale) },
        modules: p.modules.map((m) => ({
          moduleId: m.moduleId,
          position: m.position,
          status: gqlEnum(m.d.status),
          attendancePercent: m.d.attendancePercent,
          assignmentState: gqlEnum(m.assignment),
          assignmentDueAt: m.dueAt ? m.dueAt.toISOString() : null,
          assignmentOverdue: m.overdue,
        })),
      })),
    };
  },

  async cohortProgress(ctx) {
    const viewer = signedIn(ctx, 'admin', 'trainer');
    const cohortId = String(ctx.variables['cohortId']);
    const { rows } = await ctx.opts.pool.query(
      `SELECT e.id, e.cohort_id FROM cohorts c
         JOIN enrolments e ON e.cohort_id = c.id AND e.state = ANY($3)
        WHERE c.id = $1 AND ('admin' = ANY($4) OR EXISTS (SELECT 1 FROM cohort_trainers t WHERE t.cohort_id = c.id AND t.user_id = $2))`,
      [cohortId, viewer.id, SEAT_STATES, viewer.roles],
    );
    const progress = await progressOf(ctx.opts.pool, rows);
    return {
      cohortProgress: progress.map((p) => ({
        enrolmentId: p.enrolmentId,
        completedModules: p.completedModules,
        overallPercent: p.overallPercent,
        certificateEligible: p.certificateEligible,
        modules: p.modules.map((m) => ({ moduleId: m.moduleId, status: gqlEnum(m.d.status), attendancePercent: m.d.attendancePercent, assignmentState: gqlEnum(m.assignment) })),
      })),
    };
  },

  async gradingQueue(ctx) {
    const viewer = signedIn(ctx, 'admin', 'trainer');
    const locale = displayLocale(ctx);
    const limit = Number(ctx.variables['limit'] ?? 20);
    const offset = Number(ctx.variables['offset'] ?? 0);
    const admin = viewer.roles.includes('admin');
    const scope = `FROM assignment_attempts a JOIN enrolments e ON e.id = a.enrolment_id
      ${admin ? '' : 'JOIN cohort_trainers t ON t.cohort_id = e.cohort_id AND t.user_id = $1'}
      WHERE a.state <> 'draft'`;
    const params = admin ? [] : [viewer.id];
    const [items, counts] = await Promise.all([
      ctx.opts.pool.query(
        `SELECT a.id, a.attempt_no, a.state, a.late, a.submitted_at, a.claimed_by, e.cohort_id, c.name AS cohort_name, cu.display_name AS claimed_by_name,
                u.id AS user_id, u.display_name, u.email, m.id AS module_id, m.position, m.title, m.title_en
           ${scope.replace('WHERE', `JOIN cohorts c ON c.id = e.cohort_id JOIN users u ON u.id = e.user_id JOIN programme_modules m ON m.id = a.module_id
           LEFT JOIN users cu ON cu.id = a.claimed_by WHERE`)}
          ORDER BY a.submitted_at, a.id LIMIT ${limit} OFFSET ${offset}`,
        params,
      ),
      ctx.opts.pool.query(`SELECT a.state, count(*)::int AS n ${scope} GROUP BY a.state`, params),
    ]);
    const n = Object.fromEntries(counts.rows.map((r) => [r.state, r.n as number]));
    return {
      gradingQueue: {
        total: counts.rows.reduce((s, r) => s + r.n, 0),
        offset,
        limit,
        counts: { submitted: n['submitted'] ?? 0, passed: n['passed'] ?? 0, revisionRequested: n['revision_requested'] ?? 0, failed: n['failed'] ?? 0 },
        items: items.rows.map((a) => ({
          id: a.id,
          attemptNo: a.attempt_no,
          state: gqlEnum(a.state),
          late: a.late,
          submittedAt: a.submitted_at?.toISOString() ?? null,
          cohortId: a.cohort_id,
          cohortName: a.cohort_name,
          claimedByName: a.claimed_by_name ?? null,
          claimedByMe: a.claimed_by === viewer.id,
          participant: { id: a.user_id, displayName: a.display_name, email: a.email },
          module: { id: a.module_id, position: a.position, title: localized(a.title, a.title_en, locale) },
        })),
      },
    };
  },

  async verifyCertificate(ctx) {
    const code = String(ctx.variables['code']);
    if (!CODE.test(code)) throw new Refused('CERTIFICATE_CODE_MALFORMED');
    const pool = ctx.opts.pool;
    const { rows: hits } = await pool.query(
      `INSERT INTO request_throttle (key, window_start, hits) VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN request_throttle.window_start = date_trunc('minute', now()) THEN request_throttle.hits + 1 ELSE 1 END,
         window_start = date_trunc('minute', now())
       RETURNING hits`,
      [`verify:${clientAddress(ctx.req)}`],
    );
    if (hits[0].hits > ctx.opts.verifyPerMinute) throw new Refused('TOO_MANY_LOOKUPS');
    const { rows } = await pool.query(
      `SELECT c.state, c.number, c.printed_name, c.document->>'programmeTitle' AS programme_title, c.document->>'issuedOn' AS issued_on,
              c.revoked_at, c.revocation_reason, s.verification_code AS superseded_by_code, c.verification_code
         FROM certificates c LEFT JOIN certificates s ON s.id = c.superseded_by_id WHERE c.verification_code = $1`,
      [code],
    );
    const c = rows[0];
    // (Attendance confirmations of short formats are looked up next when no certificate matches; the bench asks for a certificate.)
    return {
      verifyCertificate: c
        ? {
            kind: 'CERTIFICATE',
            state: gqlEnum(c.state),
            number: c.number,
            printedName: c.printed_name,
            programmeTitle: c.programme_title,
            issuedOn: c.issued_on,
            revokedOn: c.revoked_at ? berlinDay(c.revoked_at) : null,
            revocationReason: gqlEnum(c.revocation_reason),
            supersededByCode: c.superseded_by_code,
            verificationCode: c.verification_code,
          }
        : null,
    };
  },

  async saveAssignmentDraft(ctx) {
    const viewer = signedIn(ctx);
    const input = ctx.variables['input'] as { enrolmentId: string; moduleId: string; body: string };
    const client: PoolClient = await ctx.opts.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows: enrolments } = await client.query(`SELECT user_id, cohort_id, state FROM enrolments WHERE id = $1`, [input.enrolmentId]);
      const e = enrolments[0];
      if (!e || e.user_id !== viewer.id) throw new Refused('ENROLMENT_NOT_FOUND');
      if (e.state !== 'admitted') throw new Refused('NOT_ADMITTED');
      const { rows: settings } = await client.query(`SELECT max_attempts FROM cohort_modules WHERE cohort_id = $1 AND module_id = $2`, [e.cohort_id, input.moduleId]);
      if (!settings[0]) throw new Refused('MODULE_NOT_FOUND');
      const { rows: attempts } = await client.query(
        `SELECT id, state FROM assignment_attempts WHERE enrolment_id = $1 AND module_id = $2 ORDER BY attempt_no DESC FOR UPDATE`,
        [input.enrolmentId, input.moduleId],
      );
      // The benchmark saves into an open draft; opening a new attempt is not part of this baseline.
      if (attempts[0]?.state !== 'draft') throw new Refused('ATTEMPT_FROZEN');
      const { rows } = await client.query(
        `UPDATE assignment_attempts SET body = $2, draft_saved_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING id, state, version, draft_saved_at`,
        [attempts[0].id, input.body],
      );
      await client.query('COMMIT');
      const a = rows[0];
      return { saveAssignmentDraft: { id: a.id, state: gqlEnum(a.state), version: a.version, draftSavedAt: a.draft_saved_at.toISOString() } };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  },
};

/** The client address as the API sees it with TRUST_PROXY=loopback: X-Forwarded-For from a loopback peer. */
function clientAddress(req: IncomingMessage): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.headers['x-forwarded-for'];
  const loopback = peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
  if (loopback && typeof forwarded === 'string' && forwarded) return forwarded.split(',').pop()?.trim() ?? peer;
  return peer;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

export function createBaselineServer(opts: BaselineOptions): Server {
  return createServer((req, res) => {
    const name = req.url?.startsWith('/baseline/') ? req.url.slice('/baseline/'.length) : '';
    const handler = BASELINE_HANDLERS[name];
    if (req.method !== 'POST' || !handler) return send(res, 404, { errors: [{ message: 'unknown scenario' }] });
    void (async () => {
      try {
        const body = JSON.parse(await readBody(req)) as { variables?: Record<string, unknown> };
        const viewer = await authenticate(req, res, opts);
        const data = await handler({ req, res, viewer, variables: body.variables ?? {}, opts });
        send(res, 200, { data });
      } catch (error) {
        const code = error instanceof Refused ? error.code : 'INTERNAL_SERVER_ERROR';
        send(res, 200, { errors: [{ message: code, extensions: { code } }], data: null });
      }
    })();
  });
}
