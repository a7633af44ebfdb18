import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import type { Verdict } from '@koko/web/assessment/data-access-grading';
import { TranslatePipe } from '@koko/web/shared/util';
import { verdictKey } from '../shared/labels';

export interface ReleaseConfirmData {
  participantName: string;
  verdict: Verdict;
  /** null when the module has no rubric. */
  points: { points: number; max: number } | null;
}

/** Asks before feedback is released: the participant sees it at once and gets a mail. Closes with `true` to release. */
@Component({
  selector: 'koko-release-confirm-dialog',
  imports: [MatButton, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'grading.release.title' | t }}</h2>
    <mat-dialog-content>
      <p>{{ 'grading.release.text' | t: { name: data.participantName } }}</p>
      <ul>
        <li>{{ 'grading.release.summary' | t: { verdict: (verdictKey(data.verdict) | t) } }}</li>
        @if (data.points) {
          <li>{{ 'grading.release.summaryPoints' | t: data.points }}</li>
        }
      </ul>
      @if (data.verdict === 'REVISION_REQUESTED') {
        <p>{{ 'grading.release.revisionNote' | t: { name: data.participantName } }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" data-testid="grading-release-cancel">{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="grading-release-confirm">{{ 'grading.release.confirm' | t }}</button>
    </mat-dialog-actions>
  `,
})
export class ReleaseConfirmDialog {
  protected readonly data = inject<ReleaseConfirmData>(MAT_DIALOG_DATA);
  protected readonly verdictKey = verdictKey;
}
