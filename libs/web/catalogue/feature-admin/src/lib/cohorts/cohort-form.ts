import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type { CohortDetail, CohortInput } from '@koko/web/catalogue/data-access';

/** A calendar day (`YYYY-MM-DD`) that must not lie before a sibling's day. */
function notBefore(sibling: string, error: string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const other = control.parent?.get(sibling)?.value as string | undefined;
    return control.value && other && control.value < other ? { [error]: true } : null;
  };
}

/** A calendar day that must not lie after a sibling's day. */
function notAfter(sibling: string, error: string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const other = control.parent?.get(sibling)?.value as string | undefined;
    return control.value && other && control.value > other ? { [error]: true } : null;
  };
}

export type CohortForm = ReturnType<typeof cohortForm>;

/** The cohort's fields with the API's rules, so most mistakes are named at the field before anything is sent. */
export function cohortForm(cohort?: CohortDetail) {
  const form = new FormGroup({
    name: new FormControl(cohort?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(160)],
    }),
    description: new FormControl(cohort?.description ?? '', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
    startsOn: new FormControl(cohort?.startsOn ?? '', { nonNullable: true, validators: [Validators.required] }),
    endsOn: new FormControl(cohort?.endsOn ?? '', {
      nonNullable: true,
      validators: [Validators.required, notBefore('startsOn', 'endsBeforeStart')],
    }),
    applicationsOpenOn: new FormControl(cohort?.applicationsOpenOn ?? '', { nonNullable: true, validators: [Validators.required] }),
    applicationsCloseOn: new FormControl(cohort?.applicationsCloseOn ?? '', {
      nonNullable: true,
      validators: [Validators.required, notBefore('applicationsOpenOn', 'closesBeforeOpen'), notAfter('endsOn', 'closesAfterEnd')],
    }),
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
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    applicationsOpenOn: v.applicationsOpenOn,
    applicationsCloseOn: v.applicationsCloseOn,
    capacity: Number(v.capacity),
    trainerIds: v.trainerIds,
    revisionDays: Number(v.revisionDays),
  };
}
