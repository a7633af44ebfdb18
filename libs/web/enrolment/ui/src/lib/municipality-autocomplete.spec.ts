import { FormControl, Validators } from '@angular/forms';
import { isMunicipalityChoice, municipalityChosen, type MunicipalityValue } from './municipality-autocomplete';

describe('municipality choice', () => {
  const bielefeld = { id: 'b', name: 'Bielefeld', kind: 'KREISFREIE_STADT' as const };

  it('accepts only an option picked from the list', () => {
    const control = new FormControl<MunicipalityValue>(null, { validators: [Validators.required, municipalityChosen] });
    expect(control.errors).toEqual({ required: true });
    control.setValue('Biele');
    expect(control.errors).toEqual({ municipalityNotChosen: true });
    control.setValue(bielefeld);
    expect(control.errors).toBeNull();
  });

  it('leaves an empty optional field alone', () => {
    const control = new FormControl<MunicipalityValue>('  ', { validators: [municipalityChosen] });
    expect(control.errors).toBeNull();
  });

  it('recognises a municipality', () => {
    expect(isMunicipalityChoice(bielefeld)).toBe(true);
    expect(isMunicipalityChoice('Bielefeld')).toBe(false);
    expect(isMunicipalityChoice(null)).toBe(false);
  });
});
