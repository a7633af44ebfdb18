import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink, RouterOutlet } from '@angular/router';
import { cohortCalendarPath, formatDay, type MyEnrolmentProgress, MyProgressService, requirementsMet } from '@koko/web/progress/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { CalendarSubscription } from './calendar-subscription';
import { ModuleProgressCard } from './module-progress-card';

type PageState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; enrolments: MyEnrolmentProgress[] };

/** `/mein-weg` – the participant's way through the five modules of each cohort they were admitted to. */
@Component({
  selector: 'koko-my-way-page',
  imports: [
    RouterLink,
    RouterOutlet,
    MatAnchor,
    MatProgressBar,
    PageHeader,
    LoadingState,
    EmptyState,
    ErrorState,
    TranslatePipe,
    ModuleProgressCard,
    CalendarSubscription,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-way-page.html',
  styleUrl: './my-way-page.scss',
})
export class MyWayPage {
  private readonly progress = inject(MyProgressService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly calendarPath = cohortCalendarPath;

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.progress
      .myProgress()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (enrolments) => this.state.set({ kind: 'loaded', enrolments }),
        error: (error: unknown) => this.state.set({ kind: 'error', message: this.errors.describe(error).message }),
      });
  }

  protected requirements(enrolment: MyEnrolmentProgress): { met: number; total: number } {
    return requirementsMet(enrolment.modules);
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n, { dateStyle: 'long' });
  }

  /** The day of an instant (a certificate's issue or revocation), on the programme's clock. */
  protected instantDay(value: string | null | undefined): string {
    return this.i18n.formatDate(value, { dateStyle: 'long' });
  }

  protected sortedModules(enrolment: MyEnrolmentProgress): MyEnrolmentProgress['modules'] {
    return [...enrolment.modules].sort((a, b) => a.position - b.position);
  }
}
