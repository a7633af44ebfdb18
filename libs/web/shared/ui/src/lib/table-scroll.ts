import { afterNextRender, booleanAttribute, ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { TranslatePipe } from '@koko/web/shared/util';

let nextId = 0;

/**
 * A wide table on a narrow screen: it scrolls sideways inside this box, and says so. Only while the
 * content is wider than the box does the hint show and the box become a focusable, labelled region
 * (so a keyboard can scroll it with the arrow keys).
 *
 * `<koko-table-scroll [label]="'x.caption' | t"><table …></table></koko-table-scroll>`
 * `framed` draws the rounded border around the scrolling box (below the hint, not around it).
 * `cards` says the table turns into cards on a narrow screen (its own styles): the frame is left off there.
 */
@Component({
  selector: 'koko-table-scroll',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.cards]': 'cards()' },
  template: `
    @if (overflowing()) {
      <p class="hint" [id]="hintId" data-testid="table-scroll-hint">
        <span aria-hidden="true">↔</span> {{ 'common.tableScrollHint' | t }}
      </p>
    }
    <div
      #box
      class="box"
      [attr.tabindex]="overflowing() ? 0 : null"
      [attr.role]="overflowing() ? 'region' : null"
      [attr.aria-label]="overflowing() ? label() : null"
      [attr.aria-describedby]="overflowing() ? hintId : null"
      [class.overflowing]="overflowing()"
      [class.framed]="framed()"
    >
      <ng-content />
    </div>
  `,
  styles: `
    :host { display: block; max-width: 100%; }
    /* Positioned, so a visually hidden caption (position: absolute) is clipped with the table instead of widening the page. */
    /* The rounded corners of a bordered host (or the frame) clip the table too: its square corners would cut into the curve. */
    .box { position: relative; overflow-x: auto; max-width: 100%; border-radius: inherit; }
    .box.framed { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .box:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    /* A shadow at the right edge shows there is more. */
    .box.overflowing {
      background:
        linear-gradient(to right, var(--mat-sys-surface), var(--mat-sys-surface)) local,
        linear-gradient(to left, rgb(0 0 0 / 0.18), transparent 1.25rem) right / 1.25rem 100% no-repeat scroll;
    }
    @media (max-width: 47.99rem) { :host(.cards) .box.framed { border: 0; border-radius: 0; } }
    .hint { margin: 0 0 0.5rem; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class TableScroll {
  /** Names the scrolling region for screen readers (e.g. the table's caption). */
  readonly label = input<string>('');
  /** A rounded border around the table (the hint stays above it). */
  readonly framed = input(false, { transform: booleanAttribute });
  /** The table becomes cards on a narrow screen (below 48rem): no frame around them there. */
  readonly cards = input(false, { transform: booleanAttribute });

  protected readonly hintId = `koko-table-scroll-hint-${nextId++}`;
  protected readonly overflowing = signal(false);
  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const box = this.box().nativeElement;
      const measure = () => this.overflowing.set(box.scrollWidth > box.clientWidth + 1);
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(measure);
      observer.observe(box);
      const content = box.firstElementChild;
      if (content) observer.observe(content);
      // Rows arrive after the first render; watch the content's size too.
      const mutations = typeof MutationObserver === 'undefined' ? null : new MutationObserver(measure);
      mutations?.observe(box, { childList: true, subtree: true });
      destroyRef.onDestroy(() => {
        observer.disconnect();
        mutations?.disconnect();
      });
    });
  }
}
