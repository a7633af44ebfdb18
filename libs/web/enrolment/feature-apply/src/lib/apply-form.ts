import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type { Locale } from '@koko/web/enrolment/data-access';
import { municipalityChosen, type MunicipalityValue } from '@koko/web/enrolment/ui';

/** Limits of the API's ApplyInput / ApplyWithoutAccountInput (it trims before checking). */
export const APPLY_LIMITS = {
  jobRole: { min: 2, max: 200 },
  motivation: { min: 20, max: 4000 },
  displayName: { min: 2, max: 120 },
  email: { max: 254 },
} as const;

/** Like `Validators.minLength`, but counts what is left after trimming (as the API does). Empty is `required`'s business. */
export function minTrimmedLength(min: number): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const length = (control.value ?? '').trim().length;
    return length === 0 || length >= min ? null : { minlength: { requiredLength: min, actualLength: length } };
  };
}

export function createApplyForm(locale: Locale) {
  const { jobRole, motivation, displayName, email } = APPLY_LIMITS;
  return new FormGroup({
    municipality: new FormControl<MunicipalityValue>(null, { validators: [Validators.required, municipalityChosen] }),
    jobRole: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, minTrimmedLength(jobRole.min), Validators.maxLength(jobRole.max)],
    }),
    motivation: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, minTrimmedLength(motivation.min), Validators.maxLength(motivation.max)],
    }),
    // Only for applicants without an account; disabled (and so ignored) when signed in.
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, minTrimmedLength(displayName.min), Validators.maxLength(displayName.max)],
    }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(email.max)] }),
    locale: new FormControl<Locale>(locale, { nonNullable: true }),
  });
}

export type ApplyForm = ReturnType<typeof createApplyForm>;
