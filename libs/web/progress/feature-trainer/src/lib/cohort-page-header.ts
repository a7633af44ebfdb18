import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatDay } from '@koko/web/progress/data-access';
import { PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** Back link, the page's h1 and the cohort's dates – shared by the trainer's per-cohort pages. */
@Component({
  selector: 'koko-cohort-page-header',
  imports: [RouterLink, PageHeader, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back"><a routerLink="/trainer/durchgaenge" data-testid="back-to-cohorts">{{ 'progress.cohorts.back' | t }}</a></p>
    <koko-page-header [heading]="heading()" [intro]="dates()" [headingTestId]="headingTestId()">
      <ng-content />
    </koko-page-header>
  `,
  styles: `
    .back { margin: 0 0 0.75rem; }
  `,
})
export class CohortPageHeader {
  private readonly i18n = inject(I18nService);
  readonly heading = input.required<string>();
  readonly cohort = input<{ startsOn: string; endsOn: string } | null>(null);
  readonly headingTestId = input('');

  protected readonly dates = computed(() => {
    const cohort = this.cohort();
    if (!cohort) return '';
    return this.i18n.t('progress.cohorts.dates', { start: formatDay(cohort.startsOn, this.i18n), end: formatDay(cohort.endsOn, this.i18n) });
  });
}
