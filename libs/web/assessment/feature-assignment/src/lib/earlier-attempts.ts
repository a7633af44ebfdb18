import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatAccordion, MatExpansionPanel, MatExpansionPanelHeader, MatExpansionPanelTitle } from '@angular/material/expansion';
import type { AssignmentAttempt, RubricCriterion } from '@koko/web/assessment/data-access';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { AttemptStateChip } from './attempt-state-chip';
import { AttemptView } from './attempt-view';

/** Earlier attempts, newest first, each collapsible with its write-up, files and feedback. */
@Component({
  selector: 'koko-earlier-attempts',
  imports: [MatAccordion, MatExpansionPanel, MatExpansionPanelHeader, MatExpansionPanelTitle, AttemptStateChip, AttemptView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="earlier" aria-labelledby="assignment-earlier-heading">
      <h2 id="assignment-earlier-heading">{{ 'assessment.earlier.heading' | t }}</h2>
      <mat-accordion multi displayMode="flat">
        @for (attempt of attempts(); track attempt.id; let first = $first) {
          <mat-expansion-panel [expanded]="first && expandNewest()" [attr.data-testid]="'assignment-attempt-' + attempt.attemptNo">
            <mat-expansion-panel-header>
              <mat-panel-title>
                <span class="title">{{ 'assessment.attempt.heading' | t: { n: attempt.attemptNo } }}</span>
                <koko-attempt-state-chip [state]="attempt.state" />
                @if (attempt.submittedAt) {
                  <span class="submitted">{{ submitted(attempt) }}</span>
                }
              </mat-panel-title>
            </mat-expansion-panel-header>
            <koko-attempt-view [attempt]="attempt" [rubric]="rubric()" [showSubmitted]="false" />
          </mat-expansion-panel>
        }
      </mat-accordion>
    </section>
  `,
  styles: `
    h2 { margin: 0 0 0.75rem; font: var(--mat-sys-title-large); }
    mat-expansion-panel {
      border: 1px solid var(--mat-sys-outline-variant);
      --mat-expansion-header-collapsed-state-height: auto;
      --mat-expansion-header-expanded-state-height: auto;
    }
    mat-expansion-panel-header { padding-top: 0.75rem; padding-bottom: 0.75rem; }
    mat-expansion-panel + mat-expansion-panel { margin-top: 0.5rem; }
    mat-panel-title { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; margin-right: 0.5rem; }
    .title { font: var(--mat-sys-title-medium); }
    .submitted { font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class EarlierAttempts {
  private readonly i18n = inject(I18nService);

  readonly attempts = input.required<readonly AssignmentAttempt[]>();
  readonly rubric = input<readonly RubricCriterion[] | null>(null);
  /** Opens the newest one, e.g. when its feedback asks for the revision being written. */
  readonly expandNewest = input(false);

  protected submitted(attempt: AssignmentAttempt): string {
    const date = this.i18n.formatDate(attempt.submittedAt, { dateStyle: 'medium', timeStyle: 'short' });
    const text = this.i18n.t('assessment.attempt.submittedAt', { date });
    return attempt.late ? `${text} ${this.i18n.t('assessment.attempt.late')}` : text;
  }
}
