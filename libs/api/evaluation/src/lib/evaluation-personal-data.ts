import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, sqlRows } from '@koko/api/core/database';

/**
 * Which surveys the person was invited to and whether they answered. Their answers are not part of
 * it: responses are anonymous by construction and cannot be traced back to anyone, the person
 * included (docs/privacy.md).
 */
@Injectable()
export class EvaluationPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      section: 'surveys',
      title: { de: 'Befragungen (Einladungen, ohne Antworten)', en: 'Surveys (invitations, without answers)' },
      tables: ['evaluation_invitations'],
      collect: async ({ userId }, m) => {
        const rows = await sqlRows<Record<string, unknown>>(
          m,
          `SELECT s.title, s.title_en AS "titleEn", s.wave, s.opens_at AS "opensAt", s.closes_at AS "closesAt", i.answered, i.reminded
             FROM evaluation_invitations i JOIN evaluation_surveys s ON s.id = i.survey_id
            WHERE i.user_id = $1 ORDER BY s.opens_at, s.title`,
          [userId],
        );
        return { data: { surveyInvitations: rows } };
      },
    });
  }
}
