import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  type AttemptState,
  type GradingFilterOptions,
  type GradingQueueCounts,
  type GradingQueueItem,
  GradingQueueService,
  type OverdueAssignment,
} from '@koko/web/assessment/data-access-grading';
import { calendarDay } from '@koko/web/catalogue/data-access';
import { SessionStore } from '@koko/web/identity/data-access';
import { createAdminList, createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView, PageHeader, provideTranslatedPaginator, TableScroll } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { catchError, of, tap } from 'rxjs';
import { stateKey } from '../shared/labels';
import { countOf, QUEUE_STATES, slugOfState, stateFromSlug } from './queue-params';
import { SubmissionMailPreference } from './submission-mail-preference';

/**
 * `/trainer/bewertung` – submissions of the trainer's cohorts (admins: all), oldest first, with
 * counts per state. Filters live in the URL so that going back from a submission keeps them.
 */
@Component({
  selector: 'koko-grading-queue-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatPaginator,
    PageHeader,
    LoadStateView,
    TableScroll,
    TranslatePipe,
    SubmissionMailPreference,
  ],
  providers: [provideTranslatedPaginator()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './grading-queue-page.html',
  styleUrl: './grading-queue-page.scss',
})
export class GradingQueuePage {
  private readonly queue = inject(GradingQueueService);
  private readonly i18n = inject(I18nService);
  protected readonly session = inject(SessionStore);

  /** The counts per state that came with the last page (null before the first). */
  protected readonly counts = signal<GradingQueueCounts | null>(null);

  /** `?durchgang=<cohortId>&modul=<moduleId>&status=<slug>&verspaetet=1&seite=`: going back from a submission keeps them. */
  protected readonly list = createAdminList({
    filters: { cohort: { param: 'durchgang' }, module: { param: 'modul' }, status: { param: 'status' }, late: { param: 'verspaetet' } },
    pageSizeOptions: [20, 50, 100],
    load: ({ filters, offset, limit }) =>
      this.queue.list({
        cohortId: filters.cohort || null,
        moduleId: filters.module || null,
        state: stateFromSlug(filters.status),
        lateOnly: filters.late === '1',
        offset,
        limit,
      }).pipe(tap((page) => this.counts.set(page.counts))),
  });

  protected readonly states = QUEUE_STATES;
  protected readonly stateKey = stateKey;
  protected readonly currentState = computed(() => stateFromSlug(this.list.filters().status));
  protected readonly lateOnly = computed(() => this.list.filters().late === '1');
  protected readonly hasFilter = computed(() => !!this.list.filters().cohort || !!this.list.filters().module || this.lateOnly() || this.currentState() !== 'SUBMITTED');

  protected readonly options = toSignal(
    this.queue.filterOptions().pipe(catchError(() => of<GradingFilterOptions>({ modules: [], cohorts: [] }))),
    { initialValue: { modules: [], cohorts: [] } as GradingFilterOptions },
  );

  /** Work that is due and not handed in: flagged above the submissions, for the same cohort and module. */
  protected readonly overdueLoader = createLoader({ params: () => this.list.filters().cohort || null, load: (cohortId) => this.queue.overdue(cohortId) });
  protected readonly overdue = computed<OverdueAssignment[]>(() => (this.overdueLoader.data() ?? []).filter((o) => !this.list.filters().module || o.moduleId === this.list.filters().module));

  protected overdueSince(item: OverdueAssignment): string {
    return this.i18n.formatDate(item.dueAt, { dateStyle: 'medium', timeStyle: 'short' });
  }

  protected filterLate(late: boolean): void {
    this.list.setFilters({ late: late ? '1' : '' });
  }

  protected filterState(state: AttemptState | null): void {
    // The default (submitted) needs no parameter, so the plain URL shows what waits for grading.
    this.list.setFilters({ status: state === 'SUBMITTED' ? '' : slugOfState(state) });
  }

  protected resetFilters(): void {
    this.list.setFilters({ cohort: '', module: '', status: '', late: '' });
  }

  protected count(state: AttemptState | null): number {
    return countOf(this.counts(), state);
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
