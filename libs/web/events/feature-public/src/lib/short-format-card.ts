import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatKey, topicTitle, type ShortFormatCard } from '@koko/web/events/data-access';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { AvailabilityChip } from './availability-chip';

/** One event in the calendar (also used by the start page's slot). */
@Component({
  selector: 'koko-short-format-card',
  imports: [RouterLink, TranslatePipe, AvailabilityChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = event();
    <article class="card" [attr.aria-labelledby]="'sf-' + e.id" [attr.data-testid]="'short-format-' + e.id">
      <p class="when">{{ when() }}</p>
      @if (headingLevel() === 3) {
        <h3 [id]="'sf-' + e.id"><a [routerLink]="['/veranstaltungen', e.id]">{{ e.title }}</a></h3>
      } @else {
        <h2 [id]="'sf-' + e.id"><a [routerLink]="['/veranstaltungen', e.id]">{{ e.title }}</a></h2>
      }
      <p class="meta">
        <span>{{ topic() }}</span> · <span>{{ formatKey(e.format) | t }}</span>
        @if (e.address) {
          · <span>{{ e.address }}</span>
        }
      </p>
      @if (showAvailability()) {
        <koko-availability-chip [availability]="e.availability" />
      }
    </article>
  `,
  styles: `
    .card { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: 1rem 1.25rem; background: var(--mat-sys-surface); }
    h2, h3 { margin: 0.25rem 0; font: var(--mat-sys-title-large); }
    h2 a, h3 a { color: inherit; }
    .when { margin: 0; font-weight: 600; color: var(--mat-sys-primary); }
    .meta { margin: 0.25rem 0 0.75rem; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class ShortFormatCardView {
  private readonly i18n = inject(I18nService);
  readonly event = input.required<ShortFormatCard>();
  /** 3 where the card sits under a section heading (the start page). */
  readonly headingLevel = input<2 | 3>(2);
  /** Off once the event has started: "places free" then means nothing. */
  readonly showAvailability = input(true);
  protected readonly formatKey = formatKey;

  protected when(): string {
    const e = this.event();
    const day = this.i18n.formatDate(e.startsAt, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' });
    const from = this.i18n.formatDate(e.startsAt, { timeStyle: 'short', timeZone: 'Europe/Berlin' }, { zoneLabel: false });
    const to = this.i18n.formatDate(e.endsAt, { timeStyle: 'short', timeZone: 'Europe/Berlin' });
    // One "(Berliner Zeit)" at the end of the span (only on a device in another zone).
    return `${day}, ${from}–${to}`;
  }

  protected topic(): string {
    return topicTitle(this.event().topic, this.i18n.locale());
  }
}
