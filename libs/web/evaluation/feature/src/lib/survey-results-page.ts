import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { EvaluationService, type ResultGrouping } from '@koko/web/evaluation/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { ItemResultView } from './item-result-view';

/**
 * `/auswertung/:id` – one survey's aggregated results, in total or by municipality. Every figure
 * comes suppressed from the server below the minimum group size; the page only shows why.
 */
@Component({
  selector: 'koko-survey-results-page',
  imports: [MatButtonToggleGroup, MatButtonToggle, PageHeader, LoadStateView, TranslatePipe, ItemResultView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-load-state [loader]="results" [loadingLabel]="'evaluation.results.loadingOne' | t">
        @if (results.data(); as r) {
          <koko-page-header [heading]="en() ? r.titleEn : r.title" headingTestId="survey-results-heading" />
          @if (r.suppressed) {
            <p class="koko-notice" data-testid="results-suppressed">{{ 'evaluation.results.suppressed' | t: { min: r.minGroup, invited: r.invited } }}</p>
          } @else {
            <p data-testid="results-summary">{{ 'evaluation.results.summary' | t: { responses: r.responses ?? 0, invited: r.invited, rate: rate(r.responseRate) } }}</p>
            <mat-button-toggle-group [value]="grouping()" (change)="grouping.set($event.value)" [attr.aria-label]="'evaluation.results.grouping' | t" data-testid="results-grouping">
              <mat-button-toggle value="NONE">{{ 'evaluation.results.grouping.NONE' | t }}</mat-button-toggle>
              <mat-button-toggle value="MUNICIPALITY">{{ 'evaluation.results.grouping.MUNICIPALITY' | t }}</mat-button-toggle>
            </mat-button-toggle-group>
            @if (grouping() === 'NONE') {
              <section class="block" data-testid="results-total">
                @for (item of r.items; track item.itemId) {
                  <koko-item-result [result]="item" />
                }
              </section>
            } @else {
              @for (g of r.groups; track g.key) {
                <section class="block" data-testid="results-group" [attr.aria-labelledby]="'group-' + g.key">
                  <h2 [id]="'group-' + g.key">
                    {{ g.label }} –
                    {{ g.suppressed ? ('evaluation.results.groupHidden' | t) : ('evaluation.results.groupResponses' | t: { n: g.responses ?? 0 }) }}
                  </h2>
                  @if (g.suppressed) {
                    <p class="hidden-note">{{ 'evaluation.results.itemSuppressed' | t }}</p>
                  } @else {
                    @for (item of g.items; track item.itemId) {
                      <koko-item-result [result]="item" />
                    }
                  }
                </section>
              }
            }
          }
        }
      </koko-load-state>
    </div>
  `,
  styles: `
    .block { margin: 1.5rem 0; }
    .block h2 { font: var(--mat-sys-title-large); margin: 0 0 0.5rem; }
    .hidden-note { color: var(--mat-sys-on-surface-variant); font-style: italic; }
  `,
})
export class SurveyResultsPage {
  readonly id = input.required<string>();
  private readonly service = inject(EvaluationService);
  private readonly i18n = inject(I18nService);
  protected readonly en = computed(() => this.i18n.locale() === 'en');
  protected readonly grouping = signal<ResultGrouping>('NONE');
  protected readonly results = createLoader({
    params: () => ({ id: this.id(), grouping: this.grouping() }),
    load: ({ id, grouping }) => this.service.results(id, grouping),
  });

  protected rate(value: number | null | undefined): string {
    return this.i18n.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  }
}
