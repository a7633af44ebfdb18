import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatAccordion, MatExpansionPanel, MatExpansionPanelHeader, MatExpansionPanelTitle } from '@angular/material/expansion';
import type { EarlierAttempt, GradingFeedback } from '@koko/web/assessment/data-access-grading';
import { LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { stateKey } from '../shared/labels';
import { AttemptFilesList } from './attempt-files-list';
import { FeedbackView } from './feedback-view';

/** The participant's earlier attempts at this module with their feedback, each collapsed until opened. */
@Component({
  selector: 'koko-earlier-attempts',
  imports: [MatAccordion, MatExpansionPanel, MatExpansionPanelHeader, MatExpansionPanelTitle, AttemptFilesList, FeedbackView, TranslatePipe, LocalizedDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-accordion multi displayMode="flat">
      @for (attempt of attempts(); track attempt.id) {
        <mat-expansion-panel [attr.data-testid]="'grading-earlier-' + attempt.attemptNo">
          <mat-expansion-panel-header>
            <mat-panel-title>
              <span class="title">
                {{ 'grading.earlier.summary' | t: { number: attempt.attemptNo, state: (stateKey(attempt.state) | t) } }}
                @if (attempt.submittedAt) {
                  <span class="date">{{ 'grading.earlier.submittedAt' | t: { date: (attempt.submittedAt | localDate: 'dateTime') } }}</span>
                }
              </span>
            </mat-panel-title>
          </mat-expansion-panel-header>
          <h4>{{ 'grading.submission.heading' | t }}</h4>
          <p class="body">{{ attempt.body || ('grading.submission.emptyBody' | t) }}</p>
          @if (attempt.files.length > 0) {
            <h4>{{ 'grading.files.heading' | t }}</h4>
            <koko-attempt-files-list [files]="attempt.files" />
          }
          <h4>{{ 'grading.earlier.feedback' | t }}</h4>
          @if (releasedFeedback(attempt); as feedback) {
            <koko-feedback-view [feedback]="feedback" [files]="attempt.feedbackFiles" />
          } @else {
            <p>{{ 'grading.earlier.noFeedback' | t }}</p>
          }
        </mat-expansion-panel>
      }
    </mat-accordion>
  `,
  styles: `
    .title { display: flex; flex-wrap: wrap; gap: 0 0.75rem; }
    .date { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    h4 { margin: 1rem 0 0.25rem; font: var(--mat-sys-title-small); }
    h4:first-of-type { margin-top: 0; }
    .body { white-space: pre-wrap; margin: 0; max-width: 75ch; overflow-wrap: anywhere; }
  `,
})
export class EarlierAttempts {
  readonly attempts = input.required<readonly EarlierAttempt[]>();
  protected readonly stateKey = stateKey;

  protected releasedFeedback(attempt: EarlierAttempt): GradingFeedback | null {
    return attempt.feedback?.releasedAt ? attempt.feedback : null;
  }
}
