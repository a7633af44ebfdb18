import { CohortService, ProgrammeService } from '@koko/api/catalogue';
import { Enrolment } from '@koko/api/enrolment';
import { EntityManager } from 'typeorm';
import { AssignmentAttempt } from './attempt.entity';

/**
 * The facts mails and the audit trail need about an attempt, read inside the transaction through
 * the catalogue's services. People are named by id only: mail loads whom it writes to.
 */
export async function attemptContext(
  m: EntityManager,
  catalogue: { cohorts: CohortService; programme: ProgrammeService },
  attempt: AssignmentAttempt,
  enrolment: Enrolment,
) {
  const [[cohort], module] = await Promise.all([catalogue.cohorts.cohortsByIds([enrolment.cohortId], m), catalogue.programme.module(attempt.moduleId, m)]);
  if (!cohort) throw new Error(`Cohort ${enrolment.cohortId} of enrolment ${enrolment.id} not found`);
  return {
    attemptId: attempt.id,
    attemptNo: attempt.attemptNo,
    enrolmentId: enrolment.id,
    cohortId: cohort.id,
    moduleId: module.id,
    modulePosition: module.position,
    participantId: enrolment.userId,
  };
}
