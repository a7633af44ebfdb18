import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidatorFn, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type CertificateRecord, CertificatesAdminService } from '@koko/web/certificates/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';

export interface ReissueDialogData {
  certificate: Pick<CertificateRecord, 'id' | 'number' | 'printedName'>;
  holderName: string;
}

/** Limits of the API (ReissueCertificateInput). */
export const PRINTED_NAME_MIN = 2;
export const PRINTED_NAME_MAX = 200;
export const REISSUE_REASON_MIN = 3;
export const REISSUE_REASON_MAX = 2000;

/** Blank input counts as missing: a name of spaces is not a name. */
export function trimmedMinLength(min: number): ValidatorFn {
  return (control: AbstractControl) => (String(control.value ?? '').trim().length < min ? { minlength: { requiredLength: min } } : null);
}

/**
 * Reissues a valid certificate, e.g. after a name correction: a new number and code, the old one superseded.
 * This dialog is the confirmation. Closes with the new certificate.
 */
@Component({
  selector: 'koko-reissue-certificate-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    FormError,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'certificates.reissue.title' | t: { number: data.certificate.number } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="content">
        <koko-form-error [message]="error()" />
        <p>{{ 'certificates.reissue.text' | t: { name: data.holderName } }}</p>
        <mat-form-field>
          <mat-label>{{ 'certificates.reissue.printedName' | t }}</mat-label>
          <input matInput formControlName="printedName" required autocomplete="off" data-testid="reissue-printed-name" />
          <mat-hint>{{ 'certificates.reissue.printedNameHint' | t }}</mat-hint>
          @if (form.controls.printedName.hasError('minlength')) {
            <mat-error>{{ 'certificates.reissue.printedNameRequired' | t }}</mat-error>
          } @else if (form.controls.printedName.hasError('maxlength')) {
            <mat-error>{{ 'certificates.tooLong' | t: { max: printedNameMax } }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'certificates.reissue.reason' | t }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" required data-testid="reissue-reason"></textarea>
          <mat-hint>{{ 'certificates.reissue.reasonHint' | t }}</mat-hint>
          @if (form.controls.reason.hasError('minlength')) {
            <mat-error>{{ 'certificates.reissue.reasonRequired' | t }}</mat-error>
          } @else if (form.controls.reason.hasError('maxlength')) {
            <mat-error>{{ 'certificates.tooLong' | t: { max: reasonMax } }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="ref.close()" data-testid="reissue-cancel">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="submitting()" data-testid="reissue-confirm">{{ 'certificates.reissue.confirm' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content { display: flex; flex-direction: column; gap: 0.75rem; min-width: min(28rem, 80vw); }
    .content p { margin: 0; }
  `,
})
export class ReissueDialog {
  protected readonly ref = inject<MatDialogRef<ReissueDialog, CertificateRecord>>(MatDialogRef);
  protected readonly data = inject<ReissueDialogData>(MAT_DIALOG_DATA);
  private readonly certificates = inject(CertificatesAdminService);
  private readonly errors = inject(ApiErrorService);

  protected readonly printedNameMax = PRINTED_NAME_MAX;
  protected readonly reasonMax = REISSUE_REASON_MAX;
  protected readonly form = new FormGroup({
    printedName: new FormControl(this.data.certificate.printedName, {
      nonNullable: true,
      validators: [trimmedMinLength(PRINTED_NAME_MIN), Validators.maxLength(PRINTED_NAME_MAX)],
    }),
    reason: new FormControl('', { nonNullable: true, validators: [trimmedMinLength(REISSUE_REASON_MIN), Validators.maxLength(REISSUE_REASON_MAX)] }),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { printedName, reason } = this.form.getRawValue();
    this.submitting.set(true);
    this.error.set(null);
    try {
      this.ref.close(await this.certificates.reissue({ certificateId: this.data.certificate.id, printedName: printedName.trim(), reason: reason.trim() }));
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}
