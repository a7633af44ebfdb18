import type { TranslationKey } from '@koko/web/shared/util';

/** One changed value of an audit entry, ready for display. */
export interface AuditValuePart {
  /** Dictionary key of the field's label; absent for a single value or an unknown field (then `field`). */
  labelKey?: TranslationKey;
  field?: string;
  value: string;
  /** When set, `value` is a dictionary key. */
  translated: boolean;
  /** When set, `value` is an ISO date-time to be shown in the reader's locale. */
  date?: boolean;
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

/** What a `state` means, by the kind of entry: an enrolment's, a certificate's or an assignment's. */
const STATES: Record<string, Record<string, TranslationKey>> = {
  enrolment: ENROLMENT_STATE,
  certificate: { valid: 'progress.audit.state.valid', revoked: 'progress.audit.state.revoked' },
  assessment: {
    submitted: 'progress.audit.state.submitted',
    PASSED: 'grading.verdict.PASSED',
    REVISION_REQUESTED: 'grading.verdict.REVISION_REQUESTED',
    FAILED: 'grading.verdict.FAILED',
  },
};

const REVOCATION_REASON: Record<string, TranslationKey> = {
  issued_in_error: 'certificates.reason.ISSUED_IN_ERROR',
  requirements_not_met: 'certificates.reason.REQUIREMENTS_NOT_MET',
  misconduct: 'certificates.reason.MISCONDUCT',
  other: 'certificates.reason.OTHER',
};

const FIELD_LABELS: Record<string, TranslationKey> = {
  state: 'progress.audit.field.state',
  message: 'progress.audit.field.message',
  movedUp: 'progress.audit.field.movedUp',
  jobRole: 'progress.audit.field.jobRole',
  number: 'progress.audit.field.number',
  printedName: 'progress.audit.field.printedName',
  automatic: 'progress.audit.field.automatic',
  reason: 'progress.audit.field.reason',
  note: 'progress.audit.field.note',
  dueAt: 'progress.audit.field.dueAt',
  wave: 'progress.audit.field.wave',
  invited: 'progress.audit.field.invited',
  recipients: 'progress.audit.field.recipients',
  version: 'progress.audit.field.version',
};

/** When a survey asks (its wave). */
const SURVEY_WAVE: Record<string, TranslationKey> = {
  pre: 'evaluation.wave.PRE',
  post: 'evaluation.wave.POST',
  module: 'evaluation.wave.MODULE',
};

/** Fields whose value is a date-time. */
const DATE_FIELDS = new Set(['dueAt']);

/**
 * Technical references that mean nothing to a reader of the trail: ids (the entry's subject and actor
 * are named in their own columns) and the rubric's raw scores (the grading page shows them).
 */
const HIDDEN_FIELDS = new Set(['claimedBy', 'scores']);
const isHidden = (field: string) => HIDDEN_FIELDS.has(field) || /Ids?$/.test(field);

function parse(json: string | null | undefined): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: json };
  }
}

function fieldPart(action: string, field: string, value: unknown): AuditValuePart {
  const labelKey = FIELD_LABELS[field];
  const label = labelKey ? { labelKey } : { field };
  const states = STATES[action.split('.')[0]];
  if (field === 'state' && typeof value === 'string' && states?.[value]) {
    return { ...label, value: states[value], translated: true };
  }
  if (field === 'reason' && action === 'certificate.revoked' && typeof value === 'string' && REVOCATION_REASON[value]) {
    return { ...label, value: REVOCATION_REASON[value], translated: true };
  }
  if (field === 'wave' && typeof value === 'string' && SURVEY_WAVE[value.toLowerCase()]) {
    return { ...label, value: SURVEY_WAVE[value.toLowerCase()], translated: true };
  }
  if (DATE_FIELDS.has(field) && typeof value === 'string') return { ...label, value, translated: false, date: true };
  if (typeof value === 'boolean') return { ...label, value: value ? 'progress.audit.yes' : 'progress.audit.no', translated: true };
  return { ...label, value: typeof value === 'string' ? value : JSON.stringify(value), translated: false };
}

/**
 * Reads the before/after JSON of an audit entry. Attendance is shown as one translated value
 * ("entschuldigt, angerechnet"); known fields get labels, states and revocation reasons are
 * translated, dates are marked for the reader's locale, ids are left out, anything else is shown as
 * it is.
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
    .filter(([field, v]) => !isHidden(field) && v !== null && v !== undefined && v !== '')
    .map(([field, v]) => fieldPart(action, field, v));
}
