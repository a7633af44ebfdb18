import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, sqlRows } from '@koko/api/core/database';
import { EnrolmentQueryService } from '@koko/api/enrolment';

/** Attendance in every session of the person's enrolments, and whether a personal calendar feed exists. */
@Injectable()
export class ProgressPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly enrolments: EnrolmentQueryService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      section: 'progress',
      title: { de: 'Anwesenheit und Kalender', en: 'Attendance and calendar' },
      tables: ['attendance_records', 'calendar_subscriptions'],
      collect: async ({ userId }, m) => {
        const ids = await this.enrolments.idsOfUser(userId, m);
        const attendance = await sqlRows<Record<string, unknown>>(
          m,
          `SELECT enrolment_id AS "enrolmentId", session_id AS "sessionId", status, excuse_waived AS "excuseWaived", recorded_at AS "recordedAt"
             FROM attendance_records WHERE enrolment_id = ANY($1) ORDER BY recorded_at`,
          [ids],
        );
        // The feed's secret itself stays out: it would let anyone holding the ZIP read the calendar.
        const calendarFeed = await sqlRows<Record<string, unknown>>(m, `SELECT created_at AS "createdAt" FROM calendar_subscriptions WHERE user_id = $1`, [userId]);
        return { data: { attendance, calendarFeed } };
      },
    });
  }
}
