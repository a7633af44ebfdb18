import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRun } from '@koko/api/core/database';
import { daysBefore, RetentionService } from '@koko/api/core/jobs';

/**
 * Closed applications after `RETENTION_DECLINED_APPLICATION_DAYS` from the decision: a declined
 * application is deleted (it was never admitted, so nothing depends on it); a withdrawn enrolment
 * keeps its row for the records that refer to it (attendance, assignments) but loses the person's
 * texts (role, motivation, decision message).
 */
@Injectable()
export class EnrolmentRetention implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly retention: RetentionService,
  ) {}

  onModuleInit(): void {
    this.retention.register({
      name: 'enrolment.closed-applications',
      purge: async (now, m) => {
        const cutoff = daysBefore(now, this.config.privacy.retention.declinedApplicationDays);
        const deleted = await sqlRun(m, `DELETE FROM enrolments WHERE state = 'declined' AND coalesce(decided_at, updated_at) < $1`, [cutoff]);
        const minimised = await sqlRun(
          m,
          `UPDATE enrolments SET motivation = '', job_role = '–', decision_message = NULL
            WHERE state = 'withdrawn' AND coalesce(decided_at, updated_at) < $1
              AND (motivation <> '' OR job_role <> '–' OR decision_message IS NOT NULL)`,
          [cutoff],
        );
        return (deleted ?? 0) + (minimised ?? 0);
      },
    });
  }
}
