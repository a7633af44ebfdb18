import { createRegisterForm, registrationInput } from './register-form';

describe('register form', () => {
  it('asks for a municipality from the list by default and for free text otherwise', () => {
    const form = createRegisterForm('DE');
    form.patchValue({ name: 'Anna Müller', email: 'anna@example.org' });
    expect(form.valid).toBe(false);
    form.controls.municipality.setValue({ id: 'm1', name: 'Kleve', kind: 'KREISANGEHOERIGE_GEMEINDE' } as never);
    expect(form.valid).toBe(true);
    expect(registrationInput(form, 'e1')).toMatchObject({ municipalityId: 'm1', organisation: null, accessibilityNeeds: null });

    form.controls.organisationKind.setValue('free');
    expect(form.valid).toBe(false);
    form.controls.organisation.setValue('  Verein Miteinander e. V. ');
    expect(form.valid).toBe(true);
    expect(registrationInput(form, 'e1')).toMatchObject({ municipalityId: null, organisation: 'Verein Miteinander e. V.' });
  });

  it('rejects an invalid e-mail address and text typed into the municipality field without choosing', () => {
    const form = createRegisterForm('EN');
    form.patchValue({ name: 'A B', email: 'keine-adresse', municipality: 'Kle' });
    expect(form.controls.email.hasError('email')).toBe(true);
    expect(form.controls.municipality.hasError('municipalityNotChosen')).toBe(true);
  });
});
