import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ItemResult } from '@koko/web/evaluation/data-access';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { CHART_COLOURS, DistributionChart } from './distribution-chart';

/**
 * One item's figures: a Chart.js chart of the distribution (decorative) with the same figures as an
 * accessible table, mean and median, free texts. Suppressed items show only why.
 */
@Component({
  selector: 'koko-item-result',
  imports: [TranslatePipe, DistributionChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = result();
    <h3 class="question">{{ en() ? r.textEn : r.text }} <span class="code">({{ r.code }})</span></h3>
    @if (r.suppressed) {
      <p class="suppressed" data-testid="item-suppressed">{{ 'evaluation.results.itemSuppressed' | t }}</p>
    } @else {
      <p class="figures">
        {{ 'evaluation.results.answered' | t: { n: r.answered ?? 0 } }}
        @if (r.noAnswer) {
          · {{ 'evaluation.results.noAnswer' | t: { n: r.noAnswer } }}
        }
        @if (r.mean != null) {
          · {{ 'evaluation.results.mean' | t: { mean: number(r.mean) } }} · {{ 'evaluation.results.median' | t: { median: number(r.median) } }}
        }
      </p>
      @if (r.distribution.length) {
        <koko-distribution-chart [result]="r" />
        <table class="dist">
          <caption class="koko-visually-hidden">{{ en() ? r.textEn : r.text }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'evaluation.results.colOption' | t }}</th>
              <th scope="col" class="num">{{ 'evaluation.results.colCount' | t }}</th>
              <th scope="col" class="num">{{ 'evaluation.results.colShare' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (d of r.distribution; track d.value; let i = $index) {
              <tr>
                <th scope="row"><span class="swatch" [style.background]="colours[i % 7]" aria-hidden="true"></span>{{ label(d.value, d.label, d.labelEn) }}</th>
                <td class="num">{{ d.count }}</td>
                <td class="num">{{ share(d.count) }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
      @if (r.texts.length) {
        <h4>{{ 'evaluation.results.texts' | t }}</h4>
        <ul class="texts">
          @for (text of r.texts; track $index) {
            <li>{{ text }}</li>
          }
        </ul>
      }
    }
  `,
  styles: `
    :host { display: block; padding: 1rem 0; border-top: 1px solid var(--mat-sys-outline-variant); }
    .question { margin: 0 0 0.25rem; font: var(--mat-sys-title-small); overflow-wrap: anywhere; }
    .code { color: var(--mat-sys-on-surface-variant); font-weight: normal; }
    .figures, .suppressed { margin: 0 0 0.5rem; }
    .suppressed { color: var(--mat-sys-on-surface-variant); font-style: italic; }
    .swatch { display: inline-block; width: 0.75rem; height: 0.75rem; border-radius: 2px; margin-right: 0.5rem; vertical-align: baseline; }
    .dist { border-collapse: collapse; min-width: min(100%, 24rem); }
    .dist th, .dist td { text-align: left; padding: 0.25rem 0.75rem 0.25rem 0; font-weight: normal; }
    .dist thead th { font-weight: 600; }
    .num { text-align: right !important; }
    .texts { margin: 0; padding-left: 1.25rem; max-width: 70ch; }
    h4 { margin: 0.75rem 0 0.25rem; font: var(--mat-sys-title-small); }
  `,
})
export class ItemResultView {
  readonly result = input.required<ItemResult>();
  private readonly i18n = inject(I18nService);
  protected readonly en = computed(() => this.i18n.locale() === 'en');
  protected readonly colours = CHART_COLOURS;

  protected number(value: number | null | undefined): string {
    return this.i18n.formatNumber(value, { maximumFractionDigits: 2 });
  }

  protected label(value: number, label: string, labelEn: string): string {
    const text = this.en() ? labelEn : label;
    return text === String(value) ? text : `${value} – ${text}`;
  }

  protected share(count: number): string {
    const total = this.result().distribution.reduce((s, d) => s + d.count, 0);
    return total ? this.i18n.formatNumber(count / total, { style: 'percent', maximumFractionDigits: 0 }) : '';
  }
}
