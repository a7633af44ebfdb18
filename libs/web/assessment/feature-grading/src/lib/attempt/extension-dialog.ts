import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatTimepicker, MatTimepickerInput, MatTimepickerToggle } from '@angular/material/timepicker';

import { type GrantedExtension, GradingService } from '@koko/web/assessment/data-access-grading';
import { berlinToIso } from '@koko/web/catalogue/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError, provideKokoDates } from '@koko/web/shared/ui';
import { dateOfTime, dayOf, TranslatePipe, timeOf } from '@koko/web/shared/util';

export interface ExtensionDialogData {
  enrolmentId: string;
  moduleId: string;
  participantName: string;
  moduleLabel: string;
}

export const REASON_MIN = 3;
export const REASON_MAX = 1000;

/** The new due date, typed in Berlin time, must be a valid instant in the future. */
export function dueInFuture(now: () => number = Date.now) {
  return (group: AbstractControl): ValidationErrors | null => {
    const day = dayOf(group.get('day')?.value as Date | null);
    const time = timeOf(group.get('time')?.value as Date | null);
    if (!day || !time) return null;
    const iso = berlinToIso(day, time);
    if (!iso) return { invalidDate: true };
    return new Date(iso).getTime() <= now() ? { inPast: true } : null;
  };
}

/** "Frist verlängern": a personal due date for one participant and module, with a reason. Closes with the extension. */
@Component({
  selector: 'koko-extension-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatSuffix,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatTimepicker,
    MatTimepickerInput,
    MatTimepickerToggle,
    MatInput,
    MatButton,
    FormError,
    TranslatePipe,
  ],
  providers: [provideKokoDates()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './extension-dialog.html',
  styles: `
    .dialog-form { display: flex; flex-direction: column; gap: 0.5rem; min-width: min(30rem, 80vw); }
    mat-form-field { width: 100%; }
    .row { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .row > mat-form-field { flex: 1 1 10rem; width: auto; }
    .field-error { color: var(--mat-sys-error); margin: 0 0 0.5rem; font: var(--mat-sys-body-small); }
    p { margin: 0 0 0.5rem; }
  `,
})
export class ExtensionDialog {
  private readonly ref = inject<MatDialogRef<ExtensionDialog, GrantedExtension>>(MatDialogRef);
  protected readonly data = inject<ExtensionDialogData>(MAT_DIALOG_DATA);
  private readonly grading = inject(GradingService);
  private readonly errors = inject(ApiErrorService);

  protected readonly today = new Date(new Date().setHours(0, 0, 0, 0));
  protected readonly reasonMin = REASON_MIN;
  protected readonly reasonMax = REASON_MAX;
  protected readonly form = new FormGroup(
    {
      // Material's date and time pickers (local Dates), read as a Berlin day and wall-clock time.
      day: new FormControl<Date | null>(null, { validators: [Validators.required] }),
      time: new FormControl<Date | null>(dateOfTime('23:59'), { validators: [Validators.required] }),
      reason: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, (c: AbstractControl<string>) => (c.value.length > 0 && c.value.trim().length < REASON_MIN ? { tooShort: true } : null), Validators.maxLength(REASON_MAX)],
      }),
    },
    { validators: dueInFuture() },
  );
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected cancel(): void {
    this.ref.close();
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const dueAt = berlinToIso(dayOf(v.day), timeOf(v.time));
    if (!dueAt) return;
    this.submitting.set(true);
    this.error.set(null);
    try {
      const extension = await this.grading.grantExtension({ enrolmentId: this.data.enrolmentId, moduleId: this.data.moduleId, dueAt, reason: v.reason.trim() });
      this.ref.close(extension);
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}
