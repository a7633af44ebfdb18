import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { type AttendanceSheetData, AttendanceService } from '@koko/web/progress/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { AttendanceGrid } from './attendance-grid';
import { CohortPageHeader } from './cohort-page-header';

type PageState = { kind: 'loading' } | { kind: 'error'; message: string; code: string } | { kind: 'loaded'; data: AttendanceSheetData };

/** `/trainer/durchgaenge/:id/anwesenheit` – record attendance for every session of a cohort. */
@Component({
  selector: 'koko-attendance-page',
  imports: [CohortPageHeader, AttendanceGrid, LoadingState, EmptyState, ErrorState, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attendance-page.html',
  styleUrl: './attendance-page.scss',
})
export class AttendancePage {
  private readonly attendance = inject(AttendanceService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly reloadCounter = signal(0);
  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly data = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.data : null;
  });
  protected readonly heading = computed(() => {
    const cohort = this.data()?.cohort;
    return cohort ? this.i18n.t('progress.attendance.heading', { cohort: cohort.name }) : this.i18n.t('progress.attendance.headingPlain');
  });
  protected readonly requiredPercent = computed(
    () => new Map((this.data()?.cohort.modules ?? []).map((m) => [m.moduleId, m.minAttendancePercent])),
  );

  constructor() {
    toObservable(computed(() => ({ id: this.id(), reload: this.reloadCounter() })))
      .pipe(
        switchMap(({ id }) =>
          this.attendance.sheet(id).pipe(
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
}
