import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssignmentState, AssignmentStateSource } from '@koko/api/progress';
import { DataSource } from 'typeorm';
import { sqlRows } from '@koko/api/core/database';
import { personalDueAt } from './attempt-state';

/** Progress learns each module's assignment state from the latest attempt (one statement per batch). */
@Injectable()
export class AttemptAssignmentStates implements AssignmentStateSource {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async statesOf(enrolmentIds: readonly string[]): Promise<ReadonlyMap<string, AssignmentState>> {
    if (!enrolmentIds.length) return new Map();
    const rows = await sqlRows<{ enrolment_id: string; module_id: string; state: AssignmentState }>(
      this.db,
      // A draft after a revision request still reads "revision requested" for the participant.
      `SELECT DISTINCT ON (enrolment_id, module_id) enrolment_id, module_id,
              CASE WHEN state = 'draft' AND attempt_no > 1 THEN 'revision_requested' ELSE state END AS state
       FROM assignment_attempts WHERE enrolment_id = ANY($1)
       ORDER BY enrolment_id, module_id, attempt_no DESC`,
      [[...enrolmentIds]],
    );
    return new Map(rows.map((r) => [`${r.enrolment_id}:${r.module_id}`, r.state]));
  }

  /** A revision's due date (unless a later extension moved it) or the latest extension, per enrolment and module. */
  async personalDueDatesOf(enrolmentIds: readonly string[]): Promise<ReadonlyMap<string, Date>> {
    if (!enrolmentIds.length) return new Map();
    const [attempts, extensions] = await Promise.all([
      sqlRows<{ enrolment_id: string; module_id: string; due_at: Date | null; created_at: Date }>(
        this.db,
        `SELECT DISTINCT ON (enrolment_id, module_id) enrolment_id, module_id, due_at, created_at
         FROM assignment_attempts WHERE enrolment_id = ANY($1) ORDER BY enrolment_id, module_id, attempt_no DESC`,
        [[...enrolmentIds]],
      ),
      sqlRows<{ enrolment_id: string; module_id: string; due_at: Date; granted_at: Date }>(
        this.db,
        `SELECT DISTINCT ON (enrolment_id, module_id) enrolment_id, module_id, due_at, granted_at
         FROM assignment_extensions WHERE enrolment_id = ANY($1) ORDER BY enrolment_id, module_id, granted_at DESC`,
        [[...enrolmentIds]],
      ),
    ]);
    const key = (r: { enrolment_id: string; module_id: string }) => `${r.enrolment_id}:${r.module_id}`;
    const latest = new Map(attempts.map((r) => [key(r), { dueAt: r.due_at, createdAt: r.created_at }]));
    const extension = new Map(extensions.map((r) => [key(r), { dueAt: r.due_at, grantedAt: r.granted_at }]));
    const result = new Map<string, Date>();
    for (const k of new Set([...latest.keys(), ...extension.keys()])) {
      const due = personalDueAt(latest.get(k), extension.get(k));
      if (due) result.set(k, due);
    }
    return result;
  }
}
