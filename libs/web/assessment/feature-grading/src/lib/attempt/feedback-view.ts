import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { feedbackPoints, type GradingFeedback, type GradingFile } from '@koko/web/assessment/data-access-grading';
import { LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { verdictKey } from '../shared/labels';
import { AttemptFilesList } from './attempt-files-list';

/** A feedback as given: verdict, rubric scores (as scored then), text and files. Read-only. */
@Component({
  selector: 'koko-feedback-view',
  imports: [AttemptFilesList, TranslatePipe, LocalizedDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = feedback();
    <div class="feedback">
      <p class="meta">
        @if (f.verdict) {
          <span [class]="'verdict verdict-' + f.verdict">{{ verdictKey(f.verdict) | t }}</span>
        }
        @if (f.graderName) {
          <span>{{ 'grading.feedback.graderName' | t: { name: f.graderName } }}</span>
        }
        @if (f.releasedAt) {
          <span>{{ f.releasedAt | localDate: 'dateTime' }}</span>
        }
      </p>
      @if (f.scores.length > 0) {
        <table class="scores">
          <caption class="koko-visually-hidden">{{ 'grading.feedback.scoreTableCaption' | t }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'grading.feedback.colCriterion' | t }}</th>
              <th scope="col">{{ 'grading.feedback.colLevel' | t }}</th>
              <th scope="col" class="num">{{ 'grading.feedback.colPoints' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (score of f.scores; track score.criterionId) {
              <tr>
                <th scope="row">{{ score.criterionTitle }}</th>
                <td>{{ score.levelLabel }}</td>
                <td class="num">{{ score.points }}</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="2">{{ 'grading.feedback.total' | t }}</th>
              <td class="num">{{ total() }}</td>
            </tr>
          </tfoot>
        </table>
      }
      <p class="text">{{ f.text || ('grading.feedback.noText' | t) }}</p>
      @if (files().length > 0) {
        <koko-attempt-files-list [files]="files()" [label]="'grading.feedback.files' | t" />
      }
    </div>
  `,
  styles: `
    .meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: center; margin: 0 0 0.75rem; color: var(--mat-sys-on-surface-variant); }
    .verdict { padding: 0.125rem 0.75rem; border-radius: 999px; font: var(--mat-sys-label-large); background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .verdict-FAILED { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .verdict-REVISION_REQUESTED { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .scores { width: 100%; border-collapse: collapse; margin-bottom: 0.75rem; }
    th, td { padding: 0.375rem 0.5rem; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: left; vertical-align: top; }
    thead th { font: var(--mat-sys-label-large); }
    tbody th { font-weight: 400; }
    tfoot th, tfoot td { font-weight: 600; border-bottom: none; }
    .num { text-align: right; }
    .text { white-space: pre-wrap; margin: 0 0 0.75rem; max-width: 75ch; overflow-wrap: anywhere; }
  `,
})
export class FeedbackView {
  readonly feedback = input.required<GradingFeedback>();
  readonly files = input<readonly GradingFile[]>([]);

  protected readonly verdictKey = verdictKey;
  protected readonly total = computed(() => feedbackPoints(this.feedback()));
}
