import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { DOCUMENT } from '@angular/common';
import { MatButton } from '@angular/material/button';
import { EvaluationService, type ResultGrouping } from '@koko/web/evaluation/data-access';
import { SessionStore } from '@koko/web/identity/data-access';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { FormError, LoadStateView, PageHeader } from '@koko/web/shared/ui';
import { downloadExportFile, I18nService, TranslatePipe } from '@koko/web/shared/util';
import { ItemResultView } from './item-result-view';

/**
 * `/auswertung/:id` – one survey's aggregated results, in total or by municipality. Every figure
 * comes suppressed from the server below the minimum group size; the page only shows why.
 */
@Component({
  selector: 'koko-survey-results-page',
  imports: [MatButtonToggleGroup, MatButtonToggle, MatButton, PageHeader, LoadStateView, FormError, TranslatePipe, ItemResultView],
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
            @if (researcher) {
              <section class="exports" aria-labelledby="exports-heading" data-testid="results-exports">
                <h2 id="exports-heading">{{ 'evaluation.export.heading' | t }}</h2>
                <p>{{ 'evaluation.export.intro' | t }}</p>
                <koko-form-error [message]="exportError()" />
                <button mat-stroked-button type="button" [disabled]="exporting()" (click)="download(r.surveyId)" data-testid="results-export-raw">
                  {{ 'evaluation.export.raw' | t }}
                </button>
              </section>
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
  private readonly errors = inject(ApiErrorService);
  private readonly document = inject(DOCUMENT);
  /** Raw data is for the Evaluation role only (the server refuses everyone else too). */
  protected readonly researcher = inject(SessionStore).hasRole('EVALUATION');
  protected readonly exporting = signal(false);
  protected readonly exportError = signal<string | null>(null);

  /** CSV, SPSS syntax, R script and codebook, each as its own file (the download is audit-logged). */
  protected async download(surveyId: string): Promise<void> {
    this.exportError.set(null);
    this.exporting.set(true);
    try {
      for (const file of await this.service.rawExport(surveyId)) downloadExportFile(this.document, file);
    } catch (error) {
      this.exportError.set(this.errors.describe(error).message);
    } finally {
      this.exporting.set(false);
    }
  }
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
