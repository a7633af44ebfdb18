import { describeAuditValue } from './audit-change';

describe('describeAuditValue', () => {
  it('shows attendance as one translated value', () => {
    expect(describeAuditValue('attendance.changed', '{"status":"excused","excuseWaived":true}')).toEqual([
      { value: 'progress.attendance.value.EXCUSED_WAIVED', translated: true },
    ]);
    expect(describeAuditValue('attendance.changed', '{"status":"present","excuseWaived":false}')).toEqual([
      { value: 'progress.attendance.value.PRESENT', translated: true },
    ]);
  });

  it('labels known fields, translates enrolment states and hides technical ids', () => {
    expect(describeAuditValue('enrolment.state-changed', '{"state":"admitted","message":"Willkommen","movedUp":true}')).toEqual([
      { labelKey: 'progress.audit.field.state', value: 'progress.audit.state.admitted', translated: true },
      { labelKey: 'progress.audit.field.message', value: 'Willkommen', translated: false },
      { labelKey: 'progress.audit.field.movedUp', value: 'progress.audit.yes', translated: true },
    ]);
    expect(describeAuditValue('enrolment.applied', '{"state":"applied","municipalityId":"abc","jobRole":"Leitung"}')).toEqual([
      { labelKey: 'progress.audit.field.state', value: 'progress.audit.state.applied', translated: true },
      { labelKey: 'progress.audit.field.jobRole', value: 'Leitung', translated: false },
    ]);
  });

  it('copes with no value, unknown fields and text that is not JSON', () => {
    expect(describeAuditValue('x', null)).toEqual([]);
    expect(describeAuditValue('x', '{"grade":3}')).toEqual([{ field: 'grade', value: '3', translated: false }]);
    expect(describeAuditValue('x', 'not json')).toEqual([{ field: 'value', value: 'not json', translated: false }]);
  });

  it('translates certificate and assignment states and revocation reasons, marks dates and leaves out ids and raw scores', () => {
    expect(describeAuditValue('certificate.revoked', '{"state":"revoked","reason":"issued_in_error","note":"Zu früh"}')).toEqual([
      { labelKey: 'progress.audit.field.state', value: 'progress.audit.state.revoked', translated: true },
      { labelKey: 'progress.audit.field.reason', value: 'certificates.reason.ISSUED_IN_ERROR', translated: true },
      { labelKey: 'progress.audit.field.note', value: 'Zu früh', translated: false },
    ]);
    expect(describeAuditValue('certificate.reissued', '{"certificateId":"c1","number":"KOKO-2026-000003","printedName":"Elif Yıldız"}')).toEqual([
      { labelKey: 'progress.audit.field.number', value: 'KOKO-2026-000003', translated: false },
      { labelKey: 'progress.audit.field.printedName', value: 'Elif Yıldız', translated: false },
    ]);
    expect(describeAuditValue('assessment.verdict-released', '{"state":"REVISION_REQUESTED","scores":{"k1":2}}')).toEqual([
      { labelKey: 'progress.audit.field.state', value: 'grading.verdict.REVISION_REQUESTED', translated: true },
    ]);
    expect(describeAuditValue('assessment.extension-granted', '{"dueAt":"2030-04-10T21:59:00.000Z","reason":"Krankheit"}')).toEqual([
      { labelKey: 'progress.audit.field.dueAt', value: '2030-04-10T21:59:00.000Z', translated: false, date: true },
      { labelKey: 'progress.audit.field.reason', value: 'Krankheit', translated: false },
    ]);
    expect(describeAuditValue('evaluation-survey.created', '{"invited":5,"wave":"module","versionId":"60db1c5f"}')).toEqual([
      { labelKey: 'progress.audit.field.invited', value: '5', translated: false },
      { labelKey: 'progress.audit.field.wave', value: 'evaluation.wave.MODULE', translated: true },
    ]);
    // A state word of one kind of entry is not read as another's.
    expect(describeAuditValue('certificate.issued', '{"state":"admitted"}')).toEqual([{ labelKey: 'progress.audit.field.state', value: 'admitted', translated: false }]);
  });
});
