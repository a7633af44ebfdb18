import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type Municipality, MunicipalitiesAdminService } from '@koko/web/catalogue/data-access';
import { createDialogForm } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { kindKey } from '../shared/labels';

/** Edits what may change about a municipality (name, KI, KoKo I); key and kind come from the official list. */
@Component({
  selector: 'koko-municipality-edit-dialog',
  imports: [
    ReactiveFormsModule,
    DialogFormScaffold,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatCheckbox,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      kokoDialogForm
      [formGroup]="form"
      (ngSubmit)="dialog.submit()"
      [state]="dialog"
      [heading]="'catalogue.municipalities.editTitle' | t: { name: municipality.name }"
      submitTestId="municipality-save"
    >
      <dl class="readonly">
        <dt>{{ 'catalogue.municipalities.key' | t }}</dt>
        <dd>{{ municipality.key }}</dd>
        <dt>{{ 'catalogue.municipalities.kind' | t }}</dt>
        <dd>{{ kindKey(municipality.kind) | t }}</dd>
        <dt>{{ 'catalogue.municipalities.bezirk' | t }}</dt>
        <dd>{{ municipality.regierungsbezirk }}</dd>
      </dl>
      <mat-form-field>
        <mat-label>{{ 'catalogue.municipalities.name' | t }}</mat-label>
        <input matInput formControlName="name" required autocomplete="off" data-testid="municipality-name" />
        @if (form.controls.name.hasError('required')) {
          <mat-error>{{ 'common.required' | t }}</mat-error>
        } @else if (form.controls.name.hasError('minlength')) {
          <mat-error>{{ 'catalogue.validation.minLength' | t: { min: 2 } }}</mat-error>
        } @else if (form.controls.name.hasError('maxlength')) {
          <mat-error>{{ 'catalogue.validation.maxLength' | t: { max: 120 } }}</mat-error>
        }
      </mat-form-field>
      <fieldset>
        <legend>{{ 'catalogue.municipalities.flags' | t }}</legend>
        <mat-checkbox formControlName="hasIntegrationCentre" data-testid="municipality-ki">{{ 'catalogue.municipalities.hasKi' | t }}</mat-checkbox>
        <mat-checkbox formControlName="tookPartInKoko1" data-testid="municipality-koko1">{{ 'catalogue.municipalities.koko1' | t }}</mat-checkbox>
      </fieldset>
    </form>
  `,
})
export class MunicipalityEditDialog {
  protected readonly municipality = inject<Municipality>(MAT_DIALOG_DATA);
  private readonly municipalities = inject(MunicipalitiesAdminService);

  protected readonly kindKey = kindKey;
  protected readonly form = new FormGroup({
    name: new FormControl(this.municipality.name, {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(120)],
    }),
    hasIntegrationCentre: new FormControl(this.municipality.hasIntegrationCentre, { nonNullable: true }),
    tookPartInKoko1: new FormControl(this.municipality.tookPartInKoko1, { nonNullable: true }),
  });
  protected readonly dialog = createDialogForm<Municipality>({
    form: this.form,
    save: () => {
      const v = this.form.getRawValue();
      return this.municipalities.update({ id: this.municipality.id, ...v, name: v.name.trim() });
    },
  });
}
