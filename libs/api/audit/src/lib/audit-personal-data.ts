import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, PersonalDataSource, sqlRows } from '@koko/api/core/database';

/**
 * The audit trail about the person and what they did themselves (as trainer or admin: attendance,
 * grades, decisions). This also covers every `*_by` column elsewhere: each such change is audited.
 */
export const auditPersonalData: PersonalDataSource = {
  section: 'audit',
  title: { de: 'Änderungsprotokoll', en: 'Audit trail' },
  tables: ['audit_events'],
  async collect({ userId }, m) {
    const aboutYou = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT occurred_at AS "occurredAt", actor_name AS "by", action, entity_type AS "entityType", entity_id AS "entityId", before, after
         FROM audit_events WHERE subject_user_id = $1 ORDER BY occurred_at, id`,
      [userId],
    );
    const byYou = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT occurred_at AS "occurredAt", action, entity_type AS "entityType", entity_id AS "entityId", before, after
         FROM audit_events WHERE actor_id = $1 AND subject_user_id IS DISTINCT FROM $1 ORDER BY occurred_at, id`,
      [userId],
    );
    return { data: { aboutYou, byYou } };
  },
};

@Injectable()
export class AuditPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}
  onModuleInit(): void {
    this.registry.register(auditPersonalData);
  }
}
