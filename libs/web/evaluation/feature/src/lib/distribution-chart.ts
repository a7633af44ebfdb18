import { afterRenderEffect, ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, inject, input, viewChild } from '@angular/core';
import type { ItemResult } from '@koko/web/evaluation/data-access';
import { I18nService } from '@koko/web/shared/util';
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** The steps of a scale from its low end (warm) to its high end (cool), each with white text at ≥ 4.5:1. */
export const CHART_COLOURS = ['#8c2d04', '#b35806', '#5e5e5e', '#2166ac', '#053061', '#1b7837', '#40004b'];

/**
 * One item's distribution drawn with Chart.js: a scale or single choice as one bar stacked to 100 %
 * (low end left, as in the table below it), a multiple choice as one bar per option. Decorative for
 * assistive technology: the same figures stand in the item's table, which is also the legend.
 */
@Component({
  selector: 'koko-distribution-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="frame" [class.tall]="result().kind === 'MULTIPLE'" aria-hidden="true"><canvas #canvas></canvas></div>`,
  styles: `
    .frame { position: relative; height: 2.5rem; max-width: 40rem; margin: 0 0 0.5rem; }
    .frame.tall { height: calc(1.6rem * var(--bars, 4) + 1rem); }
  `,
})
export class DistributionChart {
  readonly result = input.required<ItemResult>();
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly i18n = inject(I18nService);
  private chart: Chart | null = null;

  constructor() {
    afterRenderEffect(() => this.draw(this.result(), this.i18n.locale() === 'en'));
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  private draw(r: ItemResult, en: boolean): void {
    this.chart?.destroy();
    this.chart = null;
    const canvas = this.canvas().nativeElement;
    // Without a 2D context (a test DOM) there is nothing to draw; the table carries the figures.
    if (!canvas.getContext('2d')) return;
    const label = (d: ItemResult['distribution'][number]) => (en ? d.labelEn : d.label);
    const multiple = r.kind === 'MULTIPLE';
    canvas.parentElement?.style.setProperty('--bars', String(r.distribution.length));
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: multiple
        ? { labels: r.distribution.map(label), datasets: [{ data: r.distribution.map((d) => d.count), backgroundColor: r.distribution.map((_, i) => CHART_COLOURS[i % 7]) }] }
        : { labels: [''], datasets: r.distribution.map((d, i) => ({ label: label(d), data: [d.count], backgroundColor: CHART_COLOURS[i % 7] })) },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        events: [],
        scales: {
          x: { stacked: !multiple, display: multiple, beginAtZero: true, max: multiple ? undefined : r.distribution.reduce((s, d) => s + d.count, 0) || 1, ticks: { precision: 0 } },
          y: { stacked: !multiple, display: multiple },
        },
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
      },
    });
  }
}
