import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssignmentFacts, AssignmentState, AssignmentStateSource } from '@koko/api/progress';
import { DataSource } from 'typeorm';
import { sqlRows } from '@koko/api/core/database';
import { personalDueAt } from './attempt-state';

/** Progress learns each module's assignment state and the participant's own due date (one statement per batch). */
@Injectable()
export class AttemptAssignmentStates implements AssignmentStateSource {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The state from the latest attempt, and the participant's own due date: a revision's (unless a later
   * extension moved it) or the latest extension. One statement for any number of enrolments.
   */
  async statesOf(enrolmentIds: readonly string[]): Promise<ReadonlyMap<string, AssignmentFacts>> {
    if (!enrolmentIds.length) return new Map();
    const rows = await sqlRows<{
      enrolment_id: string;
      module_id: string;
      state: AssignmentState | null;
      attempt_due_at: Date | null;
      attempt_created_at: Date | null;
      extension_due_at: Date | null;
      extension_granted_at: Date | null;
    }>(
      this.db,
      // A draft after a revision request still reads "revision requested" for the participant.
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
      [[...enrolmentIds]],
    );
    return new Map(
      rows.map((r) => [
        `${r.enrolment_id}:${r.module_id}`,
        {
          state: r.state ?? AssignmentState.NOT_SUBMITTED,
          personalDueAt: personalDueAt(
            r.attempt_created_at ? { dueAt: r.attempt_due_at, createdAt: r.attempt_created_at } : null,
            r.extension_due_at && r.extension_granted_at ? { dueAt: r.extension_due_at, grantedAt: r.extension_granted_at } : null,
          ),
        },
      ]),
    );
  }
}
