import { dateOfDay } from '@koko/web/shared/util';
import { cohortForm, cohortInput } from './cohort-form';

/** What the date picker gives for a day: a local Date. */
const picked = (day: string) => dateOfDay(day);

describe('cohort form', () => {
  const valid = {
    name: '  Durchgang Herbst 2027 ',
    description: '',
    nameEn: ' Autumn cohort 2027 ',
    descriptionEn: '',
    startsOn: picked('2027-09-01'),
    endsOn: picked('2028-03-31'),
    applicationsOpenOn: picked('2027-05-01'),
    applicationsCloseOn: picked('2027-07-15'),
    capacity: 24,
    trainerIds: ['t1'],
    revisionDays: 10,
  };

  it('turns valid values into the API input', () => {
    const form = cohortForm();
    form.setValue(valid);
    expect(form.valid).toBe(true);
    expect(cohortInput(form)).toEqual({
      ...valid,
      name: 'Durchgang Herbst 2027',
      nameEn: 'Autumn cohort 2027',
      startsOn: '2027-09-01',
      endsOn: '2028-03-31',
      applicationsOpenOn: '2027-05-01',
      applicationsCloseOn: '2027-07-15',
    });
  });

  it('checks the order of the dates, also when an earlier date changes later', () => {
    const form = cohortForm();
    form.setValue(valid);
    form.controls.startsOn.setValue(picked('2028-04-01'));
    expect(form.controls.endsOn.hasError('endsBeforeStart')).toBe(true);
    form.controls.applicationsCloseOn.setValue(picked('2027-04-30'));
    expect(form.controls.applicationsCloseOn.hasError('closesBeforeOpen')).toBe(true);
    form.controls.applicationsCloseOn.setValue(picked('2028-04-01'));
    expect(form.controls.applicationsCloseOn.hasError('closesAfterEnd')).toBe(true);
  });

  it('wants a whole number of seats from 1 to 1000', () => {
    const form = cohortForm();
    form.setValue(valid);
    for (const bad of [0, 1001, 2.5, null]) {
      form.controls.capacity.setValue(bad);
      expect(form.controls.capacity.invalid).toBe(true);
    }
  });

  it('wants a whole number of days from 1 to 90 for a revision, 14 for a new cohort', () => {
    expect(cohortForm().controls.revisionDays.value).toBe(14);
    const form = cohortForm();
    form.setValue(valid);
    for (const bad of [0, 91, 1.5, null]) {
      form.controls.revisionDays.setValue(bad);
      expect(form.controls.revisionDays.invalid).toBe(true);
    }
  });
});
