import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { type CohortPage, type CohortSummary, CohortsAdminService } from '@koko/web/catalogue/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState, Notifier, PageHeader, TableScroll } from '@koko/web/shared/ui';
import { I18nService, LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { debounceTime, distinctUntilChanged, map, switchMap } from 'rxjs';
import { errorOf, type LoadState, withLoadState } from '@koko/web/shared/util';
import { CalendarDayPipe, LocalNumberPipe } from '../shared/programme-time.pipes';
import { SeatsBar } from '../shared/seats-bar';
import { CohortDialog, type CohortDialogData } from './cohort-dialog';

/** `/verwaltung/durchgaenge` – every cohort with its dates, seats and applications; new cohorts start here. */
@Component({
  selector: 'koko-cohorts-page',
  imports: [
    TableScroll,
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatPaginator,
    MatFormField,
    MatLabel,
    MatInput,
    MatButton,
    PageHeader,
    LoadingState,
    EmptyState,
    ErrorState,
    SeatsBar,
    TranslatePipe,
    LocalizedDatePipe,
    CalendarDayPipe,
    LocalNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohorts-page.html',
  styleUrl: './cohorts-page.scss',
})
export class CohortsPage {
  private readonly cohorts = inject(CohortsAdminService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  protected readonly columns = ['name', 'dates', 'applicationPeriod', 'seats', 'applications', 'waitlist'];
  protected readonly pageSizeOptions = [10, 20, 50];

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = signal('');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly reloadCounter = signal(0);
  protected readonly state = signal<LoadState<CohortPage>>({ kind: 'loading', data: null });

  protected readonly page = computed(() => this.state().data);
  protected readonly items = computed<CohortSummary[]>(() => this.page()?.items ?? []);
  protected readonly total = computed(() => this.page()?.total ?? 0);
  protected readonly error = computed(() => errorOf(this.state()));
  protected readonly searching = computed(() => this.search() !== '');

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
        switchMap(({ variables }) => withLoadState(this.cohorts.list(variables), this.page(), (e) => this.errors.describe(e))),
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

  /** After creating, the admin continues on the new cohort's page, where its sessions are planned. */
  protected openCreate(): void {
    this.dialog
      .open<CohortDialog, CohortDialogData, CohortSummary>(CohortDialog, { data: {}, autoFocus: 'first-tabbable', maxWidth: '44rem', width: '100%' })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        this.notifier.success(this.i18n.t('catalogue.cohorts.created', { name: created.name }));
        void this.router.navigate(['/verwaltung/durchgaenge', created.id]);
      });
  }
}
