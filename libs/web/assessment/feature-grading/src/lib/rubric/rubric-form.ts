import { type AbstractControl, FormArray, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import {
  duplicateLabelIndexes,
  emptyCriterion,
  minimumChoices,
  RUBRIC_LIMITS,
  type RubricCriterionDraft,
  type RubricLevelDraft,
} from '@koko/web/assessment/data-access-grading';

export type LevelForm = FormGroup<{
  label: FormControl<string>;
  points: FormControl<number | null>;
  descriptor: FormControl<string>;
}>;

export type CriterionForm = FormGroup<{
  title: FormControl<string>;
  description: FormControl<string>;
  required: FormControl<boolean>;
  minimumPoints: FormControl<number | null>;
  levels: FormArray<LevelForm>;
}>;

export type RubricForm = FormArray<CriterionForm>;

/** Length of the trimmed text between min and max (the API trims what it stores). */
function trimmedLength(min: number, max: number): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const length = (control.value ?? '').trim().length;
    if (length === 0) return { required: true };
    return length < min || length > max ? { length: { min, max } } : null;
  };
}

function wholeNumberBetween(min: number, max: number): ValidatorFn {
  return (control: AbstractControl<number | null>): ValidationErrors | null => {
    const value = control.value;
    if (value === null || value === undefined || (value as unknown) === '') return { required: true };
    return Number.isInteger(Number(value)) && Number(value) >= min && Number(value) <= max ? null : { range: { min, max } };
  };
}

function countBetween(min: number, max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const count = (control as FormArray).length;
    if (count < min) return { tooFew: { min } };
    return count > max ? { tooMany: { max } } : null;
  };
}

/** Two levels of one criterion may not share a label. */
const uniqueLabels: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const labels = (control as FormArray<LevelForm>).controls.map((level) => level.controls.label.value);
  const duplicates = duplicateLabelIndexes(labels);
  return duplicates.length ? { duplicateLabels: duplicates } : null;
};

/** A required criterion's minimum must still name one of its levels above the lowest (levels can change after it was chosen). */
const minimumNamesALevel: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const criterion = control as CriterionForm;
  const minimum = criterion.controls.minimumPoints.value;
  if (!criterion.controls.required.value || minimum === null) return null;
  return minimumChoices(criterion.controls.levels.getRawValue()).some((c) => c.points === minimum) ? null : { minimumGone: true };
};

export function levelForm(level: RubricLevelDraft): LevelForm {
  return new FormGroup({
    label: new FormControl(level.label, { nonNullable: true, validators: [trimmedLength(1, RUBRIC_LIMITS.labelMax)] }),
    points: new FormControl<number | null>(level.points, { validators: [wholeNumberBetween(RUBRIC_LIMITS.pointsMin, RUBRIC_LIMITS.pointsMax)] }),
    descriptor: new FormControl(level.descriptor, { nonNullable: true, validators: [Validators.maxLength(RUBRIC_LIMITS.descriptorMax)] }),
  });
}

export function criterionForm(criterion: RubricCriterionDraft = emptyCriterion()): CriterionForm {
  return new FormGroup({
    title: new FormControl(criterion.title, { nonNullable: true, validators: [trimmedLength(RUBRIC_LIMITS.titleMin, RUBRIC_LIMITS.titleMax)] }),
    description: new FormControl(criterion.description, { nonNullable: true, validators: [Validators.maxLength(RUBRIC_LIMITS.descriptionMax)] }),
    required: new FormControl(criterion.required, { nonNullable: true }),
    minimumPoints: new FormControl<number | null>(criterion.minimumPoints),
    levels: new FormArray(criterion.levels.map(levelForm), { validators: [countBetween(RUBRIC_LIMITS.minLevels, RUBRIC_LIMITS.maxLevels), uniqueLabels] }),
  }, { validators: [minimumNamesALevel] });
}

export function rubricForm(criteria: readonly RubricCriterionDraft[]): RubricForm {
  return new FormArray(criteria.map((c) => criterionForm(c)), { validators: [countBetween(1, RUBRIC_LIMITS.maxCriteria)] });
}

/** Moves a control within its array, keeping its state (values, touched, errors). */
export function moveControl(array: FormArray, from: number, to: number): boolean {
  if (from < 0 || to < 0 || from >= array.length || to >= array.length || from === to) return false;
  const control = array.at(from);
  array.removeAt(from, { emitEvent: false });
  array.insert(to, control);
  array.markAsDirty();
  return true;
}

/** Whether the level at `index` repeats an earlier label of its criterion. */
export function isDuplicateLabel(levels: FormArray<LevelForm>, index: number): boolean {
  const duplicates = levels.errors?.['duplicateLabels'] as number[] | undefined;
  return !!duplicates?.includes(index);
}
