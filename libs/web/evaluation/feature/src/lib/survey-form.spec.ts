import type { SurveyContexts } from '@koko/web/evaluation/data-access';
import { dateOfDay, dateOfTime } from '@koko/web/shared/util';
import { openAfterEvent, requireContextOf, surveyForm, surveyInput } from './survey-form';

const CONTEXTS: SurveyContexts = {
  cohorts: [{ id: 'c1', name: 'Durchgang 2027', nameEn: 'Cohort 2027', startsOn: '2027-03-01', endsOn: '2027-09-30' }],
  modules: [{ id: 'm2', position: 2, title: 'Moderation', titleEn: 'Moderation' }],
  shortFormats: [{ id: 'e1', title: 'Konflikte moderieren', startsAt: '2027-05-04T08:00:00.000Z', endsAt: '2027-05-04T10:00:00.000Z', checkedIn: 12 }],
};

function filled(wave: 'PRE' | 'MODULE' | 'EVENT') {
  const form = surveyForm(() => CONTEXTS, new Date('2027-02-01T12:00:00Z'));
  form.patchValue({ versionId: 'v1', title: 'Befragung', titleEn: 'Survey', wave, cohortId: 'c1', moduleId: 'm2' });
  requireContextOf(form, wave);
  return form;
}

describe('survey form', () => {
  it('sends only the context of the chosen kind, with the picked times read on Berlin’s clock', () => {
    const pre = filled('PRE');
    expect(pre.valid).toBe(true);
    expect(surveyInput(pre)).toMatchObject({ wave: 'PRE', cohortId: 'c1', moduleId: null, shortFormatId: null, opensAt: '2027-02-02T08:00:00.000Z', closesAt: '2027-02-16T17:00:00.000Z', remindAt: null });
    const module = filled('MODULE');
    expect(surveyInput(module)).toMatchObject({ wave: 'MODULE', cohortId: 'c1', moduleId: 'm2', shortFormatId: null });
    module.patchValue({ moduleId: '' });
    expect(module.controls.moduleId.hasError('required')).toBe(true);
  });

  it('a short-format survey needs the event, opens at its end by default and never before it', () => {
    const form = filled('EVENT');
    expect(form.controls.cohortId.valid).toBe(true);
    expect(form.controls.shortFormatId.hasError('required')).toBe(true);
    form.patchValue({ shortFormatId: 'e1', opensDay: dateOfDay('2027-05-04'), opensTime: dateOfTime('11:00') });
    expect(form.hasError('opensBeforeEventEnd')).toBe(true);
    openAfterEvent(form, CONTEXTS.shortFormats[0].endsAt, new Date('2027-02-01T12:00:00Z'));
    expect(form.valid).toBe(true);
    expect(surveyInput(form)).toMatchObject({ wave: 'EVENT', cohortId: null, moduleId: null, shortFormatId: 'e1', opensAt: '2027-05-04T10:00:00.000Z', closesAt: '2027-05-18T10:00:00.000Z' });
    // An event that ended long ago: the survey opens at the next half hour, not in the past.
    openAfterEvent(form, CONTEXTS.shortFormats[0].endsAt, new Date('2027-06-01T07:10:00Z'));
    expect(surveyInput(form)).toMatchObject({ opensAt: '2027-06-01T07:30:00.000Z', closesAt: '2027-06-15T07:30:00.000Z' });
  });

  it('shows dates out of order at once: closing before opening, a reminder outside the period', () => {
    const form = filled('PRE');
    form.patchValue({ closesDay: dateOfDay('2027-02-02'), closesTime: dateOfTime('08:00') });
    expect(form.hasError('closesBeforeOpens')).toBe(true);
    form.patchValue({ opensDay: dateOfDay('2027-01-10'), closesDay: dateOfDay('2027-01-20') });
    expect(form.hasError('closesInPast')).toBe(true);
    form.patchValue({ opensDay: dateOfDay('2027-02-02') });
    form.patchValue({ closesDay: dateOfDay('2027-02-20'), remindDay: dateOfDay('2027-03-01') });
    expect(form.hasError('closesBeforeOpens')).toBe(false);
    expect(form.hasError('remindOutside')).toBe(true);
    form.patchValue({ remindDay: dateOfDay('2027-02-10') });
    expect(form.valid).toBe(true);
    expect(surveyInput(form)?.remindAt).toBe('2027-02-10T08:00:00.000Z');
  });
});
