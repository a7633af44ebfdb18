import { Injectable } from '@nestjs/common';
import { sqlRows } from '@koko/api/core/database';
import { EnrolmentQueryService } from '@koko/api/enrolment';
import { ShortFormatAttendees } from '@koko/api/events';
import { UserDirectory } from '@koko/api/identity';
import { EntityManager } from 'typeorm';
import { Survey } from './survey.entity';

type SurveyContext = Pick<Survey, 'id' | 'cohortId' | 'shortFormatId'>;

/**
 * Who a survey asks: the seated participants of its cohort, or the checked-in attendees of its
 * short format who have an account (registered signed in, or with an account's address). Read
 * through the owning libraries' interfaces; the Kommune comes along for grouped results.
 */
@Injectable()
export class SurveyInvitees {
  constructor(
    private readonly enrolments: EnrolmentQueryService,
    private readonly attendees: ShortFormatAttendees,
    private readonly users: UserDirectory,
  ) {}

  async of(m: EntityManager, survey: Omit<SurveyContext, 'id'>): Promise<Array<{ userId: string; municipalityId: string | null }>> {
    if (survey.cohortId) return this.enrolments.participantsOf(survey.cohortId, undefined, m);
    if (!survey.shortFormatId) return [];
    const people = new Map<string, { userId: string; municipalityId: string | null }>();
    for (const a of await this.attendees.checkedIn(survey.shortFormatId, m)) {
      const userId = a.userId ?? (await this.users.idByEmail(a.email, m));
      if (userId && !people.has(userId)) people.set(userId, { userId, municipalityId: a.municipalityId });
    }
    return [...people.values()];
  }

  /**
   * Invites everyone of the context not invited yet (an attendee checked in after the survey was
   * made, a participant admitted since); answers how many are invited in all.
   */
  async invite(m: EntityManager, survey: SurveyContext): Promise<number> {
    const people = await this.of(m, survey);
    const [{ invited }] = await sqlRows<{ invited: number }>(
      m,
      `WITH added AS (
         INSERT INTO evaluation_invitations (survey_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING 1
       )
       SELECT (SELECT count(*)::int FROM evaluation_invitations WHERE survey_id = $1) + (SELECT count(*)::int FROM added) AS invited`,
      [survey.id, people.map((p) => p.userId)],
    );
    return invited;
  }

  /** The Kommune a respondent's answers count for (their seat in the cohort, or their registration). */
  async municipalityOf(m: EntityManager, survey: Omit<SurveyContext, 'id'>, userId: string): Promise<string | null> {
    if (survey.cohortId) return (await this.enrolments.participantsOf(survey.cohortId, userId, m))[0]?.municipalityId ?? null;
    return (await this.of(m, survey)).find((p) => p.userId === userId)?.municipalityId ?? null;
  }
}
