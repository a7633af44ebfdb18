import { Cohort, ProgrammeModule } from '@koko/api/catalogue';
import { Enrolment } from '@koko/api/enrolment';
import { User } from '@koko/api/identity';
import { EntityManager } from 'typeorm';
import { AssignmentAttempt } from './attempt.entity';

/** The facts mails and the audit trail need about an attempt, loaded inside the transaction. */
export async function attemptContext(m: EntityManager, attempt: AssignmentAttempt, enrolment: Enrolment) {
  const [cohort, module, participant] = await Promise.all([
    m.findOneByOrFail(Cohort, { id: enrolment.cohortId }),
    m.findOneByOrFail(ProgrammeModule, { id: attempt.moduleId }),
    m.findOneByOrFail(User, { id: enrolment.userId }),
  ]);
  return {
    attemptId: attempt.id,
    attemptNo: attempt.attemptNo,
    enrolmentId: enrolment.id,
    cohortId: cohort.id,
    cohortName: cohort.name,
    moduleId: module.id,
    modulePosition: module.position,
    moduleTitle: module.title,
    participantId: participant.id,
    participantName: participant.displayName,
    participantEmail: participant.email,
    participantLocale: participant.locale,
  };
}
