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
});
