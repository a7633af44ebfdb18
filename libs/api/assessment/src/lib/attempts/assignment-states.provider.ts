import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssignmentState, AssignmentStateSource } from '@koko/api/progress';
import { DataSource } from 'typeorm';
import { sqlRows } from '@koko/api/core/database';

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
}
