import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@koko/web/shared/util';
import { LocalNumberPipe } from './programme-time.pipes';

/** "12 / 20" with a fill bar; screen readers hear the sentence, the bar is decoration. */
@Component({
  selector: 'koko-seats-bar',
  imports: [TranslatePipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="bar" aria-hidden="true"><span class="fill" [class.full]="full()" [style.width.%]="percent()"></span></span>
    <span class="count" aria-hidden="true">{{ taken() | localNumber }} / {{ capacity() | localNumber }}</span>
    <span class="koko-visually-hidden">{{ 'catalogue.cohorts.seatsText' | t: { taken: taken(), capacity: capacity() } }}</span>
  `,
  styles: `
    :host { display: inline-flex; align-items: center; gap: 0.5rem; white-space: nowrap; }
    .bar {
      display: inline-block; width: 5rem; height: 0.5rem; border-radius: 999px; overflow: hidden;
      background: var(--mat-sys-surface-container-highest); outline: 1px solid var(--mat-sys-outline-variant);
    }
    .fill { display: block; height: 100%; background: var(--mat-sys-primary); }
    .fill.full { background: var(--mat-sys-tertiary); }
    .count { font-variant-numeric: tabular-nums; }
  `,
})
export class SeatsBar {
  readonly taken = input.required<number>();
  readonly capacity = input.required<number>();
  protected readonly percent = computed(() => (this.capacity() > 0 ? Math.min(100, (this.taken() / this.capacity()) * 100) : 0));
  protected readonly full = computed(() => this.capacity() > 0 && this.taken() >= this.capacity());
}
