import { Injectable } from '@nestjs/common';
import { AuthUser } from '@koko/api/core/auth';
import { CohortModule, CohortService } from '@koko/api/catalogue';
import { Enrolment, EnrolmentState } from '@koko/api/enrolment';
import { Role } from '@koko/shared';
import { EntityManager } from 'typeorm';
import { AssessmentErrorCode, AssessmentException } from './assessment.exception';
import { AssignmentAttempt } from './attempts/attempt.entity';

/** Who may do what with an attempt: its participant, the cohort's trainers, admins. Nobody else. */
@Injectable()
export class AssignmentAccess {
  constructor(private readonly cohorts: CohortService) {}

  /** The viewer's own running enrolment (admitted; completed enrolments are read-only). */
  async ownEnrolment(m: EntityManager, viewer: AuthUser, enrolmentId: string, forWriting: boolean): Promise<Enrolment> {
    const enrolment = await m.findOneBy(Enrolment, { id: enrolmentId });
    if (!enrolment || enrolment.userId !== viewer.id) throw new AssessmentException(AssessmentErrorCode.ENROLMENT_NOT_FOUND);
    const allowed = forWriting ? [EnrolmentState.ADMITTED] : [EnrolmentState.ADMITTED, EnrolmentState.COMPLETED];
    if (!allowed.includes(enrolment.state)) throw new AssessmentException(AssessmentErrorCode.NOT_ADMITTED);
    return enrolment;
  }

  async cohortModule(m: EntityManager, cohortId: string, moduleId: string): Promise<CohortModule> {
    const row = await m.findOneBy(CohortModule, { cohortId, moduleId });
    if (!row) throw new AssessmentException(AssessmentErrorCode.MODULE_NOT_FOUND);
    return row;
  }

  /** The participant's own attempt; `lock` takes a row lock for a change. */
  async participantAttempt(m: EntityManager, viewer: AuthUser, attemptId: string, lock = false): Promise<{ attempt: AssignmentAttempt; enrolment: Enrolment }> {
    const attempt = await m.findOne(AssignmentAttempt, { where: { id: attemptId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const enrolment = attempt ? await m.findOneBy(Enrolment, { id: attempt.enrolmentId }) : null;
    if (!attempt || !enrolment || enrolment.userId !== viewer.id) throw new AssessmentException(AssessmentErrorCode.ATTEMPT_NOT_FOUND);
    return { attempt, enrolment };
  }

  /** An attempt of a cohort the viewer trains (or any, for admins). Others learn nothing. */
  async graderAttempt(m: EntityManager, viewer: AuthUser, attemptId: string, lock = false): Promise<{ attempt: AssignmentAttempt; enrolment: Enrolment }> {
    const attempt = await m.findOne(AssignmentAttempt, { where: { id: attemptId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const enrolment = attempt ? await m.findOneBy(Enrolment, { id: attempt.enrolmentId }) : null;
    if (!attempt || !enrolment) throw new AssessmentException(AssessmentErrorCode.ATTEMPT_NOT_FOUND);
    await this.assertGrader(m, viewer, enrolment.cohortId);
    return { attempt, enrolment };
  }

  /** Admins, and trainers of this cohort. */
  async isGrader(m: EntityManager, viewer: AuthUser, cohortId: string): Promise<boolean> {
    return viewer.roles.includes(Role.ADMIN) || (await this.cohorts.canManage(viewer, cohortId, m));
  }

  /** Anyone else learns nothing: the attempt is "not found". */
  async assertGrader(m: EntityManager, viewer: AuthUser, cohortId: string): Promise<void> {
    if (!(await this.isGrader(m, viewer, cohortId))) throw new AssessmentException(AssessmentErrorCode.ATTEMPT_NOT_FOUND);
  }

  /** May the viewer read this attempt (and its files)? */
  async canRead(m: EntityManager, viewer: AuthUser, attempt: AssignmentAttempt): Promise<'participant' | 'grader' | null> {
    const enrolment = await m.findOneBy(Enrolment, { id: attempt.enrolmentId });
    if (!enrolment) return null;
    if (enrolment.userId === viewer.id) return 'participant';
    return (await this.isGrader(m, viewer, enrolment.cohortId)) ? 'grader' : null;
  }
}
