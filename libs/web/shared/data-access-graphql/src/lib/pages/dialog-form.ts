import { inject, signal, type Signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { ApiErrorService } from '../api-error';

/** The save / close / server-error part of a dialog with a form, as `<form kokoDialogForm>` shows it. */
export interface DialogForm {
  readonly submitting: Signal<boolean>;
  /** The server's message after a failed save (field errors stay at their fields). */
  readonly error: Signal<string | null>;
  /** Validates (showing every field error), saves, and closes the dialog with the result. */
  submit(): Promise<void>;
  /** Closes without a result. */
  close(): void;
}

export interface DialogFormOptions<R> {
  form: AbstractControl;
  /**
   * Saves the form's values. Returns null, without saving, when valid fields still give no input
   * (e.g. a wall-clock time that does not exist on that day): the fields show their errors, the dialog stays.
   */
  save: () => Promise<R> | null;
  /** Whether a successful save closes the dialog with its result (default); false keeps it open (e.g. to show a report). */
  closeOnSave?: boolean;
}

/** Call in a dialog component's injection context; the dialog closes with what `save` resolves to. */
export function createDialogForm<R>(options: DialogFormOptions<R>): DialogForm {
  const ref = inject<MatDialogRef<unknown, R>>(MatDialogRef);
  const errors = inject(ApiErrorService);
  const submitting = signal(false);
  const error = signal<string | null>(null);
  return {
    submitting: submitting.asReadonly(),
    error: error.asReadonly(),
    async submit() {
      if (submitting()) return;
      if (options.form.invalid) {
        options.form.markAllAsTouched();
        return;
      }
      submitting.set(true);
      error.set(null);
      try {
        const saving = options.save();
        if (!saving) {
          options.form.markAllAsTouched();
          return;
        }
        const result = await saving;
        if (options.closeOnSave !== false) ref.close(result);
      } catch (e) {
        error.set(errors.describe(e).message);
      } finally {
        submitting.set(false);
      }
    },
    close: () => ref.close(),
  };
}
