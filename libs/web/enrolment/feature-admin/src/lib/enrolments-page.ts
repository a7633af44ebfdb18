import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, type OnInit, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import {
  type AdminEnrolment,
  AdminEnrolmentsService,
  type CohortOption,
  decisionKey,
  type DecisionResult,
  type DecisionSummary,
  ENROLMENT_DECISIONS,
  ENROLMENT_STATES,
  type EnrolmentDecision,
  type EnrolmentFilter,
  type EnrolmentPage,
  type EnrolmentState,
  MunicipalityOptionsService,
  summarizeDecision,
} from '@koko/web/enrolment/data-access';
import {
  EnrolmentStateChip,
  enrolmentStateKey,
  isMunicipalityChoice,
  MunicipalityAutocomplete,
  municipalityKindKey,
  type MunicipalitySearch,
  type MunicipalityValue,
} from '@koko/web/enrolment/ui';
import { ApiErrorService, type ExportFormat } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, FormError, LoadingState, Notifier, PageHeader, provideTranslatedPaginator, TableScroll } from '@koko/web/shared/ui';
import { downloadExportFile, I18nService, LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { DecisionDialog, type DecisionDialogData } from './decision-dialog';

type ListState =
  | { kind: 'loading'; page: EnrolmentPage | null }
  | { kind: 'loaded'; page: EnrolmentPage }
  | { kind: 'error'; message: string; page: EnrolmentPage | null };

type CohortOptionsState = { kind: 'loading' } | { kind: 'loaded'; items: CohortOption[] } | { kind: 'error' };

/** `/verwaltung/anmeldungen` – admins filter enrolments, decide on a selection in bulk and export the list as CSV. */
@Component({
  selector: 'koko-enrolments-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatPaginator,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatCheckbox,
    PageHeader,
    LoadingState,
    EmptyState,
    ErrorState,
    FormError,
    TranslatePipe,
    LocalizedDatePipe,
    EnrolmentStateChip,
    MunicipalityAutocomplete,
    TableScroll,
  ],
  providers: [provideTranslatedPaginator()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './enrolments-page.html',
  styleUrl: './enrolments-page.scss',
})
export class EnrolmentsPage implements OnInit {
  /** `?status=APPLIED&durchgang=<cohortId>`: the start page and the cohort page link to a filtered list. */
  readonly status = input<string>('');
  readonly durchgang = input<string>('');

  private readonly enrolments = inject(AdminEnrolmentsService);
  private readonly municipalities = inject(MunicipalityOptionsService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly states = ENROLMENT_STATES;
  protected readonly decisions = ENROLMENT_DECISIONS;
  protected readonly stateKey = enrolmentStateKey;
  protected readonly decisionKey = decisionKey;
  protected readonly kindKey = municipalityKindKey;
  protected readonly columns = ['select', 'participant', 'municipality', 'cohort', 'jobRole', 'state', 'appliedAt', 'details'];
  protected readonly pageSizeOptions = [10, 20, 50, 100];
  protected readonly searchMunicipalities: MunicipalitySearch = (term) => this.municipalities.search(term);

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly stateControl = new FormControl<EnrolmentState | 'all'>('all', { nonNullable: true });
  protected readonly cohortControl = new FormControl<string>('all', { nonNullable: true });
  protected readonly municipalityControl = new FormControl<MunicipalityValue>(null);

  private readonly filter = signal<EnrolmentFilter>({});
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly reloadCounter = signal(0);
  protected readonly state = signal<ListState>({ kind: 'loading', page: null });
  protected readonly cohortOptions = signal<CohortOptionsState>({ kind: 'loading' });

  protected readonly page = computed(() => this.state().page);
  protected readonly items = computed<AdminEnrolment[]>(() => this.page()?.items ?? []);
  protected readonly total = computed(() => this.page()?.total ?? 0);

  /** Selected enrolments of the current page, by id (kept so the result can name them). */
  protected readonly selection = signal<ReadonlyMap<string, AdminEnrolment>>(new Map());
  protected readonly selectedCount = computed(() => this.selection().size);
  protected readonly allSelected = computed(() => this.items().length > 0 && this.items().every((e) => this.selection().has(e.id)));
  protected readonly someSelected = computed(() => this.selectedCount() > 0 && !this.allSelected());
  protected readonly expandedId = signal<string | null>(null);
  protected readonly result = signal<DecisionSummary | null>(null);
  protected readonly exporting = signal(false);
  protected readonly actionError = signal<string | null>(null);
  /** Phones: the state, cohort and municipality filters are folded away until asked for. */
  protected readonly filtersOpen = signal(false);
  protected readonly activeFilters = computed(() => {
    const f = this.filter();
    return [f.state, f.cohortId, f.municipalityId].filter(Boolean).length;
  });

  private readonly query = computed(() => ({
    variables: { ...this.filter(), offset: this.pageIndex() * this.pageSize(), limit: this.pageSize() },
    reload: this.reloadCounter(),
  }));

  constructor() {
    this.watchFilters();
    toObservable(this.query)
      .pipe(
        switchMap(({ variables }) =>
          this.enrolments.list(variables).pipe(
            map((page): ListState => ({ kind: 'loaded', page })),
            catchError((error: unknown) => of<ListState>({ kind: 'error', message: this.errors.describe(error).message, page: this.page() })),
            startWith<ListState>({ kind: 'loading', page: this.page() }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => {
        this.state.set(state);
        if (state.kind === 'loaded') this.keepSelectionOn(state.page.items);
      });
    this.enrolments
      .cohortOptions()
      .pipe(
        map((items): CohortOptionsState => ({ kind: 'loaded', items })),
        catchError(() => of<CohortOptionsState>({ kind: 'error' })),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((options) => this.cohortOptions.set(options));
  }

  ngOnInit(): void {
    const status = this.status();
    if ((this.states as readonly string[]).includes(status)) this.stateControl.setValue(status as EnrolmentState);
    if (this.durchgang()) this.cohortControl.setValue(this.durchgang());
  }

  protected reload(): void {
    this.reloadCounter.update((n) => n + 1);
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected nameOf(enrolment: AdminEnrolment): string {
    return enrolment.participant.displayName || enrolment.participant.email;
  }

  protected isSelected(enrolment: AdminEnrolment): boolean {
    return this.selection().has(enrolment.id);
  }

  protected toggle(enrolment: AdminEnrolment): void {
    const next = new Map(this.selection());
    if (next.has(enrolment.id)) next.delete(enrolment.id);
    else next.set(enrolment.id, enrolment);
    this.selection.set(next);
  }

  protected toggleAll(): void {
    this.selection.set(this.allSelected() ? new Map() : new Map(this.items().map((e) => [e.id, e])));
  }

  protected clearSelection(): void {
    this.selection.set(new Map());
  }

  protected toggleDetails(enrolment: AdminEnrolment): void {
    this.expandedId.update((id) => (id === enrolment.id ? null : enrolment.id));
  }

  protected decide(decision: EnrolmentDecision): void {
    const selected = [...this.selection().values()];
    if (selected.length === 0) return;
    this.dialog
      .open<DecisionDialog, DecisionDialogData, DecisionResult>(DecisionDialog, {
        data: { decision, enrolments: selected },
        autoFocus: 'first-tabbable',
        maxWidth: '36rem',
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        const names = new Map(selected.map((e) => [e.id, this.nameOf(e)]));
        const summary = summarizeDecision(result, (id) => names.get(id));
        this.result.set(summary);
        if (summary.decided > 0) {
          this.notifier.success(
            summary.decided === 1 ? this.i18n.t('enrolment.admin.decidedOne') : this.i18n.t('enrolment.admin.decidedMany', { count: summary.decided }),
          );
        }
        this.clearSelection();
        this.reload();
      });
  }

  protected async exportFile(format: ExportFormat = 'CSV'): Promise<void> {
    this.exporting.set(true);
    this.actionError.set(null);
    try {
      const file = await this.enrolments.exportFile(this.filter(), format);
      downloadExportFile(this.document, file);
      this.notifier.success(this.i18n.t('enrolment.admin.csvDone', { filename: file.filename }));
    } catch (error) {
      this.actionError.set(this.errors.describe(error).message);
    } finally {
      this.exporting.set(false);
    }
  }

  /** A reload keeps the selection of rows still listed; paging or filtering drops the rest. */
  private keepSelectionOn(items: AdminEnrolment[]): void {
    const current = this.selection();
    if (current.size === 0) return;
    const kept = new Map(items.filter((e) => current.has(e.id)).map((e) => [e.id, e]));
    if (kept.size !== current.size) this.selection.set(kept);
  }

  private watchFilters(): void {
    const search$ = this.searchControl.valueChanges.pipe(
      debounceTime(300),
      map((v) => v.trim()),
      startWith(''),
      distinctUntilChanged(),
    );
    search$.pipe(takeUntilDestroyed()).subscribe((search) => this.setFilter({ search: search || undefined }));
    this.stateControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((state) => this.setFilter({ state: state === 'all' ? undefined : state }));
    this.cohortControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((cohortId) => this.setFilter({ cohortId: cohortId === 'all' ? undefined : cohortId }));
    this.municipalityControl.valueChanges
      .pipe(
        map((value) => (isMunicipalityChoice(value) ? value.id : undefined)),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((municipalityId) => this.setFilter({ municipalityId }));
  }

  private setFilter(change: Partial<EnrolmentFilter>): void {
    // Unset filters are omitted (not sent as null).
    const next: EnrolmentFilter = { ...this.filter(), ...change };
    for (const key of Object.keys(next) as (keyof EnrolmentFilter)[]) {
      if (next[key] === undefined) delete next[key];
    }
    this.filter.set(next);
    this.pageIndex.set(0);
  }
}
