import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EvaluationService } from '@koko/web/evaluation/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView, PageHeader, TableScroll } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@koko/web/shared/util';

/** `/auswertung` – Evaluation, admins and trainers (own cohorts): every survey with its counts. */
@Component({
  selector: 'koko-surveys-results-page',
  imports: [RouterLink, PageHeader, LoadStateView, TableScroll, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-page-header [heading]="'evaluation.results.heading' | t" headingTestId="surveys-results-heading" [intro]="'evaluation.results.intro' | t" />
      <koko-load-state [loader]="list" [emptyMessage]="'evaluation.results.empty' | t" [loadingLabel]="'evaluation.results.loading' | t">
        @if (list.data(); as surveys) {
          <koko-table-scroll [label]="'evaluation.results.heading' | t">
            <table class="koko-table" data-testid="surveys-table">
              <thead>
                <tr>
                  <th scope="col">{{ 'evaluation.results.colTitle' | t }}</th>
                  <th scope="col">{{ 'evaluation.results.colWave' | t }}</th>
                  <th scope="col">{{ 'evaluation.results.colPeriod' | t }}</th>
                  <th scope="col" class="num">{{ 'evaluation.results.colInvited' | t }}</th>
                  <th scope="col" class="num">{{ 'evaluation.results.colResponses' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (s of surveys; track s.id) {
                  <tr data-testid="survey-row">
                    <th scope="row"><a [routerLink]="['/auswertung', s.id]">{{ i18n.locale() === 'en' ? s.titleEn : s.title }}</a></th>
                    <td>{{ waveKey(s.wave) | t }}</td>
                    <td>{{ date(s.opensAt) }} – {{ date(s.closesAt) }}</td>
                    <td class="num">{{ s.invited }}</td>
                    <td class="num">{{ s.responses ?? ('evaluation.results.belowMinimum' | t) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </koko-table-scroll>
        }
      </koko-load-state>
    </div>
  `,
  styles: `
    table { width: 100%; border-collapse: collapse; }
    th, td { text-align: left; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    .num { text-align: right; white-space: nowrap; }
  `,
})
export class SurveysResultsPage {
  private readonly service = inject(EvaluationService);
  protected readonly i18n = inject(I18nService);
  protected readonly list = createLoader({ load: () => this.service.surveys() });

  protected waveKey(wave: string): TranslationKey {
    return `evaluation.wave.${wave}` as TranslationKey;
  }

  protected date(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'medium', timeZone: 'Europe/Berlin' });
  }
}
