import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { AssignmentOverview } from '@koko/web/assessment/data-access';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** Due date, the participant's personal extension (with its reason), the cut-off and the attempt limit. */
@Component({
  selector: 'koko-assignment-deadlines',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let o = overview();
    <section class="dates" aria-labelledby="assignment-dates-heading" data-testid="assignment-deadlines">
      <h2 id="assignment-dates-heading">{{ 'assessment.dates.heading' | t }}</h2>
      <dl>
        <div class="fact">
          <dt>{{ 'assessment.dates.due' | t }}</dt>
          <dd data-testid="assignment-due">
            @if (o.effectiveDueAt) {
              <span class="value">{{ long(o.effectiveDueAt) }}</span>
              @if (overdue()) {
                <span class="warn">{{ 'assessment.dates.overdue' | t }}</span>
              }
            } @else {
              {{ 'assessment.dates.noDue' | t }}
            }
          </dd>
        </div>
        @if (o.extension; as extension) {
          <div class="fact">
            <dt>{{ 'assessment.dates.extension' | t }}</dt>
            <dd class="extension" data-testid="assignment-extension">
              <span class="value">{{ 'assessment.dates.extensionValue' | t: { date: long(extension.dueAt) } }}</span>
              <span class="reason">{{ 'assessment.dates.extensionReason' | t: { reason: extension.reason } }}</span>
              <span class="hint">{{ 'assessment.dates.extensionGranted' | t: { date: short(extension.grantedAt) } }}</span>
              @if (o.dueAt) {
                <span class="hint">{{ 'assessment.dates.originalDue' | t: { date: long(o.dueAt) } }}</span>
              }
            </dd>
          </div>
        }
        <div class="fact">
          <dt>{{ 'assessment.dates.cutoff' | t }}</dt>
          <dd data-testid="assignment-cutoff">
            @if (o.cutoffAt) {
              <span class="value">{{ long(o.cutoffAt) }}</span>
              <span class="hint">{{ 'assessment.dates.cutoffHint' | t }}</span>
            } @else {
              <span class="hint">{{ 'assessment.dates.noCutoff' | t }}</span>
            }
          </dd>
        </div>
        <div class="fact">
          <dt>{{ 'assessment.dates.attempts' | t }}</dt>
          <dd>
            <span class="value">{{ 'assessment.dates.attemptsValue' | t: { max: o.maxAttempts } }}</span>
            <span class="hint">{{ 'assessment.dates.attemptsHint' | t }}</span>
          </dd>
        </div>
      </dl>
    </section>
  `,
  styles: `
    .dates { padding: 1rem 1.25rem; border-radius: 12px; border: 1px solid var(--mat-sys-outline-variant); }
    h2 { margin: 0 0 0.75rem; font: var(--mat-sys-title-large); }
    dl { margin: 0; display: grid; gap: 0.75rem; }
    .fact { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.125rem 1.5rem; }
    @media (min-width: 40rem) {
      .fact { grid-template-columns: 13rem minmax(0, 1fr); }
    }
    dt { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); padding-top: 0.125rem; }
    dd { margin: 0; display: flex; flex-direction: column; gap: 0.125rem; max-width: 70ch; }
    .value { font: var(--mat-sys-title-small); }
    .hint, .reason { font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    .warn { font-weight: 600; color: var(--mat-sys-error); }
    .extension { padding: 0.5rem 0.75rem; border-radius: 8px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .extension .hint { color: inherit; }
  `,
})
export class AssignmentDeadlines {
  private readonly i18n = inject(I18nService);

  readonly overview = input.required<AssignmentOverview>();
  /** Only while the participant still writes; a submitted attempt is not "overdue". */
  readonly showOverdue = input(false);
  readonly now = input<Date>(new Date());

  protected readonly overdue = computed(() => {
    const due = this.overview().effectiveDueAt;
    return this.showOverdue() && !!due && this.now().getTime() > Date.parse(due);
  });

  protected long(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'full', timeStyle: 'short' });
  }

  protected short(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'long' });
  }
}
