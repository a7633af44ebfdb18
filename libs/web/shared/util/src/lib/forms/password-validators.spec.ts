import { FormControl, FormGroup } from '@angular/forms';
import { matchesControl, passwordPolicyValidator } from './password-validators';

describe('password validators', () => {
  it('requires at least 12 characters', () => {
    expect(passwordPolicyValidator(new FormControl('kurz'))).toEqual({ passwordTooShort: { min: 12 } });
    expect(passwordPolicyValidator(new FormControl('zwölf Zeichen'))).toBeNull();
    expect(passwordPolicyValidator(new FormControl(''))).toBeNull();
  });

  it('checks the confirmation', () => {
    const form = new FormGroup({
      password: new FormControl('ein langes Passwort'),
      confirm: new FormControl('', { validators: matchesControl('password') }),
    });
    form.controls.confirm.setValue('etwas anderes');
    expect(form.controls.confirm.errors).toEqual({ mismatch: true });
    form.controls.confirm.setValue('ein langes Passwort');
    expect(form.controls.confirm.errors).toBeNull();
  });
});
