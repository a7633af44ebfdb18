import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  MUNICIPALITY_KINDS,
  type Municipality,
  type MunicipalityKind,
  MunicipalitiesAdminService,
  REGIERUNGSBEZIRKE,
} from '@koko/web/catalogue/data-access';
import { createDialogForm } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { kindKey } from '../shared/labels';

/** NRW keys: 5 digits for a Kreis, 8 digits (AGS) otherwise, always starting with 05. */
function keyMatchesKind(control: AbstractControl<string>): ValidationErrors | null {
  const kind = control.parent?.get('kind')?.value as MunicipalityKind | undefined;
  if (!control.value || !kind) return null;
  const ok = kind === 'KREIS' ? /^05\d{3}$/.test(control.value) : /^05\d{6}$/.test(control.value);
  return ok ? null : { keyFormat: true };
}

/** Adds a municipality or Kreis; the API checks it by the same rules as the CSV import. Closes with it. */
@Component({
  selector: 'koko-municipality-create-dialog',
  imports: [
    ReactiveFormsModule,
    DialogFormScaffold,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './municipality-create-dialog.html',
})
export class MunicipalityCreateDialog {
  private readonly municipalities = inject(MunicipalitiesAdminService);

  protected readonly kinds = MUNICIPALITY_KINDS;
  protected readonly bezirke = REGIERUNGSBEZIRKE;
  protected readonly kindKey = kindKey;
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(2), Validators.maxLength(120)] }),
    kind: new FormControl<MunicipalityKind>('KREISANGEHOERIGE_GEMEINDE', { nonNullable: true, validators: [Validators.required] }),
    key: new FormControl('', { nonNullable: true, validators: [Validators.required, keyMatchesKind] }),
    kreisKey: new FormControl('', { nonNullable: true }),
    regierungsbezirk: new FormControl<string | null>(null, { validators: [Validators.required] }),
    hasIntegrationCentre: new FormControl(false, { nonNullable: true }),
    tookPartInKoko1: new FormControl(false, { nonNullable: true }),
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });

  constructor() {
    const kreisKey = this.form.controls.kreisKey;
    const requireKreis = (kind: MunicipalityKind) => {
      kreisKey.setValidators(kind === 'KREISANGEHOERIGE_GEMEINDE' ? [Validators.required, Validators.pattern(/^05\d{3}$/)] : []);
      if (kind !== 'KREISANGEHOERIGE_GEMEINDE') kreisKey.setValue('');
      kreisKey.updateValueAndValidity();
      this.form.controls.key.updateValueAndValidity();
    };
    requireKreis(this.form.controls.kind.value);
    this.form.controls.kind.valueChanges.pipe(takeUntilDestroyed()).subscribe(requireKreis);
  }

  protected readonly dialog = createDialogForm<Municipality>({
    form: this.form,
    save: () => {
      const v = this.form.getRawValue();
      return this.municipalities.create({
        key: v.key.trim(),
        name: v.name.trim(),
        kind: v.kind,
        kreisKey: v.kind === 'KREISANGEHOERIGE_GEMEINDE' ? v.kreisKey.trim() : null,
        regierungsbezirk: v.regierungsbezirk ?? '',
        hasIntegrationCentre: v.hasIntegrationCentre,
        tookPartInKoko1: v.tookPartInKoko1,
      });
    },
  });
}
