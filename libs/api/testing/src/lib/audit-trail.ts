import { sqlRows } from '@koko/api/core/database';
import { DataSource } from 'typeorm';

export interface AuditEntry {
  action: string;
  actorId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * The audit trail in the order it was written, narrowed by the entity, its type, the action and
 * values of the `after` document (e.g. `{ shortFormatId }`).
 */
export function auditTrail(
  db: DataSource,
  where: { entityId?: string; entityType?: string; action?: string; cohortId?: string; subjectUserId?: string; after?: Record<string, string> },
): Promise<AuditEntry[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(params.length));
  };
  if (where.entityId) add((n) => `entity_id = $${n}`, where.entityId);
  if (where.entityType) add((n) => `entity_type = $${n}`, where.entityType);
  if (where.action) add((n) => `action = $${n}`, where.action);
  if (where.cohortId) add((n) => `cohort_id = $${n}`, where.cohortId);
  if (where.subjectUserId) add((n) => `subject_user_id = $${n}`, where.subjectUserId);
  for (const [key, value] of Object.entries(where.after ?? {})) add((n) => `after->>'${key.replace(/[^A-Za-z0-9_]/g, '')}' = $${n}`, value);
  if (!conditions.length) throw new Error('auditTrail needs at least one condition');
  return sqlRows<AuditEntry>(db, `SELECT action, actor_id AS "actorId", before, after FROM audit_events WHERE ${conditions.join(' AND ')} ORDER BY id`, params);
}
