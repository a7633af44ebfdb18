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
  /** The chosen level per scored criterion. */
  criteria: { title: string; level: string; points: number }[];
  /** Characters of written feedback (0: none). */
  textLength: number;
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
        <li>{{ (data.textLength > 0 ? 'grading.release.summaryText' : 'grading.release.summaryNoText') | t: { count: data.textLength } }}</li>
      </ul>
      @if (data.criteria.length > 0) {
        <table class="criteria" data-testid="grading-release-criteria">
          <caption>{{ 'grading.release.criteriaCaption' | t }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'grading.feedback.colCriterion' | t }}</th>
              <th scope="col">{{ 'grading.feedback.colLevel' | t }}</th>
              <th scope="col" class="num">{{ 'grading.feedback.colPoints' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of data.criteria; track c.title) {
              <tr>
                <th scope="row">{{ c.title }}</th>
                <td>{{ c.level }}</td>
                <td class="num">{{ c.points }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
      @if (data.verdict === 'REVISION_REQUESTED') {
        <p>{{ 'grading.release.revisionNote' | t: { name: data.participantName } }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" data-testid="grading-release-cancel">{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="grading-release-confirm">{{ 'grading.release.confirm' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .criteria { width: 100%; border-collapse: collapse; margin: 0.5rem 0; }
    .criteria caption { text-align: left; font: var(--mat-sys-title-small); padding-bottom: 0.25rem; }
    .criteria th, .criteria td { text-align: left; padding: 0.25rem 0.5rem 0.25rem 0; border-bottom: 1px solid var(--mat-sys-outline-variant); font-weight: normal; }
    .criteria thead th { font-weight: 600; }
    .criteria .num { text-align: right; }
  `,
})
export class ReleaseConfirmDialog {
  protected readonly data = inject<ReleaseConfirmData>(MAT_DIALOG_DATA);
  protected readonly verdictKey = verdictKey;
}
