import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type Municipality, MunicipalitiesAdminService } from '@koko/web/catalogue/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { kindKey } from '../shared/labels';

/** Edits what may change about a municipality (name, KI, KoKo I); key and kind come from the official list. */
@Component({
  selector: 'koko-municipality-edit-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatCheckbox,
    MatButton,
    FormError,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'catalogue.municipalities.editTitle' | t: { name: municipality.name } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="dialog-form">
        <koko-form-error [message]="error()" />
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
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="ref.close()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="submitting()" data-testid="municipality-save">{{ 'common.save' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../shared/dialog-form.scss',
})
export class MunicipalityEditDialog {
  protected readonly ref = inject<MatDialogRef<MunicipalityEditDialog, Municipality>>(MatDialogRef);
  protected readonly municipality = inject<Municipality>(MAT_DIALOG_DATA);
  private readonly municipalities = inject(MunicipalitiesAdminService);
  private readonly errors = inject(ApiErrorService);

  protected readonly kindKey = kindKey;
  protected readonly form = new FormGroup({
    name: new FormControl(this.municipality.name, {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(120)],
    }),
    hasIntegrationCentre: new FormControl(this.municipality.hasIntegrationCentre, { nonNullable: true }),
    tookPartInKoko1: new FormControl(this.municipality.tookPartInKoko1, { nonNullable: true }),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const v = this.form.getRawValue();
      const saved = await this.municipalities.update({ id: this.municipality.id, ...v, name: v.name.trim() });
      this.ref.close(saved);
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}
