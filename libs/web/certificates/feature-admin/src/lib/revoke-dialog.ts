import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  type CertificateRecord,
  CertificatesAdminService,
  REVOCATION_REASONS,
  type RevocationReason,
  revocationReasonKey,
} from '@koko/web/certificates/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';

export interface RevokeDialogData {
  certificate: Pick<CertificateRecord, 'id' | 'number'>;
  holderName: string;
}

const NOTE_MAX = 2000;

/** Asks for the reason of a revocation and revokes; this dialog is the confirmation. Closes with the revoked certificate. */
@Component({
  selector: 'koko-revoke-certificate-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSelect,
    MatOption,
    MatInput,
    MatButton,
    FormError,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'certificates.revoke.title' | t: { number: data.certificate.number } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="content">
        <koko-form-error [message]="error()" />
        <p>{{ 'certificates.revoke.text' | t: { name: data.holderName } }}</p>
        <mat-form-field>
          <mat-label>{{ 'certificates.revoke.reason' | t }}</mat-label>
          <mat-select formControlName="reason" required data-testid="revoke-reason">
            @for (r of reasons; track r) {
              <mat-option [value]="r" [attr.data-testid]="'revoke-reason-' + r">{{ reasonKey(r) | t }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'certificates.revoke.reasonHint' | t }}</mat-hint>
          @if (form.controls.reason.hasError('required')) {
            <mat-error>{{ 'certificates.revoke.reasonRequired' | t }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'certificates.revoke.note' | t }}</mat-label>
          <textarea matInput formControlName="note" rows="3" data-testid="revoke-note"></textarea>
          <mat-hint>{{ 'certificates.revoke.noteHint' | t: { name: data.holderName } }}</mat-hint>
          @if (form.controls.note.hasError('maxlength')) {
            <mat-error>{{ 'certificates.tooLong' | t: { max: noteMax } }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="ref.close()" data-testid="revoke-cancel">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" class="koko-destructive" [disabled]="submitting()" data-testid="revoke-confirm">
          {{ 'certificates.revoke.confirm' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content { display: flex; flex-direction: column; gap: 0.75rem; min-width: min(28rem, 80vw); }
    .content p { margin: 0; }
  `,
})
export class RevokeDialog {
  protected readonly ref = inject<MatDialogRef<RevokeDialog, CertificateRecord>>(MatDialogRef);
  protected readonly data = inject<RevokeDialogData>(MAT_DIALOG_DATA);
  private readonly certificates = inject(CertificatesAdminService);
  private readonly errors = inject(ApiErrorService);

  protected readonly reasons = REVOCATION_REASONS;
  protected readonly reasonKey = revocationReasonKey;
  protected readonly noteMax = NOTE_MAX;
  protected readonly form = new FormGroup({
    reason: new FormControl<RevocationReason | null>(null, { validators: [Validators.required] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(NOTE_MAX)] }),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    const { reason, note } = this.form.getRawValue();
    if (this.form.invalid || !reason) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const revoked = await this.certificates.revoke({ certificateId: this.data.certificate.id, reason, note: note.trim() || null });
      this.ref.close(revoked);
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}
