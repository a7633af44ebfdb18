import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  type AttemptState,
  type GradingFilterOptions,
  type GradingQueueItem,
  type GradingQueueResult,
  GradingQueueService,
  type OverdueAssignment,
} from '@koko/web/assessment/data-access-grading';
import { calendarDay } from '@koko/web/catalogue/data-access';
import { SessionStore } from '@koko/web/identity/data-access';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState, PageHeader, TableScroll } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { stateKey } from '../shared/labels';
import { countOf, QUEUE_STATES, slugOfState, stateFromSlug } from './queue-params';
import { SubmissionMailPreference } from './submission-mail-preference';

type ListState =
  | { kind: 'loading'; page: GradingQueueResult | null }
  | { kind: 'loaded'; page: GradingQueueResult }
  | { kind: 'error'; message: string; page: GradingQueueResult | null };

/**
 * `/trainer/bewertung` – submissions of the trainer's cohorts (admins: all), oldest first, with
 * counts per state. Filters live in the URL so that going back from a submission keeps them.
 */
@Component({
  selector: 'koko-grading-queue-page',
  imports: [
    RouterLink,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatPaginator,
    PageHeader,
    LoadingState,
    EmptyState,
    ErrorState,
    TableScroll,
    TranslatePipe,
    SubmissionMailPreference,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './grading-queue-page.html',
  styleUrl: './grading-queue-page.scss',
})
export class GradingQueuePage {
  private readonly queue = inject(GradingQueueService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);

  /** Query parameters `?durchgang=<cohortId>&modul=<moduleId>&status=<slug>&verspaetet=1`. */
  readonly durchgang = input<string | undefined>();
  readonly modul = input<string | undefined>();
  readonly status = input<string | undefined>();
  readonly verspaetet = input<string | undefined>();

  protected readonly states = QUEUE_STATES;
  protected readonly stateKey = stateKey;
  protected readonly currentState = computed(() => stateFromSlug(this.status()));
  protected readonly lateOnly = computed(() => this.verspaetet() === '1');
  protected readonly hasFilter = computed(() => !!this.durchgang() || !!this.modul() || this.lateOnly() || this.currentState() !== 'SUBMITTED');

  protected readonly options = toSignal(
    this.queue.filterOptions().pipe(catchError(() => of<GradingFilterOptions>({ modules: [], cohorts: [] }))),
    { initialValue: { modules: [], cohorts: [] } as GradingFilterOptions },
  );

  /** Work that is due and not handed in: flagged above the submissions, for the same cohort and module. */
  protected readonly overdueLoader = createLoader({ params: () => this.durchgang() ?? null, load: (cohortId) => this.queue.overdue(cohortId) });
  protected readonly overdue = computed<OverdueAssignment[]>(() => (this.overdueLoader.data() ?? []).filter((o) => !this.modul() || o.moduleId === this.modul()));

  protected overdueSince(item: OverdueAssignment): string {
    return this.i18n.formatDate(item.dueAt, { dateStyle: 'medium', timeStyle: 'short' });
  }

  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly reloadCounter = signal(0);
  protected readonly state = signal<ListState>({ kind: 'loading', page: null });
  protected readonly page = computed(() => this.state().page);
  protected readonly items = computed<GradingQueueItem[]>(() => this.page()?.items ?? []);
  protected readonly errorMessage = computed(() => {
    const s = this.state();
    return s.kind === 'error' ? s.message : null;
  });

  private readonly query = computed(() => ({
    filter: {
      cohortId: this.durchgang() || null,
      moduleId: this.modul() || null,
      state: this.currentState(),
      lateOnly: this.lateOnly(),
      offset: this.pageIndex() * this.pageSize(),
      limit: this.pageSize(),
    },
    reload: this.reloadCounter(),
  }));

  constructor() {
    toObservable(this.query)
      .pipe(
        switchMap(({ filter }) =>
          this.queue.list(filter).pipe(
            map((page): ListState => ({ kind: 'loaded', page })),
            catchError((error: unknown) => of<ListState>({ kind: 'error', message: this.errors.describe(error).message, page: this.page() })),
            startWith<ListState>({ kind: 'loading', page: this.page() }),
          ),
        ),
        takeUntilDestroyed(),
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

  protected filter(params: { durchgang?: string | null; modul?: string | null; status?: string | null; verspaetet?: string | null }): void {
    this.pageIndex.set(0);
    void this.router.navigate([], { queryParams: params, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected filterState(state: AttemptState | null): void {
    // The default (submitted) needs no parameter, so the plain URL shows what waits for grading.
    this.filter({ status: state === 'SUBMITTED' ? null : slugOfState(state) });
  }

  protected resetFilters(): void {
    this.pageIndex.set(0);
    void this.router.navigate([], { queryParams: {}, replaceUrl: true });
  }

  protected count(state: AttemptState | null): number {
    return countOf(this.page()?.counts, state);
  }

  protected stateLabel(state: AttemptState | null): string {
    return state ? this.i18n.t(stateKey(state)) : this.i18n.t('grading.queue.stateAll');
  }

  protected cohortLabel(option: { name: string; startsOn: string }): string {
    return `${option.name} (${this.i18n.formatDate(calendarDay(option.startsOn), { dateStyle: 'medium' })})`;
  }

  protected submittedAt(item: GradingQueueItem): string {
    return this.i18n.formatDate(item.submittedAt, { dateStyle: 'medium', timeStyle: 'short' });
  }

  protected openLabel(item: GradingQueueItem): string {
    return this.i18n.t('grading.queue.openLabel', {
      action: this.i18n.t(item.state === 'SUBMITTED' ? 'grading.queue.grade' : 'grading.queue.view'),
      name: item.participant.displayName,
      position: item.module.position,
      number: item.attemptNo,
    });
  }
}
