import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatDayRange, type OpenCohortView } from '@koko/web/enrolment/data-access';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** Dates, application period and free places of an open cohort, as a description list. */
@Component({
  selector: 'koko-cohort-facts',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="facts">
      <div>
        <dt>{{ 'enrolment.open.period' | t }}</dt>
        <dd>{{ period() }}</dd>
      </div>
      <div>
        <dt>{{ 'enrolment.open.applicationPeriod' | t }}</dt>
        <dd>{{ applicationPeriod() }}</dd>
      </div>
      <div>
        <dt>{{ 'enrolment.open.seats' | t }}</dt>
        <dd>
          @if (view().freeSeats > 0) {
            {{ 'enrolment.open.seatsFree' | t: { free: view().freeSeats, capacity: view().cohort.capacity } }}
          } @else {
            {{ 'enrolment.open.seatsFull' | t: { capacity: view().cohort.capacity } }}
          }
        </dd>
      </div>
    </dl>
  `,
  styles: `
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); gap: 0.75rem 1.5rem; margin: 0; }
    dt { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0.125rem 0 0; }
  `,
})
export class CohortFacts {
  private readonly i18n = inject(I18nService);
  readonly view = input.required<OpenCohortView>();

  protected readonly period = computed(() => {
    const c = this.view().cohort;
    return formatDayRange(this.i18n, c.startsOn, c.endsOn);
  });

  protected readonly applicationPeriod = computed(() => {
    const c = this.view().cohort;
    return formatDayRange(this.i18n, c.applicationsOpenOn, c.applicationsCloseOn);
  });
}
