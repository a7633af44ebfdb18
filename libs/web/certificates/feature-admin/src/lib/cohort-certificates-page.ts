import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, inject, Injector, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import {
  batchEnded,
  batchFailed,
  canIssue,
  type CertificateBatchProgress,
  type CertificateCandidate,
  type CertificateRecord,
  CertificatesAdminService,
  type CohortCertificates,
  cohortCertificatesZipPath,
  countCertificates,
  openModulePositions,
  sortCandidates,
} from '@koko/web/certificates/data-access';
import { CertificateStateBadge } from '@koko/web/certificates/ui';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, EmptyState, ErrorState, FormError, LoadingState, Notifier, PageHeader, TableScroll } from '@koko/web/shared/ui';
import { I18nService, LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { catchError, map, of, startWith, type Subscription, switchMap } from 'rxjs';
import { AutoIssueSetting } from './auto-issue-setting';
import { CertificateBatchProgressPanel } from './batch-progress';
import { CertificateHistory } from './certificate-history';
import { ReissueDialog, type ReissueDialogData } from './reissue-dialog';
import { RevokeDialog, type RevokeDialogData } from './revoke-dialog';
import { ErrorCode } from '@koko/shared';

type PageState =
  | { kind: 'loading'; data: CohortCertificates | null }
  | { kind: 'loaded'; data: CohortCertificates }
  | { kind: 'error'; code: string; message: string; data: CohortCertificates | null };

/**
 * `/verwaltung/durchgaenge/:id/zertifikate` – admins see who is eligible, issue one, a selection or all
 * (a background batch with live progress), revoke, reissue, follow each participation's history and
 * download the cohort's certificates as one ZIP.
 */
@Component({
  selector: 'koko-cohort-certificates-page',
  imports: [
    RouterLink,
    MatButton,
    MatAnchor,
    MatCheckbox,
    PageHeader,
    LoadingState,
    EmptyState,
    ErrorState,
    FormError,
    TableScroll,
    TranslatePipe,
    LocalizedDatePipe,
    CertificateStateBadge,
    CertificateHistory,
    CertificateBatchProgressPanel,
    AutoIssueSetting,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort-certificates-page.html',
  styleUrl: './cohort-certificates-page.scss',
})
export class CohortCertificatesPage {
  /** Route parameter `:id` (the cohort). */
  readonly id = input.required<string>();

  private readonly certificates = inject(CertificatesAdminService);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly notifier = inject(Notifier);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  private readonly reloadCounter = signal(0);
  protected readonly state = signal<PageState>({ kind: 'loading', data: null });
  protected readonly data = computed(() => this.state().data);
  protected readonly candidates = computed(() => sortCandidates(this.data()?.candidates ?? [], this.i18n.intlLocale()));
  protected readonly counts = computed(() => countCertificates(this.candidates()));
  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.kind === 'error' ? state.message : null;
  });
  /** Asking again does not bring back a cohort that does not exist. */
  protected readonly retryable = computed(() => {
    const state = this.state();
    return state.kind !== 'error' || state.code !== ErrorCode.COHORT_NOT_FOUND;
  });

  private readonly selection = signal<ReadonlySet<string>>(new Set());
  /** Only rows that can still be issued stay selected (after a reload, issued ones drop out). */
  protected readonly selectedIds = computed(() => this.candidates().filter((c) => canIssue(c) && this.selection().has(c.enrolment.id)).map((c) => c.enrolment.id));
  protected readonly selectableCount = computed(() => this.candidates().filter(canIssue).length);
  protected readonly allSelected = computed(() => this.selectableCount() > 0 && this.selectedIds().length === this.selectableCount());
  protected readonly someSelected = computed(() => this.selectedIds().length > 0 && !this.allSelected());

  protected readonly expandedId = signal<string | null>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected readonly batch = signal<CertificateBatchProgress | null>(null);
  protected readonly batchPollError = signal<string | null>(null);
  protected readonly batchRunning = computed(() => {
    const batch = this.batch();
    return batch !== null && !batchEnded(batch);
  });
  protected readonly batchRetrying = signal(false);
  protected readonly batchRetryError = signal<string | null>(null);
  private batchWatch: Subscription | null = null;
  /** A control to focus once the reloaded table is on screen (the one pressed may have disappeared). */
  private focusAfterReload: string | null = null;

  constructor() {
    toObservable(computed(() => ({ id: this.id(), reload: this.reloadCounter() })))
      .pipe(
        switchMap(({ id }) => {
          // Another cohort's data must not linger while the next one loads.
          const previous = this.data()?.cohort.id === id ? this.data() : null;
          return this.certificates.cohort(id).pipe(
            map((data): PageState => ({ kind: 'loaded', data })),
            catchError((error: unknown) => of<PageState>({ kind: 'error', ...this.errors.describe(error), data: previous })),
            startWith<PageState>({ kind: 'loading', data: previous }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => {
        this.state.set(state);
        if (state.kind === 'loaded') this.restoreFocus();
      });
    this.destroyRef.onDestroy(() => this.batchWatch?.unsubscribe());
  }

  protected reload(): void {
    this.reloadCounter.update((n) => n + 1);
  }

  protected zipPath(cohortId: string): string {
    return cohortCertificatesZipPath(cohortId);
  }

  protected progressPath(cohortId: string): string[] {
    return ['/trainer/durchgaenge', cohortId, 'fortschritt'];
  }

  protected nameOf(candidate: CertificateCandidate): string {
    return candidate.enrolment.participant.displayName || candidate.enrolment.participant.email;
  }

  protected canIssue(candidate: CertificateCandidate): boolean {
    return canIssue(candidate);
  }

  protected openModules(candidate: CertificateCandidate): string {
    return openModulePositions(candidate).join(', ');
  }

  protected openModuleCount(candidate: CertificateCandidate): number {
    return openModulePositions(candidate).length;
  }

  // Selection

  protected isSelected(candidate: CertificateCandidate): boolean {
    return this.selection().has(candidate.enrolment.id);
  }

  protected toggle(candidate: CertificateCandidate): void {
    const next = new Set(this.selectedIds());
    if (next.has(candidate.enrolment.id)) next.delete(candidate.enrolment.id);
    else next.add(candidate.enrolment.id);
    this.selection.set(next);
  }

  protected toggleAll(): void {
    this.selection.set(this.allSelected() ? new Set() : new Set(this.candidates().filter(canIssue).map((c) => c.enrolment.id)));
  }

  protected clearSelection(): void {
    this.selection.set(new Set());
  }

  protected toggleHistory(candidate: CertificateCandidate): void {
    this.expandedId.update((id) => (id === candidate.enrolment.id ? null : candidate.enrolment.id));
  }

  // Issuing

  protected async issue(candidate: CertificateCandidate): Promise<void> {
    const name = this.nameOf(candidate);
    const confirmed = await this.confirm.confirm({
      title: this.i18n.t('certificates.issue.confirmTitle', { name }),
      message: this.i18n.t('certificates.issue.confirmText', { name }),
      confirmLabel: this.i18n.t('certificates.issue.confirm'),
    });
    if (!confirmed) return;
    this.busyId.set(candidate.enrolment.id);
    this.actionError.set(null);
    try {
      const certificate = await this.certificates.issue(candidate.enrolment.id);
      this.notifier.success(this.i18n.t('certificates.issue.done', { number: certificate.number, name }));
      this.afterChange(`certificate-download-${certificate.id}`);
    } catch (error) {
      this.actionError.set(this.errors.describe(error).message);
    } finally {
      this.busyId.set(null);
    }
  }

  protected async issueSelected(cohortId: string): Promise<void> {
    const ids = this.selectedIds();
    if (ids.length === 0) return;
    await this.startBatch(cohortId, ids.length, ids);
  }

  protected async issueAll(cohortId: string): Promise<void> {
    const count = this.counts().issuable;
    if (count === 0) return;
    await this.startBatch(cohortId, count);
  }

  private async startBatch(cohortId: string, count: number, enrolmentIds?: string[]): Promise<void> {
    const confirmed = await this.confirm.confirm({
      title: this.i18n.t('certificates.bulk.confirmTitle', { count }),
      message: this.i18n.t('certificates.bulk.confirmText'),
      confirmLabel: this.i18n.t('certificates.bulk.confirm', { count }),
    });
    if (!confirmed) return;
    this.actionError.set(null);
    try {
      const batch = await this.certificates.issueMany(cohortId, enrolmentIds);
      this.clearSelection();
      this.follow(batch);
    } catch (error) {
      this.actionError.set(this.errors.describe(error).message);
    }
  }

  /** Polls the batch every second until it is finished or failed, then reloads the table once. */
  private follow(batch: CertificateBatchProgress): void {
    this.batchWatch?.unsubscribe();
    this.batch.set(batch);
    this.batchPollError.set(null);
    if (batchEnded(batch)) {
      this.batchDone(batch);
      return;
    }
    this.batchWatch = this.certificates.watchBatch(batch.id).subscribe({
      next: (progress) => {
        this.batch.set(progress);
        this.batchPollError.set(null);
        if (batchEnded(progress)) this.batchDone(progress);
      },
      error: (error: unknown) => {
        this.batchPollError.set(this.i18n.t('certificates.batch.pollFailed', { message: this.errors.describe(error).message }));
      },
    });
  }

  private batchDone(batch: CertificateBatchProgress): void {
    // The panel tells about failures; the snack bar only confirms what was issued.
    if (batch.done > 0 && !batchFailed(batch)) this.notifier.success(this.i18n.t('certificates.batch.done', { done: batch.done }));
    // Also after a failure: what was issued before it shows in the table.
    this.reload();
  }

  /** A failed batch is queued again and followed as before; it continues after the last participant counted. */
  protected async retryBatch(): Promise<void> {
    const batch = this.batch();
    if (!batch || !batchFailed(batch) || this.batchRetrying()) return;
    this.batchRetrying.set(true);
    this.batchRetryError.set(null);
    try {
      const queued = await this.certificates.retryBatch(batch.id);
      this.notifier.success(this.i18n.t('certificates.batch.retried'));
      this.follow(queued);
      // The retry button is gone with the failure: keep keyboard focus on the batch.
      this.document.querySelector<HTMLElement>('[data-testid="certificate-batch-progress"]')?.focus();
    } catch (error) {
      this.batchRetryError.set(this.errors.describe(error).message);
    } finally {
      this.batchRetrying.set(false);
    }
  }

  protected dismissBatch(): void {
    this.batch.set(null);
    this.batchRetryError.set(null);
    this.document.querySelector<HTMLElement>('[data-testid="certificate-issue-all"]')?.focus();
  }

  // Revoking and reissuing

  protected revoke(candidate: CertificateCandidate, certificate: CertificateRecord): void {
    this.dialog
      .open<RevokeDialog, RevokeDialogData, CertificateRecord>(RevokeDialog, {
        data: { certificate, holderName: this.nameOf(candidate) },
        autoFocus: 'first-tabbable',
        maxWidth: '36rem',
        width: '100%',
      })
      .afterClosed()
      .subscribe((revoked) => {
        if (!revoked) return;
        this.notifier.success(this.i18n.t('certificates.revoke.done', { number: revoked.number }));
        this.afterChange(`certificate-history-toggle-${candidate.enrolment.id}`);
      });
  }

  protected reissue(candidate: CertificateCandidate, certificate: CertificateRecord): void {
    this.dialog
      .open<ReissueDialog, ReissueDialogData, CertificateRecord>(ReissueDialog, {
        data: { certificate, holderName: this.nameOf(candidate) },
        autoFocus: 'first-tabbable',
        maxWidth: '36rem',
        width: '100%',
      })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        this.notifier.success(this.i18n.t('certificates.reissue.done', { number: created.number, old: certificate.number }));
        this.afterChange(`certificate-download-${created.id}`);
      });
  }

  private afterChange(focusTestId: string): void {
    this.focusAfterReload = focusTestId;
    this.reload();
  }

  /** Keeps keyboard users in the row they acted on once the reloaded table has rendered. */
  private restoreFocus(): void {
    const testId = this.focusAfterReload;
    if (!testId) return;
    this.focusAfterReload = null;
    afterNextRender(() => this.document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus(), { injector: this.injector });
  }
}
