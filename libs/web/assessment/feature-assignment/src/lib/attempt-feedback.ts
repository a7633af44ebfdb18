import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { AssignmentFeedback, AssignmentFile, AttemptState, RubricCriterion } from '@koko/web/assessment/data-access';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { FileList } from './file-list';
import { AttemptStateChip } from './attempt-state-chip';

/** Released feedback on one attempt: verdict, rubric scores, comments and files. */
@Component({
  selector: 'koko-attempt-feedback',
  imports: [AttemptStateChip, FileList, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attempt-feedback.html',
  styleUrl: './attempt-feedback.scss',
})
export class AttemptFeedback {
  private readonly i18n = inject(I18nService);

  readonly feedback = input.required<AssignmentFeedback>();
  readonly files = input.required<readonly AssignmentFile[]>();
  readonly attemptNo = input.required<number>();
  /** The module's rubric, to show the maximum points; scores are shown as they were given. */
  readonly rubric = input<readonly RubricCriterion[] | null>(null);

  protected readonly headingId = computed(() => `assignment-feedback-heading-${this.attemptNo()}`);
  protected readonly verdictState = computed(() => (this.feedback().verdict ?? null) as AttemptState | null);

  protected readonly byline = computed(() => {
    const f = this.feedback();
    const date = this.i18n.formatDate(f.releasedAt, { dateStyle: 'long' });
    if (f.graderName) return this.i18n.t('assessment.feedback.by', { name: f.graderName, date });
    return date ? this.i18n.t('assessment.feedback.on', { date }) : '';
  });

  protected readonly total = computed(() => {
    const scores = this.feedback().scores;
    const points = scores.reduce((sum, s) => sum + s.points, 0);
    const criteria = this.rubric() ?? [];
    const maxima = scores.map((s) => criteria.find((c) => c.id === s.criterionId)?.levels.reduce((max, l) => Math.max(max, l.points), 0));
    const complete = criteria.length > 0 && maxima.every((m) => m !== undefined) && scores.length === criteria.length;
    const max = complete ? maxima.reduce<number>((sum, m) => sum + (m ?? 0), 0) : null;
    return max === null ? this.i18n.formatNumber(points) : this.i18n.t('assessment.feedback.totalOf', { points: this.i18n.formatNumber(points), max: this.i18n.formatNumber(max) });
  });
}
