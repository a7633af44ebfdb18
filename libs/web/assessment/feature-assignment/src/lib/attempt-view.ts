import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { AssignmentAttempt, RubricCriterion } from '@koko/web/assessment/data-access';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { AttemptFeedback } from './attempt-feedback';
import { FileList } from './file-list';

/** A frozen attempt, read-only: the write-up, its files and (once released) the feedback. */
@Component({
  selector: 'koko-attempt-view',
  imports: [AttemptFeedback, FileList, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = attempt();
    <div class="attempt">
      @if (showSubmitted() && submittedAt()) {
        <p class="attempt__submitted" [attr.data-testid]="'assignment-submitted-at-' + a.attemptNo">
          {{ 'assessment.attempt.submittedAt' | t: { date: submittedAt() } }}
          @if (a.late) {
            <strong class="attempt__late">{{ 'assessment.attempt.late' | t }}</strong>
          }
        </p>
      }
      <h3 class="koko-visually-hidden">{{ 'assessment.attempt.text' | t }}</h3>
      @if (a.body.trim()) {
        <div class="attempt__body">{{ a.body }}</div>
      } @else {
        <p class="attempt__empty">{{ 'assessment.attempt.noText' | t }}</p>
      }

      <h3 class="attempt__subheading">{{ 'assessment.attempt.files' | t }}</h3>
      @if (a.files.length > 0) {
        <koko-file-list [files]="a.files" [label]="'assessment.files.listLabel' | t: { n: a.attemptNo }" />
      } @else {
        <p class="attempt__empty">{{ 'assessment.attempt.noFiles' | t }}</p>
      }

      @if (a.feedback; as feedback) {
        <koko-attempt-feedback class="attempt__feedback" [feedback]="feedback" [files]="a.feedbackFiles" [attemptNo]="a.attemptNo" [rubric]="rubric()" />
      } @else if (a.state === 'SUBMITTED') {
        <p class="attempt__pending">{{ 'assessment.attempt.feedbackPending' | t }}</p>
      }
    </div>
  `,
  styles: `
    .attempt__submitted { margin: 0 0 0.75rem; color: var(--mat-sys-on-surface-variant); }
    .attempt__late { color: var(--mat-sys-error); }
    .attempt__body {
      white-space: pre-wrap; overflow-wrap: anywhere; max-width: 70ch; padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface-container-lowest);
    }
    .attempt__subheading { margin: 1.25rem 0 0.5rem; font: var(--mat-sys-title-small); }
    .attempt__empty, .attempt__pending { margin: 0; color: var(--mat-sys-on-surface-variant); }
    .attempt__pending { margin-top: 1.25rem; }
    .attempt__feedback { margin-top: 1.25rem; }
  `,
})
export class AttemptView {
  private readonly i18n = inject(I18nService);

  readonly attempt = input.required<AssignmentAttempt>();
  readonly rubric = input<readonly RubricCriterion[] | null>(null);
  /** Off where a header already says when it was submitted. */
  readonly showSubmitted = input(true);

  protected readonly submittedAt = computed(() => this.i18n.formatDate(this.attempt().submittedAt, { dateStyle: 'long', timeStyle: 'short' }));
}
