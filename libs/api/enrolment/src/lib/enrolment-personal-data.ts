import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, sqlRows } from '@koko/api/core/database';
import { CohortService } from '@koko/api/catalogue';

/** Applications and enrolments with what the person wrote and what was decided. */
@Injectable()
export class EnrolmentPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly cohorts: CohortService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      section: 'enrolments',
      title: { de: 'Bewerbungen und Teilnahmen', en: 'Applications and enrolments' },
      tables: ['enrolments'],
      collect: async ({ userId }, m) => {
        const rows = await sqlRows<Record<string, unknown> & { cohortId: string }>(
          m,
          `SELECT id, cohort_id AS "cohortId", municipality_id AS "municipalityId", job_role AS "jobRole", motivation, state,
                  applied_at AS "appliedAt", waitlisted_at AS "waitlistedAt", decided_at AS "decidedAt", decision_message AS "decisionMessage"
             FROM enrolments WHERE user_id = $1 ORDER BY applied_at`,
          [userId],
        );
        const names = new Map((await this.cohorts.cohortsByIds([...new Set(rows.map((r) => r.cohortId))], m)).map((c) => [c.id, c.name]));
        return { data: { enrolments: rows.map((r) => ({ cohort: names.get(r.cohortId) ?? null, ...r })) } };
      },
    });
  }
}
