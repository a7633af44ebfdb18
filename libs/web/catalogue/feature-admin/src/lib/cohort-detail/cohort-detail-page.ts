import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import {
  type CohortDetail,
  type CohortModuleSettings,
  type CohortSession,
  CohortsAdminService,
  PROGRAMME_TIME_ZONE,
  type UpdatedCohortModule,
} from '@koko/web/catalogue/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, EmptyState, ErrorState, FormError, LoadingState, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { switchMap } from 'rxjs';
import { CohortDialog, type CohortDialogData } from '../cohorts/cohort-dialog';
import { errorOf, type LoadState, withLoadState } from '@koko/web/shared/util';
import { BerlinTimePipe, CalendarDayPipe, LocalNumberPipe } from '../shared/programme-time.pipes';
import { SeatsBar } from '../shared/seats-bar';
import { CohortModuleDialog, type CohortModuleDialogData } from './cohort-module-dialog';
import { SessionDialog, type SessionDialogData } from './session-dialog';
import { ErrorCode } from '@koko/shared';
import { CohortParticipants } from './cohort-participants';

/** `/verwaltung/durchgaenge/:id` – one cohort: its facts, its participants, and per module the deadline, attendance rule and sessions. */
@Component({
  selector: 'koko-cohort-detail-page',
  imports: [
    CohortParticipants,
    RouterLink,
    MatAnchor,
    MatButton,
    PageHeader,
    LoadingState,
    EmptyState,
    ErrorState,
    FormError,
    SeatsBar,
    TranslatePipe,
    LocalizedDatePipe,
    CalendarDayPipe,
    BerlinTimePipe,
    LocalNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort-detail-page.html',
  styleUrl: './cohort-detail-page.scss',
})
export class CohortDetailPage {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly cohorts = inject(CohortsAdminService);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly notifier = inject(Notifier);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  private readonly reloadCounter = signal(0);
  protected readonly state = signal<LoadState<CohortDetail>>({ kind: 'loading', data: null });
  protected readonly cohort = computed(() => this.state().data);
  protected readonly error = computed(() => errorOf(this.state()));
  /** Asking again does not bring back a cohort that does not exist. */
  protected readonly retryable = computed(() => {
    const state = this.state();
    return state.kind !== 'error' || state.code !== ErrorCode.COHORT_NOT_FOUND;
  });
  protected readonly actionError = signal<string | null>(null);
  protected readonly busySessionId = signal<string | null>(null);

  private readonly request = computed(() => ({ id: this.id(), reload: this.reloadCounter() }));

  constructor() {
    toObservable(this.request)
      .pipe(
        // Another cohort's data must not linger while the next one loads.
        switchMap(({ id }) => {
          const previous = this.cohort()?.id === id ? this.cohort() : null;
          return withLoadState(this.cohorts.get(id), previous, (e) => this.errors.describe(e));
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected reload(): void {
    this.reloadCounter.update((n) => n + 1);
  }

  protected edit(cohort: CohortDetail): void {
    this.dialog
      .open<CohortDialog, CohortDialogData, CohortDetail>(CohortDialog, { data: { cohort }, autoFocus: 'first-tabbable', maxWidth: '44rem', width: '100%' })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notifier.success(this.i18n.t('catalogue.cohorts.saved', { name: saved.name }));
        this.reload();
      });
  }

  protected editModule(cohort: CohortDetail, module: CohortModuleSettings): void {
    this.dialog
      .open<CohortModuleDialog, CohortModuleDialogData, UpdatedCohortModule>(CohortModuleDialog, {
        data: { cohort, module },
        autoFocus: 'first-tabbable',
        maxWidth: '36rem',
        width: '100%',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notifier.success(this.i18n.t('catalogue.cohortModule.saved', { position: module.module.position }));
        this.reload();
      });
  }

  protected openSession(cohort: CohortDetail, module: CohortModuleSettings, session?: CohortSession): void {
    this.dialog
      .open<SessionDialog, SessionDialogData, CohortSession>(SessionDialog, {
        data: { cohort, module, session },
        autoFocus: 'first-tabbable',
        maxWidth: '36rem',
        width: '100%',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        const key = session ? 'catalogue.sessions.saved' : 'catalogue.sessions.added';
        this.notifier.success(this.i18n.t(key, { position: module.module.position }));
        this.reload();
      });
  }

  protected async deleteSession(module: CohortModuleSettings, session: CohortSession): Promise<void> {
    const when = this.when(session);
    const confirmed = await this.confirm.confirm({
      title: this.i18n.t('catalogue.sessions.deleteTitle'),
      message: this.i18n.t('catalogue.sessions.deleteText', { when, position: module.module.position }),
      confirmLabel: this.i18n.t('catalogue.sessions.delete'),
      destructive: true,
    });
    if (!confirmed) return;
    this.busySessionId.set(session.id);
    this.actionError.set(null);
    try {
      await this.cohorts.deleteSession(session.id);
      this.notifier.success(this.i18n.t('catalogue.sessions.deleted', { when }));
      // The row's buttons disappear with it; keep keyboard users in the same module.
      this.document.querySelector<HTMLElement>(`[data-testid="session-add-${module.module.position}"]`)?.focus();
      this.reload();
    } catch (error) {
      this.actionError.set(this.errors.describe(error).message);
    } finally {
      this.busySessionId.set(null);
    }
  }

  protected trainerNames(cohort: CohortDetail): string {
    return cohort.trainers.map((t) => t.displayName).join(', ');
  }

  /** "09:00–16:00 Uhr", with "(Berliner Zeit)" once at the end on a device in another zone. */
  protected sessionTime(session: CohortSession): string {
    const from = this.i18n.formatDate(session.startsAt, { timeStyle: 'short' }, { zoneLabel: false });
    const to = this.i18n.formatDate(session.endsAt, { timeStyle: 'short' }, { zoneLabel: false });
    const note = this.i18n.programmeZoneNote(session.startsAt);
    return [this.i18n.t('catalogue.sessions.timeRange', { from, to }), note].filter(Boolean).join(' ');
  }

  /** "Mo., 02.03.2026, 09:00–16:00" for labels and messages. */
  protected when(session: CohortSession): string {
    const zone = { timeZone: PROGRAMME_TIME_ZONE };
    const day = this.i18n.formatDate(session.startsAt, { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', ...zone });
    const from = this.i18n.formatDate(session.startsAt, { timeStyle: 'short', ...zone }, { zoneLabel: false });
    const to = this.i18n.formatDate(session.endsAt, { timeStyle: 'short', ...zone }, { zoneLabel: false });
    const note = this.i18n.programmeZoneNote(session.startsAt);
    return [this.i18n.t('catalogue.sessions.when', { day, from, to }), note].filter(Boolean).join(' ');
  }
}
