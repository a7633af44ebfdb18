import { createApplyForm, minTrimmedLength } from './apply-form';
import { FormControl } from '@angular/forms';

describe('apply form', () => {
  it('counts the motivation without surrounding blanks, like the API', () => {
    const control = new FormControl('   kurz   ', { nonNullable: true, validators: [minTrimmedLength(20)] });
    expect(control.errors).toEqual({ minlength: { requiredLength: 20, actualLength: 4 } });
    control.setValue(`  ${'x'.repeat(20)}  `);
    expect(control.errors).toBeNull();
  });

  it('is valid for a signed-in participant once municipality, role and motivation are given', () => {
    const form = createApplyForm('DE');
    for (const name of ['displayName', 'email', 'locale'] as const) form.controls[name].disable();
    form.patchValue({
      municipality: { id: 'm', name: 'Bielefeld', kind: 'KREISFREIE_STADT' },
      jobRole: 'Sachgebietsleitung',
      motivation: 'Konflikte früh erkennen und gemeinsam lösen.',
    });
    expect(form.valid).toBe(true);
  });

  it('needs name and e-mail without an account', () => {
    const form = createApplyForm('EN');
    form.patchValue({
      municipality: { id: 'm', name: 'Bielefeld', kind: 'KREISFREIE_STADT' },
      jobRole: 'Sachgebietsleitung',
      motivation: 'Konflikte früh erkennen und gemeinsam lösen.',
      email: 'not-an-address',
    });
    expect(form.controls.displayName.errors).toEqual({ required: true });
    expect(form.controls.email.errors).toEqual({ email: true });
    expect(form.controls.locale.value).toBe('EN');
  });
});
