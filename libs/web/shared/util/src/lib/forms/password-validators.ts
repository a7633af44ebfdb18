import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@koko/shared';

export { PASSWORD_MIN_LENGTH };

/** Password rule shared with the API: at least 12 characters (error key `passwordTooShort`). */
export const passwordPolicyValidator: ValidatorFn = (control: AbstractControl<string | null>): ValidationErrors | null => {
  const value = control.value ?? '';
  if (!value) return null;
  if (value.length < PASSWORD_MIN_LENGTH) return { passwordTooShort: { min: PASSWORD_MIN_LENGTH } };
  if (value.length > PASSWORD_MAX_LENGTH) return { passwordTooLong: { max: PASSWORD_MAX_LENGTH } };
  return null;
};

/** Validates that the control equals a sibling control (error key `mismatch`). */
export function matchesControl(otherName: string): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const other = control.parent?.get(otherName);
    if (!other || !control.value) return null;
    return control.value === other.value ? null : { mismatch: true };
  };
}
