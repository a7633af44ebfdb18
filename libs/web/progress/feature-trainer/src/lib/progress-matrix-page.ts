import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@koko/web/identity/data-access';
import {
  type CohortProgressData,
  type CohortProgressModule,
  type CohortProgressRow,
  CohortProgressService,
  filterAndSortMatrix,
  type MatrixModuleFilter,
  type MatrixSort,
  type MatrixStatusFilter,
} from '@koko/web/progress/data-access';
import { ModuleStatusIcon } from '@koko/web/progress/ui';
import { ApiErrorService, type ExportFormat } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, FormError, LoadingState, TableScroll } from '@koko/web/shared/ui';
import { downloadExportFile, I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { catchError, debounceTime, map, of, startWith, switchMap } from 'rxjs';
import { CohortPageHeader } from './cohort-page-header';

type PageState = { kind: 'loading' } | { kind: 'error'; message: string; code: string } | { kind: 'loaded'; data: CohortProgressData };

const POSITIONS = [1, 2, 3, 4, 5] as const;

/** `/trainer/durchgaenge/:id/fortschritt` – participants × five modules, filterable, sortable, exportable as CSV. */
@Component({
  selector: 'koko-progress-matrix-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    CohortPageHeader,
    ModuleStatusIcon,
    LoadingState,
    EmptyState,
    ErrorState,
    FormError,
    TableScroll,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './progress-matrix-page.html',
  styleUrl: './progress-matrix-page.scss',
})
export class ProgressMatrixPage {
  private readonly progress = inject(CohortProgressService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  protected readonly session = inject(SessionStore);

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly positions = POSITIONS;
  protected readonly statusOptions: MatrixStatusFilter[] = ['all', 'NOT_STARTED', 'IN_PROGRESS', 'COMPLETE', 'INCOMPLETE'];

  protected readonly textControl = new FormControl('', { nonNullable: true });
  protected readonly moduleControl = new FormControl<MatrixModuleFilter>('any', { nonNullable: true });
  protected readonly statusControl = new FormControl<MatrixStatusFilter>('all', { nonNullable: true });
  protected readonly sortControl = new FormControl<MatrixSort>('name', { nonNullable: true });

  private readonly text = toSignal(this.textControl.valueChanges.pipe(debounceTime(200)), { initialValue: '' });
  private readonly module = toSignal(this.moduleControl.valueChanges, { initialValue: this.moduleControl.value });
  private readonly status = toSignal(this.statusControl.valueChanges, { initialValue: this.statusControl.value });
  private readonly sort = toSignal(this.sortControl.valueChanges, { initialValue: this.sortControl.value });

  private readonly reloadCounter = signal(0);
  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly exporting = signal(false);
  protected readonly exportError = signal<string | null>(null);

  protected readonly data = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.data : null;
  });
  protected readonly heading = computed(() => {
    const cohort = this.data()?.cohort;
    return cohort ? this.i18n.t('progress.matrix.heading', { cohort: cohort.name }) : this.i18n.t('progress.matrix.headingPlain');
  });
  protected readonly rows = computed(() =>
    filterAndSortMatrix(this.data()?.cohortProgress ?? [], {
      text: this.text(),
      module: this.module(),
      status: this.status(),
      sort: this.sort(),
      locale: this.i18n.intlLocale(),
    }),
  );
  protected readonly total = computed(() => this.data()?.cohortProgress.length ?? 0);
  /** Attendance entries of sessions that have taken place and nobody has recorded: the trainer's to-do. */
  protected readonly unrecorded = computed(() =>
    (this.data()?.cohortProgress ?? []).reduce((n, row) => n + row.modules.reduce((k, m) => k + m.unrecordedSessions, 0), 0),
  );

  /** Assignments past their due date with nothing handed in. */
  protected readonly overdue = computed(() => (this.data()?.cohortProgress ?? []).reduce((n, row) => n + row.modules.filter((m) => m.assignmentOverdue).length, 0));

  constructor() {
    toObservable(computed(() => ({ id: this.id(), reload: this.reloadCounter() })))
      .pipe(
        switchMap(({ id }) =>
          this.progress.matrix(id).pipe(
            map((data): PageState => ({ kind: 'loaded', data })),
            catchError((error: unknown) => of<PageState>({ kind: 'error', ...this.errors.describe(error) })),
            startWith<PageState>({ kind: 'loading' }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected reload(): void {
    this.reloadCounter.update((n) => n + 1);
  }

  protected moduleAt(row: CohortProgressRow, position: number): CohortProgressModule | undefined {
    return row.modules.find((m) => m.position === position);
  }

  protected statusKey(status: CohortProgressModule['status']): TranslationKey {
    return `progress.status.${status}`;
  }

  protected statusFilterKey(status: MatrixStatusFilter): TranslationKey {
    return `progress.matrix.statusFilter.${status}`;
  }

  protected moduleCellLabel(module: CohortProgressModule): string {
    const attendance = this.i18n.t(module.attendanceMet ? 'progress.matrix.cellAttendanceMet' : 'progress.matrix.cellAttendance', {
      percent: module.attendancePercent,
    });
    const parts = [attendance];
    if (module.assignmentOverdue) parts.push(this.i18n.t('progress.matrix.cellOverdue'));
    if (module.unrecordedSessions > 0) parts.push(this.i18n.t('progress.matrix.cellUnrecorded', { count: module.unrecordedSessions }));
    return parts.join(', ');
  }

  protected async exportFile(format: ExportFormat = 'CSV'): Promise<void> {
    this.exporting.set(true);
    this.exportError.set(null);
    try {
      downloadExportFile(this.document, await this.progress.exportFile(this.id(), format));
    } catch (error) {
      this.exportError.set(this.errors.describe(error).message);
    } finally {
      this.exporting.set(false);
    }
  }
}
