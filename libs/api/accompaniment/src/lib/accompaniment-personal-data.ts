import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, PersonalDataSource, sqlRows } from '@koko/api/core/database';

/**
 * Accompaniment: the notes a person wrote on a milestone of a Kommune's path, the transfer
 * assignments they shared as evidence, and the Kommunen they accompany as an advisor.
 */
export const accompanimentPersonalData: PersonalDataSource = {
  section: 'accompaniment',
  title: { de: 'Begleitung', en: 'Accompaniment' },
  tables: ['accompaniment_milestones', 'accompaniment_advisors'],
  async collect({ userId }, m) {
    const notes = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT id AS "milestoneId", municipality_id AS "municipalityId", title, note, updated_at AS "updatedAt"
         FROM accompaniment_milestones WHERE note_by = $1 ORDER BY municipality_id, position`,
      [userId],
    );
    const shared = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT id AS "milestoneId", municipality_id AS "municipalityId", title, evidence_enrolment_id AS "enrolmentId", evidence_module_id AS "moduleId"
         FROM accompaniment_milestones WHERE evidence_shared_by = $1 ORDER BY municipality_id, position`,
      [userId],
    );
    const accompanied = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT municipality_id AS "municipalityId", assigned_at AS "assignedAt" FROM accompaniment_advisors WHERE advisor_id = $1 ORDER BY assigned_at`,
      [userId],
    );
    return { data: { milestoneNotes: notes, sharedAssignments: shared, accompaniedAsAdvisor: accompanied } };
  },
};

@Injectable()
export class AccompanimentPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(accompanimentPersonalData);
  }
}
