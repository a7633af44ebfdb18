import { criterionForm, isDuplicateLabel, moveControl, rubricForm } from './rubric-form';

const level = (label: string, points: number | null) => ({ label, points, descriptor: '' });

describe('rubric form', () => {
  it('needs at least one criterion', () => {
    expect(rubricForm([]).hasError('tooFew')).toBe(true);
  });

  it('checks title length on the trimmed text', () => {
    const form = criterionForm({ title: ' A ', description: '', required: true, minimumPoints: null, levels: [level('a', 0), level('b', 1)] });
    expect(form.controls.title.hasError('length')).toBe(true);
    form.controls.title.setValue('   ');
    expect(form.controls.title.hasError('required')).toBe(true);
    form.controls.title.setValue('Analyse');
    expect(form.valid).toBe(true);
  });

  it('needs two levels with whole points from 0 to 100 and distinct labels', () => {
    const form = criterionForm({ title: 'Analyse', description: '', required: true, minimumPoints: null, levels: [level('gut', 0)] });
    expect(form.controls.levels.hasError('tooFew')).toBe(true);
    form.controls.levels.push(criterionForm().controls.levels.at(0));
    form.controls.levels.at(1).setValue(level(' GUT', 2.5));
    expect(isDuplicateLabel(form.controls.levels, 1)).toBe(true);
    expect(isDuplicateLabel(form.controls.levels, 0)).toBe(false);
    expect(form.controls.levels.at(1).controls.points.hasError('range')).toBe(true);
    form.controls.levels.at(1).setValue(level('sehr gut', 100));
    expect(form.valid).toBe(true);
    form.controls.levels.at(1).controls.points.setValue(101);
    expect(form.valid).toBe(false);
    form.controls.levels.at(1).controls.points.setValue(null);
    expect(form.controls.levels.at(1).controls.points.hasError('required')).toBe(true);
  });

  it('keeps a minimum only while it names a level above the lowest', () => {
    const form = criterionForm({ title: 'Analyse', description: '', required: true, minimumPoints: 2, levels: [level('nicht erfüllt', 0), level('teilweise', 1), level('erfüllt', 2)] });
    expect(form.valid).toBe(true);
    form.controls.levels.at(2).controls.points.setValue(3);
    expect(form.hasError('minimumGone')).toBe(true);
    form.controls.minimumPoints.setValue(1);
    expect(form.valid).toBe(true);
    form.controls.minimumPoints.setValue(0);
    expect(form.hasError('minimumGone')).toBe(true);
    // A criterion that is not required has no minimum to check (none is sent).
    form.controls.required.setValue(false);
    expect(form.valid).toBe(true);
  });

  it('moves a criterion with its values and marks the rubric changed', () => {
    const form = rubricForm([
      { title: 'Erstes', description: '', required: true, minimumPoints: null, levels: [level('a', 0), level('b', 1)] },
      { title: 'Zweites', description: '', required: false, minimumPoints: null, levels: [level('a', 0), level('b', 1)] },
    ]);
    expect(moveControl(form, 0, 1)).toBe(true);
    expect(form.getRawValue().map((c) => c.title)).toEqual(['Zweites', 'Erstes']);
    expect(form.dirty).toBe(true);
    expect(moveControl(form, 1, 2)).toBe(false);
    expect(moveControl(form, 0, -1)).toBe(false);
  });
});
