import { FormControl, FormGroup, Validators } from '@angular/forms';
import { matchesControl, passwordPolicyValidator } from '@koko/web/shared/util';

/** Builds the typed password + confirmation controls; re-checks the confirmation when the password changes. */
export function newPasswordControls() {
  const password = new FormControl('', { nonNullable: true, validators: [Validators.required, passwordPolicyValidator] });
  const confirm = new FormControl('', { nonNullable: true, validators: [Validators.required, matchesControl('password')] });
  password.valueChanges.subscribe(() => confirm.updateValueAndValidity({ emitEvent: false }));
  return { password, confirm };
}

export type NewPasswordGroup = FormGroup<ReturnType<typeof newPasswordControls>>;
