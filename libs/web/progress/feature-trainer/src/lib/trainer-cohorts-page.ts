import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@koko/web/identity/data-access';
import { formatDay, type TrainerCohort, type TrainerCohortPage, TrainerCohortsService } from '@koko/web/progress/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';

type ListState =
  | { kind: 'loading'; page: TrainerCohortPage | null }
  | { kind: 'loaded'; page: TrainerCohortPage }
  | { kind: 'error'; message: string; page: TrainerCohortPage | null };

/** `/trainer/durchgaenge` – the cohorts a trainer runs (admins: all), with links to attendance and progress. */
@Component({
  selector: 'koko-trainer-cohorts-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatFormField,
    MatLabel,
    MatInput,
    MatPaginator,
    PageHeader,
    LoadingState,
    EmptyState,
    ErrorState,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trainer-cohorts-page.html',
  styleUrl: './trainer-cohorts-page.scss',
})
export class TrainerCohortsPage {
  private readonly cohorts = inject(TrainerCohortsService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  protected readonly session = inject(SessionStore);

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = signal('');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly reloadCounter = signal(0);
  protected readonly state = signal<ListState>({ kind: 'loading', page: null });
  protected readonly page = computed(() => this.state().page);
  protected readonly items = computed<TrainerCohort[]>(() => this.page()?.items ?? []);

  /** Trainers see their own cohorts; admins without the trainer role see every cohort. */
  protected readonly headingKey = computed(() =>
    this.session.isTrainer() ? 'progress.cohorts.headingTrainer' : 'progress.cohorts.headingAdmin',
  );

  private readonly query = computed(() => ({
    variables: { offset: this.pageIndex() * this.pageSize(), limit: this.pageSize(), search: this.search() || undefined },
    reload: this.reloadCounter(),
  }));

  constructor() {
    this.searchControl.valueChanges
      .pipe(debounceTime(300), map((v) => v.trim()), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((value) => {
        this.search.set(value);
        this.pageIndex.set(0);
      });
    toObservable(this.query)
      .pipe(
        switchMap(({ variables }) =>
          this.cohorts.list(variables).pipe(
            map((page): ListState => ({ kind: 'loaded', page })),
            catchError((error: unknown) => of<ListState>({ kind: 'error', message: this.errors.describe(error).message, page: this.page() })),
            startWith<ListState>({ kind: 'loading', page: this.page() }),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected reload(): void {
    this.reloadCounter.update((n) => n + 1);
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected dates(cohort: TrainerCohort): string {
    return this.i18n.t('progress.cohorts.dates', { start: formatDay(cohort.startsOn, this.i18n), end: formatDay(cohort.endsOn, this.i18n) });
  }

  protected trainerNames(cohort: TrainerCohort): string {
    return cohort.trainers.map((t) => t.displayName).join(', ');
  }
}
