/** Progress (Mein Weg and the progress matrix): the same rules as ProgressService.forEnrolments. */
import type { Pool } from 'pg';
import { localized } from '@koko/shared';
import { personalDueAt } from '@koko/api/assessment/rules';
import { AssignmentState, deriveModuleProgress, isAssignmentOverdue, ModuleStatus, type AttendanceMark } from '@koko/api/progress/rules';
import { displayLocale, gqlEnum, Handler, SEAT_STATES, signedIn } from './context';

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

export const PROGRESS_HANDLERS: Record<string, Handler> = {
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
};
