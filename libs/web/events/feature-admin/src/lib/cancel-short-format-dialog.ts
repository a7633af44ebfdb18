import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type ShortFormatAdmin, ShortFormatsAdminService } from '@koko/web/events/data-access';
import { createDialogForm } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';

/** Cancelling informs every registrant; the note goes into their mail. */
@Component({
  selector: 'koko-cancel-short-format-dialog',
  imports: [ReactiveFormsModule, DialogFormScaffold, MatFormField, MatLabel, MatHint, MatError, MatInput, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      kokoDialogForm
      [formGroup]="form"
      (ngSubmit)="dialog.submit()"
      [state]="dialog"
      [heading]="'events.admin.cancel.title' | t: { title: event.title }"
      [submitLabel]="'events.admin.cancel.submit' | t"
      submitTestId="short-format-cancel-save"
    >
      <p class="hint">{{ 'events.admin.cancel.explain' | t }}</p>
      <mat-form-field>
        <mat-label>{{ 'events.admin.cancel.note' | t }}</mat-label>
        <textarea matInput formControlName="note" rows="4" required data-testid="short-format-cancel-note"></textarea>
        <mat-hint>{{ 'events.admin.cancel.noteHint' | t }}</mat-hint>
        @if (form.controls.note.hasError('required')) {
          <mat-error>{{ 'common.required' | t }}</mat-error>
        } @else if (form.controls.note.hasError('minlength')) {
          <mat-error>{{ 'events.register.tooShort' | t: { min: 3 } }}</mat-error>
        } @else if (form.controls.note.hasError('maxlength')) {
          <mat-error>{{ 'events.register.tooLong' | t: { max: 2000 } }}</mat-error>
        }
      </mat-form-field>
    </form>
  `,
})
export class CancelShortFormatDialog {
  protected readonly event = inject<ShortFormatAdmin>(MAT_DIALOG_DATA);
  private readonly admin = inject(ShortFormatsAdminService);
  protected readonly form = new FormGroup({
    note: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(2000)] }),
  });
  protected readonly dialog = createDialogForm<ShortFormatAdmin>({
    form: this.form,
    save: () => this.admin.cancel(this.event.id, this.form.getRawValue().note.trim()),
  });
}
