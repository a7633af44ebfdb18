/** Assignments: the trainer's grading queue and the participant's draft save (the one write). */
import type { PoolClient } from 'pg';
import { localized } from '@koko/shared';
import { displayLocale, gqlEnum, Handler, Refused, signedIn } from './context';

export const ASSIGNMENT_HANDLERS: Record<string, Handler> = {
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
