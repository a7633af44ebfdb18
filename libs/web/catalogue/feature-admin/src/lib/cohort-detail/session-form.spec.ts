import { dateOfDay, dateOfTime, dayOf, timeOf } from '@koko/web/shared/util';
import { sessionForm, sessionInput } from './session-form';

const cohort = { startsOn: '2027-03-01', endsOn: '2027-09-30' };

describe('session form', () => {
  it('builds the API input from the Berlin day and times the admin typed', () => {
    const form = sessionForm(cohort);
    form.setValue({ day: dateOfDay('2027-06-10'), startTime: dateOfTime('09:30'), endTime: dateOfTime('16:00'), title: ' Praxistag ', titleEn: ' Practice day ', location: ' Bielefeld ', onlineUrl: '' });
    expect(form.valid).toBe(true);
    expect(sessionInput(form, 'c1', 'm1')).toEqual({
      cohortId: 'c1',
      moduleId: 'm1',
      startsAt: '2027-06-10T07:30:00.000Z',
      endsAt: '2027-06-10T14:00:00.000Z',
      title: 'Praxistag',
      titleEn: 'Practice day',
      location: 'Bielefeld',
      onlineUrl: null,
    });
  });

  it('shows an existing session on Berlin time', () => {
    const form = sessionForm(cohort, {
      id: 's1',
      cohortId: 'c1',
      moduleId: 'm1',
      title: 'Kick-off',
      titleDe: 'Auftakt',
      titleEn: 'Kick-off',
      startsAt: '2027-03-04T08:00:00.000Z',
      endsAt: '2027-03-04T15:00:00.000Z',
      location: null,
      onlineUrl: 'https://meet.example.org/a',
      online: true,
    });
    const v = form.getRawValue();
    expect({ ...v, day: dayOf(v.day), startTime: timeOf(v.startTime), endTime: timeOf(v.endTime) }).toEqual({
      day: '2027-03-04',
      startTime: '09:00',
      endTime: '16:00',
      title: 'Auftakt',
      titleEn: 'Kick-off',
      location: '',
      onlineUrl: 'https://meet.example.org/a',
    });
    expect(form.valid).toBe(true);
  });

  it('names what is wrong at the field', () => {
    const form = sessionForm(cohort);
    form.setValue({ day: dateOfDay('2027-10-01'), startTime: dateOfTime('14:00'), endTime: dateOfTime('13:00'), title: '', titleEn: '', location: ' ', onlineUrl: 'meet.example.org' });
    expect(form.controls.day.hasError('outsideCohort')).toBe(true);
    expect(form.controls.endTime.hasError('endsBeforeStart')).toBe(true);
    expect(form.controls.onlineUrl.hasError('pattern')).toBe(true);
    form.controls.onlineUrl.setValue('');
    expect(form.hasError('placeRequired')).toBe(true);
  });

  it('rechecks the end when the start moves', () => {
    const form = sessionForm(cohort);
    form.controls.endTime.setValue(dateOfTime('10:00'));
    expect(form.controls.endTime.valid).toBe(true);
    form.controls.startTime.setValue(dateOfTime('11:00'));
    expect(form.controls.endTime.hasError('endsBeforeStart')).toBe(true);
  });
});
