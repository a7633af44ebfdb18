import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { Cohort, CohortService, CohortSession, CohortTrainer, ProgrammeModule } from '@koko/api/catalogue';
import { Enrolment, SEAT_STATES } from '@koko/api/enrolment';
import { UserDirectory } from '@koko/api/identity';
import { Locale, localized, Role, WebRoute, webUrl } from '@koko/shared';
import { randomBytes } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { ProgressErrorCode, ProgressException } from '../progress.exception';
import { calendar, CalendarEvent, calendarName } from './ical';
import { sqlRows, sqlRun } from '@koko/api/core/database';

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cohorts: CohortService,
    private readonly users: UserDirectory,
  ) {}

  /** The personal subscription URL, if one was created. */
  async subscriptionUrl(viewer: AuthUser): Promise<string | null> {
    const rows = await sqlRows<{ token: string }>(this.db, `SELECT token FROM calendar_subscriptions WHERE user_id = $1`, [viewer.id]);
    return rows[0] ? this.urlFor(rows[0].token) : null;
  }

  /** Creates the subscription URL, or replaces it (the old URL stops working). 256 random bits. */
  async renewSubscription(viewer: AuthUser): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await sqlRun(
      this.db,
      `INSERT INTO calendar_subscriptions (user_id, token) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token = EXCLUDED.token, created_at = now()`,
      [viewer.id, token],
    );
    return this.urlFor(token);
  }

  /** Every session of the cohorts the token's owner takes part in or trains; null for an unknown token. */
  async feedForToken(token: string): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const rows = await sqlRows<{ user_id: string }>(this.db, `SELECT user_id FROM calendar_subscriptions WHERE token = $1`, [token]);
    if (!rows[0]) return null;
    const userId = rows[0].user_id;
    const [enrolled, trained, [owner]] = await Promise.all([
      this.db.manager.find(Enrolment, { where: { userId, state: In([...SEAT_STATES]) } }),
      this.db.manager.find(CohortTrainer, { where: { userId } }),
      this.users.byIds([userId]),
    ]);
    const cohortIds = [...new Set([...enrolled.map((e) => e.cohortId), ...trained.map((t) => t.cohortId)])];
    // No request to take a language from: the feed speaks its owner's.
    return calendar('KoKo Campus', await this.events(cohortIds, owner?.locale ?? Locale.DE));
  }

  /** One cohort's sessions, for admins, its trainers and its admitted participants, in `locale`. */
  async feedForCohort(viewer: AuthUser, cohortId: string, locale: Locale = viewer.locale): Promise<{ name: string; ics: string }> {
    const cohort = await this.db.manager.findOneBy(Cohort, { id: cohortId });
    if (!cohort) throw new ProgressException(ProgressErrorCode.CALENDAR_NOT_FOUND);
    const participant = await this.db.manager.existsBy(Enrolment, { cohortId, userId: viewer.id, state: In([...SEAT_STATES]) });
    if (!participant && !viewer.roles.includes(Role.ADMIN) && !(await this.cohorts.canManage(viewer, cohortId))) {
      throw new ProgressException(ProgressErrorCode.FORBIDDEN);
    }
    const name = localized(cohort.name, cohort.nameEn, locale);
    return { name, ics: calendar(calendarName(name), await this.events([cohortId], locale)) };
  }

  private async events(cohortIds: string[], locale: Locale): Promise<CalendarEvent[]> {
    if (!cohortIds.length) return [];
    const sessions = (await this.db.manager
      .createQueryBuilder(CohortSession, 's')
      .innerJoinAndMapOne('s.module', ProgrammeModule, 'pm', 'pm.id = s.module_id')
      .innerJoinAndMapOne('s.cohort', Cohort, 'c', 'c.id = s.cohort_id')
      .where('s.cohort_id IN (:...cohortIds)', { cohortIds })
      .orderBy('s.starts_at', 'ASC')
      .getMany()) as (CohortSession & { module: ProgrammeModule; cohort: Cohort })[];
    const host = new URL(this.config.publicUrl).host;
    const moduleWord = locale === Locale.EN ? 'Module' : 'Modul';
    return sessions.map((s) => {
      const title = localized(s.title, s.titleEn, locale);
      return {
        uid: `${s.id}@${host}`,
        start: s.startsAt,
        end: s.endsAt,
        summary: `KoKo II – ${moduleWord} ${s.module.position}: ${localized(s.module.title, s.module.titleEn, locale)}${title ? ` (${title})` : ''}`,
        location: s.location ?? s.onlineUrl,
        url: s.onlineUrl,
        description: `${localized(s.cohort.name, s.cohort.nameEn, locale)}\n${webUrl(this.config.publicUrl, WebRoute.MY_WAY)}`,
      };
    });
  }

  private urlFor(token: string): string {
    return `${this.config.publicUrl}/api/calendar/${token}.ics`;
  }
}
