import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ApplicationsService, type OpenCohortView } from '@koko/web/enrolment/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { catchError, map, of, startWith, Subject, switchMap } from 'rxjs';
import { CohortSchedule } from './cohort-schedule';
import { CohortFacts } from './cohort-facts';

type PageState = { kind: 'loading' } | { kind: 'loaded'; cohorts: OpenCohortView[] } | { kind: 'error'; message: string };

/** `/bewerben` – public list of the cohorts taking applications, each with its schedule. */
@Component({
  selector: 'koko-open-cohorts-page',
  imports: [RouterLink, MatAnchor, PageHeader, LoadingState, EmptyState, ErrorState, TranslatePipe, CohortSchedule, CohortFacts],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './open-cohorts-page.html',
  styleUrl: './open-cohorts-page.scss',
})
export class OpenCohortsPage {
  private readonly applications = inject(ApplicationsService);
  private readonly errors = inject(ApiErrorService);
  private readonly reload$ = new Subject<void>();

  protected readonly state = signal<PageState>({ kind: 'loading' });

  constructor() {
    this.reload$
      .pipe(
        startWith(undefined),
        switchMap(() =>
          this.applications.openCohorts().pipe(
            map((cohorts): PageState => ({ kind: 'loaded', cohorts })),
            catchError((error: unknown) => of<PageState>({ kind: 'error', message: this.errors.describe(error).message })),
            startWith<PageState>({ kind: 'loading' }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected reload(): void {
    this.reload$.next();
  }
}
