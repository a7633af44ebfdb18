import type { TranslationKey } from '@koko/web/shared/util';

/** One changed value of an audit entry, ready for display. */
export interface AuditValuePart {
  /** Dictionary key of the field's label; absent for a single value or an unknown field (then `field`). */
  labelKey?: TranslationKey;
  field?: string;
  value: string;
  /** When set, `value` is a dictionary key. */
  translated: boolean;
}

const ATTENDANCE_STATUS: Record<string, TranslationKey> = {
  present: 'progress.attendance.value.PRESENT',
  excused: 'progress.attendance.value.EXCUSED',
  absent: 'progress.attendance.value.ABSENT',
};

const ENROLMENT_STATE: Record<string, TranslationKey> = {
  applied: 'progress.audit.state.applied',
  admitted: 'progress.audit.state.admitted',
  waitlisted: 'progress.audit.state.waitlisted',
  declined: 'progress.audit.state.declined',
  completed: 'progress.audit.state.completed',
  withdrawn: 'progress.audit.state.withdrawn',
};

const FIELD_LABELS: Record<string, TranslationKey> = {
  state: 'progress.audit.field.state',
  message: 'progress.audit.field.message',
  movedUp: 'progress.audit.field.movedUp',
  jobRole: 'progress.audit.field.jobRole',
};

/** Technical references that mean nothing to a reader of the trail. */
const HIDDEN_FIELDS = new Set(['municipalityId']);

function parse(json: string | null | undefined): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: json };
  }
}

function fieldPart(field: string, value: unknown): AuditValuePart {
  const labelKey = FIELD_LABELS[field];
  const label = labelKey ? { labelKey } : { field };
  if (field === 'state' && typeof value === 'string' && ENROLMENT_STATE[value]) {
    return { ...label, value: ENROLMENT_STATE[value], translated: true };
  }
  if (typeof value === 'boolean') return { ...label, value: value ? 'progress.audit.yes' : 'progress.audit.no', translated: true };
  return { ...label, value: typeof value === 'string' ? value : JSON.stringify(value), translated: false };
}

/**
 * Reads the before/after JSON of an audit entry. Attendance is shown as one translated value
 * ("entschuldigt, angerechnet"); known fields get labels, enrolment states are translated,
 * anything else is shown as it is.
 */
export function describeAuditValue(action: string, json: string | null | undefined): AuditValuePart[] {
  const value = parse(json);
  if (!value) return [];
  if (action === 'attendance.changed' && typeof value['status'] === 'string') {
    const key =
      value['status'] === 'excused' && value['excuseWaived'] === true
        ? 'progress.attendance.value.EXCUSED_WAIVED'
        : ATTENDANCE_STATUS[value['status']];
    return [{ value: key ?? value['status'], translated: !!key }];
  }
  return Object.entries(value)
    .filter(([field, v]) => !HIDDEN_FIELDS.has(field) && v !== null && v !== undefined && v !== '')
    .map(([field, v]) => fieldPart(field, v));
}
