import { FormControl, FormGroup, Validators } from '@angular/forms';
import { isMunicipalityChoice, municipalityChosen, type MunicipalityValue } from '@koko/web/enrolment/ui';

export const REGISTER_LIMITS = { name: { min: 2, max: 200 }, email: { max: 254 }, organisation: { min: 2, max: 300 }, needs: { max: 2000 } } as const;

export type OrganisationKind = 'list' | 'free';

/** The registration form; the organisation is a municipality from the list or free text (the other is disabled). */
export function createRegisterForm(locale: 'DE' | 'EN') {
  const form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(REGISTER_LIMITS.name.min), Validators.maxLength(REGISTER_LIMITS.name.max)] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(REGISTER_LIMITS.email.max)] }),
    organisationKind: new FormControl<OrganisationKind>('list', { nonNullable: true }),
    municipality: new FormControl<MunicipalityValue>(null, { validators: [Validators.required, municipalityChosen] }),
    organisation: new FormControl(
      { value: '', disabled: true },
      { nonNullable: true, validators: [Validators.required, Validators.minLength(REGISTER_LIMITS.organisation.min), Validators.maxLength(REGISTER_LIMITS.organisation.max)] },
    ),
    accessibilityNeeds: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(REGISTER_LIMITS.needs.max)] }),
    locale: new FormControl<'DE' | 'EN'>(locale, { nonNullable: true }),
  });
  form.controls.organisationKind.valueChanges.subscribe((kind) => {
    if (kind === 'list') {
      form.controls.municipality.enable();
      form.controls.organisation.disable();
    } else {
      form.controls.municipality.disable();
      form.controls.organisation.enable();
    }
  });
  return form;
}

export type RegisterForm = ReturnType<typeof createRegisterForm>;

/** The API input from a valid form. */
export function registrationInput(form: RegisterForm, shortFormatId: string) {
  const v = form.getRawValue();
  const fromList = v.organisationKind === 'list' && isMunicipalityChoice(v.municipality);
  return {
    shortFormatId,
    name: v.name.trim(),
    email: v.email.trim(),
    municipalityId: fromList && isMunicipalityChoice(v.municipality) ? v.municipality.id : null,
    organisation: fromList ? null : v.organisation.trim(),
    accessibilityNeeds: v.accessibilityNeeds.trim() || null,
    locale: v.locale,
  };
}
