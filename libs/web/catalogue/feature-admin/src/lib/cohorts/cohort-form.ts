import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type { CohortDetail, CohortInput } from '@koko/web/catalogue/data-access';
import { dateOfDay, dayOf } from '@koko/web/shared/util';

/** A picked day that must not lie before a sibling's day (compared as calendar days). */
function notBefore(sibling: string, error: string): ValidatorFn {
  return (control: AbstractControl<Date | null>): ValidationErrors | null => {
    const day = dayOf(control.value);
    const other = dayOf(control.parent?.get(sibling)?.value as Date | null | undefined);
    return day && other && day < other ? { [error]: true } : null;
  };
}

/** A picked day that must not lie after a sibling's day. */
function notAfter(sibling: string, error: string): ValidatorFn {
  return (control: AbstractControl<Date | null>): ValidationErrors | null => {
    const day = dayOf(control.value);
    const other = dayOf(control.parent?.get(sibling)?.value as Date | null | undefined);
    return day && other && day > other ? { [error]: true } : null;
  };
}

function dayControl(day: string | undefined, ...validators: ValidatorFn[]) {
  return new FormControl<Date | null>(dateOfDay(day), { validators: [Validators.required, ...validators] });
}

export type CohortForm = ReturnType<typeof cohortForm>;

/** The cohort's fields with the API's rules, so most mistakes are named at the field before anything is sent. */
export function cohortForm(cohort?: CohortDetail) {
  const form = new FormGroup({
    name: new FormControl(cohort?.nameDe ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(160)],
    }),
    description: new FormControl(cohort?.descriptionDe ?? '', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
    nameEn: new FormControl(cohort?.nameEn ?? '', { nonNullable: true, validators: [Validators.maxLength(160)] }),
    descriptionEn: new FormControl(cohort?.descriptionEn ?? '', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
    // Days are picked with Material's date picker (local Dates); the API gets calendar days.
    startsOn: dayControl(cohort?.startsOn),
    endsOn: dayControl(cohort?.endsOn, notBefore('startsOn', 'endsBeforeStart')),
    applicationsOpenOn: dayControl(cohort?.applicationsOpenOn),
    applicationsCloseOn: dayControl(cohort?.applicationsCloseOn, notBefore('applicationsOpenOn', 'closesBeforeOpen'), notAfter('endsOn', 'closesAfterEnd')),
    capacity: new FormControl<number | null>(cohort?.capacity ?? 20, {
      validators: [Validators.required, Validators.min(1), Validators.max(1000), Validators.pattern(/^\d+$/)],
    }),
    trainerIds: new FormControl<string[]>(cohort?.trainers.map((t) => t.id) ?? [], { nonNullable: true }),
    revisionDays: new FormControl<number | null>(cohort?.revisionDays ?? 14, {
      validators: [Validators.required, Validators.min(1), Validators.max(90), Validators.pattern(/^\d+$/)],
    }),
  });
  // Dependent checks follow the dates they compare with.
  const recheck = (...names: (keyof typeof form.controls)[]) => () =>
    names.forEach((name) => form.controls[name].updateValueAndValidity({ emitEvent: false }));
  form.controls.startsOn.valueChanges.subscribe(recheck('endsOn'));
  form.controls.endsOn.valueChanges.subscribe(recheck('applicationsCloseOn'));
  form.controls.applicationsOpenOn.valueChanges.subscribe(recheck('applicationsCloseOn'));
  return form;
}

export function cohortInput(form: CohortForm): CohortInput {
  const v = form.getRawValue();
  return {
    name: v.name.trim(),
    description: v.description.trim(),
    nameEn: v.nameEn.trim(),
    descriptionEn: v.descriptionEn.trim(),
    startsOn: dayOf(v.startsOn),
    endsOn: dayOf(v.endsOn),
    applicationsOpenOn: dayOf(v.applicationsOpenOn),
    applicationsCloseOn: dayOf(v.applicationsCloseOn),
    capacity: Number(v.capacity),
    trainerIds: v.trainerIds,
    revisionDays: Number(v.revisionDays),
  };
}
