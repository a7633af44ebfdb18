import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  type AdminEnrolment,
  AdminEnrolmentsService,
  decisionKey,
  type DecisionResult,
  type EnrolmentDecision,
  FINAL_DECISIONS,
} from '@koko/web/enrolment/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError } from '@koko/web/shared/ui';
import { type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

export interface DecisionDialogData {
  decision: EnrolmentDecision;
  enrolments: AdminEnrolment[];
}

/** How many selected names the dialog lists before summarising the rest. */
const LISTED = 8;
const MESSAGE_MAX = 2000;
/** Decisions whose mail carries the message (completing one sends none). */
const MAILED: ReadonlySet<EnrolmentDecision> = new Set<EnrolmentDecision>(['ADMIT', 'WAITLIST', 'DECLINE', 'WITHDRAW']);

/** Confirms a bulk decision, takes an optional message and runs it. Closes with the API's per-enrolment result. */
@Component({
  selector: 'koko-decision-dialog',
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
    <h2 mat-dialog-title>{{ 'enrolment.dialog.title' | t: { decision: (decisionKey(data.decision) | t), count: data.enrolments.length } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="content">
        <koko-form-error [message]="error()" />
        <p>{{ explainKey | t }}</p>
        <h3 class="list-heading">{{ 'enrolment.dialog.selection' | t }}</h3>
        <ul class="names" data-testid="decision-names">
          @for (e of listed; track e.id) {
            <li>{{ e.participant.displayName || e.participant.email }} – {{ e.cohort.name }}</li>
          }
          @if (hidden > 0) {
            <li>{{ 'enrolment.dialog.andMore' | t: { count: hidden } }}</li>
          }
        </ul>
        <mat-form-field class="message">
          <mat-label>{{ 'enrolment.dialog.message' | t }}</mat-label>
          <textarea matInput formControlName="message" rows="4" data-testid="decision-message"></textarea>
          <mat-hint>{{ (mailed ? 'enrolment.dialog.messageHint' : 'enrolment.dialog.messageHintNoMail') | t }}</mat-hint>
          @if (message.hasError('maxlength')) {
            <mat-error>{{ 'enrolment.apply.tooLong' | t: { max: messageMax } }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="ref.close()" data-testid="decision-cancel">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" [class.koko-destructive]="destructive" [disabled]="submitting()" data-testid="decision-confirm">
          {{ decisionKey(data.decision) | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content { display: flex; flex-direction: column; min-width: min(28rem, 80vw); }
    .content p { margin: 0 0 0.75rem; }
    .list-heading { margin: 0 0 0.25rem; font: var(--mat-sys-title-small); }
    .names { margin: 0 0 1rem; padding-left: 1.25rem; max-height: 12rem; overflow-y: auto; }
    .message { width: 100%; }
  `,
})
export class DecisionDialog {
  protected readonly ref = inject<MatDialogRef<DecisionDialog, DecisionResult>>(MatDialogRef);
  protected readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);
  private readonly enrolments = inject(AdminEnrolmentsService);
  private readonly errors = inject(ApiErrorService);

  protected readonly decisionKey = decisionKey;
  protected readonly messageMax = MESSAGE_MAX;
  protected readonly explainKey: TranslationKey = `enrolment.dialog.explain.${this.data.decision}`;
  protected readonly destructive = FINAL_DECISIONS.has(this.data.decision);
  protected readonly mailed = MAILED.has(this.data.decision);
  protected readonly listed = this.data.enrolments.slice(0, LISTED);
  protected readonly hidden = Math.max(0, this.data.enrolments.length - LISTED);
  protected readonly form = new FormGroup({
    message: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(MESSAGE_MAX)] }),
  });
  protected readonly message = this.form.controls.message;
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.message.invalid) {
      this.message.markAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const ids = this.data.enrolments.map((e) => e.id);
      this.ref.close(await this.enrolments.decide(ids, this.data.decision, this.message.value));
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}
