import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GradingQueueService } from '@koko/web/assessment/data-access-grading';
import { formatSessionTime, TrainerCohortsService, type UpcomingSession } from '@koko/web/progress/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView } from '@koko/web/shared/ui';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { firstValueFrom } from 'rxjs';

interface TrainerWork {
  submissions: number;
  sessions: UpcomingSession[];
}

/** The trainer's start: submissions waiting for grading and the next sessions of their cohorts. */
@Component({
  selector: 'koko-trainer-worklist',
  imports: [RouterLink, LoadStateView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="worklist" aria-labelledby="trainer-work-heading" data-testid="trainer-worklist">
      <h2 id="trainer-work-heading">{{ 'home.work.trainerHeading' | t }}</h2>
      <koko-load-state [loader]="loader">
        @if (loader.data(); as work) {
          <ul class="work-items">
            <li>
              <a routerLink="/trainer/bewertung" data-testid="work-trainer-submissions">
                <span class="count">{{ work.submissions }}</span>
                <span>{{ countKey('home.work.submissions', work.submissions) | t }}</span>
              </a>
            </li>
          </ul>
          <h3>{{ 'home.work.nextSessions' | t }}</h3>
          @if (work.sessions.length) {
            <ul class="sessions" data-testid="work-next-sessions">
              @for (s of work.sessions; track s.id) {
                <li>
                  <a [routerLink]="['/trainer/durchgaenge', s.cohortId, 'anwesenheit']">{{ when(s) }}</a>
                  <span class="what">{{ what(s) }}</span>
                  @if (s.location) {
                    <span class="where">{{ s.location }}</span>
                  } @else if (s.online) {
                    <span class="where">{{ 'home.work.online' | t }}</span>
                  }
                </li>
              }
            </ul>
          } @else {
            <p data-testid="work-next-sessions-none">{{ 'home.work.noSessions' | t }}</p>
          }
        }
      </koko-load-state>
    </section>
  `,
  styleUrl: './worklist.scss',
})
export class TrainerWorklist {
  private readonly grading = inject(GradingQueueService);
  private readonly cohorts = inject(TrainerCohortsService);
  private readonly i18n = inject(I18nService);

  /** "1 Bewerbung …" / "3 Bewerbungen …": the key with `.one` for a single one. */
  protected countKey(key: string, count: number): TranslationKey {
    return (count === 1 ? `${key}.one` : `${key}.other`) as TranslationKey;
  }

  protected readonly loader = createLoader<TrainerWork>({ load: () => this.load(), isEmpty: () => false });

  protected what(session: UpcomingSession): string {
    return session.title ? `${session.title} · ${session.cohortName}` : session.cohortName;
  }

  protected when(session: UpcomingSession): string {
    return formatSessionTime(session.startsAt, session.endsAt, this.i18n);
  }

  private async load(): Promise<TrainerWork> {
    const [queue, sessions] = await Promise.all([
      firstValueFrom(this.grading.list({ cohortId: null, moduleId: null, state: 'SUBMITTED', lateOnly: false, offset: 0, limit: 1 })),
      firstValueFrom(this.cohorts.upcomingSessions()),
    ]);
    return { submissions: queue.counts.submitted, sessions };
  }
}
