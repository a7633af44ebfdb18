/** Accompaniment (Begleitung): every change to a Kommune's development path and its advisors is audited. */
export const AccompanimentEvents = {
  /** A path started, a milestone added, changed or removed, evidence shared or withdrawn, advisors set (AccompanimentAuditedEvent). */
  Audited: 'accompaniment.audited',
} as const;

export interface AccompanimentAuditedEvent {
  actorId: string;
  /** e.g. `accompaniment.started`, `accompaniment-milestone.updated`, `accompaniment.advisors-set`. */
  action: string;
  entityType: 'accompaniment_milestone' | 'municipality';
  entityId: string;
  /** The participant whose transfer assignment is shared as evidence, else null. */
  subjectUserId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
