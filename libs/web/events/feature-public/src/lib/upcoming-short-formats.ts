import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ShortFormatsService } from '@koko/web/events/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { ShortFormatCardView } from './short-format-card';

/** How many events the start page shows before pointing to the calendar. */
export const UPCOMING_ON_START_PAGE = 3;

/**
 * The next published short formats, for the public start page's named outlet `short-formats`
 * (the start page itself knows nothing of events).
 */
@Component({
  selector: 'koko-upcoming-short-formats',
  imports: [RouterLink, LoadStateView, TranslatePipe, ShortFormatCardView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <koko-load-state [loader]="upcoming" [emptyMessage]="'events.upcoming.empty' | t" [loadingLabel]="'events.calendar.loading' | t">
      @if (upcoming.data(); as page) {
        <ul class="events" data-testid="upcoming-short-formats">
          @for (event of page.items; track event.id) {
            <li><koko-short-format-card [event]="event" [headingLevel]="3" /></li>
          }
        </ul>
      }
    </koko-load-state>
    <p class="all"><a routerLink="/veranstaltungen" data-testid="upcoming-all">{{ 'events.upcoming.all' | t }}</a></p>
  `,
  styles: `
    :host { display: block; }
    .events { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
    .all { margin-top: 1rem; }
  `,
})
export class UpcomingShortFormatsSection {
  private readonly service = inject(ShortFormatsService);
  protected readonly upcoming = createLoader({
    load: () => this.service.calendar({ topicId: null, format: null, month: null }, UPCOMING_ON_START_PAGE),
  });
}
