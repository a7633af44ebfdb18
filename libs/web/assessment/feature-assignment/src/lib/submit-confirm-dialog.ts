import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { TranslatePipe } from '@koko/web/shared/util';

export interface SubmitConfirmData {
  attemptNo: number;
  late: boolean;
}

/** Asks before the attempt is frozen; says so when the submission will be marked late. Closes with `true` to submit. */
@Component({
  selector: 'koko-submit-confirm-dialog',
  imports: [MatButton, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'assessment.submit.confirmTitle' | t: { n: data.attemptNo } }}</h2>
    <mat-dialog-content>
      <p>{{ 'assessment.submit.confirmText' | t }}</p>
      @if (data.late) {
        <p class="late"><strong>{{ 'assessment.submit.confirmLate' | t }}</strong></p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" data-testid="assignment-submit-cancel">{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="assignment-submit-confirm">{{ 'assessment.submit.confirm' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    p { margin: 0 0 0.75rem; }
    .late { color: var(--mat-sys-error); }
  `,
})
export class SubmitConfirmDialog {
  protected readonly data = inject<SubmitConfirmData>(MAT_DIALOG_DATA);
}
