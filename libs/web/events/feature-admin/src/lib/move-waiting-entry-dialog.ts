import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type OrganiserRegistration, ShortFormatsAdminService } from '@koko/web/events/data-access';
import { createDialogForm } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';

export interface MoveWaitingEntryData {
  registration: OrganiserRegistration;
  waitingCount: number;
}

/** Moves someone on the waiting list; the reason is kept in the audit trail. */
@Component({
  selector: 'koko-move-waiting-entry-dialog',
  imports: [ReactiveFormsModule, DialogFormScaffold, MatFormField, MatLabel, MatHint, MatError, MatInput, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      kokoDialogForm
      [formGroup]="form"
      (ngSubmit)="dialog.submit()"
      [state]="dialog"
      [heading]="'events.admin.move.title' | t: { name: data.registration.name }"
      [submitLabel]="'events.admin.move.submit' | t"
      submitTestId="waiting-move-save"
    >
      <p class="hint">{{ 'events.admin.move.explain' | t: { position: data.registration.waitingPosition ?? 0 } }}</p>
      <mat-form-field>
        <mat-label>{{ 'events.admin.move.position' | t }}</mat-label>
        <input matInput type="number" formControlName="position" required min="1" [max]="data.waitingCount" data-testid="waiting-move-position" />
        <mat-hint>{{ 'events.admin.move.positionHint' | t: { count: data.waitingCount } }}</mat-hint>
        @if (form.controls.position.hasError('required')) {
          <mat-error>{{ 'common.required' | t }}</mat-error>
        } @else if (form.controls.position.hasError('min') || form.controls.position.hasError('max')) {
          <mat-error>{{ 'events.admin.form.capacityRange' | t: { min: 1, max: data.waitingCount } }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'events.admin.move.reason' | t }}</mat-label>
        <textarea matInput formControlName="reason" rows="3" required data-testid="waiting-move-reason"></textarea>
        <mat-hint>{{ 'events.admin.move.reasonHint' | t }}</mat-hint>
        @if (form.controls.reason.hasError('required')) {
          <mat-error>{{ 'common.required' | t }}</mat-error>
        } @else if (form.controls.reason.hasError('minlength')) {
          <mat-error>{{ 'events.register.tooShort' | t: { min: 3 } }}</mat-error>
        } @else if (form.controls.reason.hasError('maxlength')) {
          <mat-error>{{ 'events.register.tooLong' | t: { max: 500 } }}</mat-error>
        }
      </mat-form-field>
    </form>
  `,
})
export class MoveWaitingEntryDialog {
  protected readonly data = inject<MoveWaitingEntryData>(MAT_DIALOG_DATA);
  private readonly admin = inject(ShortFormatsAdminService);
  protected readonly form = new FormGroup({
    position: new FormControl<number | null>(1, { validators: [Validators.required, Validators.min(1), Validators.max(this.data.waitingCount)] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(500)] }),
  });
  protected readonly dialog = createDialogForm<OrganiserRegistration[]>({
    form: this.form,
    save: () => {
      const v = this.form.getRawValue();
      return this.admin.moveOnWaitingList({ registrationId: this.data.registration.id, position: v.position ?? 1, reason: v.reason.trim() });
    },
  });
}
