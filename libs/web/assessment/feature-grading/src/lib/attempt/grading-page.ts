import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionPanel, MatExpansionPanelHeader, MatExpansionPanelTitle } from '@angular/material/expansion';
import { RouterLink } from '@angular/router';
import { type GradingAttempt, GradingService, type GrantedExtension } from '@koko/web/assessment/data-access-grading';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, ErrorState, FormError, LoadingState, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { stateKey, verdictKey } from '../shared/labels';
import { AttemptFilesList } from './attempt-files-list';
import { EarlierAttempts } from './earlier-attempts';
import { type ExtensionDialogData, ExtensionDialog } from './extension-dialog';
import { FeedbackForm } from './feedback-form';
import { FeedbackView } from './feedback-view';
import { ErrorCode } from '@koko/shared';

/** Who may write the feedback right now. */
export type ClaimState =
  | { kind: 'closed' }
  /** Waiting for grading and nobody holds it: reading does not claim, the grader starts explicitly. */
  | { kind: 'unclaimed' }
  | { kind: 'claiming' }
  | { kind: 'mine' }
  | { kind: 'other'; name: string }
  | { kind: 'error'; message: string };

/** The claim as the loaded attempt shows it. */
export function claimStateOf(attempt: Pick<GradingAttempt, 'state' | 'claimedByMe' | 'claimedByName'>): ClaimState {
  if (attempt.state !== 'SUBMITTED') return { kind: 'closed' };
  if (attempt.claimedByMe) return { kind: 'mine' };
  if (attempt.claimedByName) return { kind: 'other', name: attempt.claimedByName };
  return { kind: 'unclaimed' };
}

/**
 * `/trainer/bewertung/:attemptId` – one submission: the write-up and files on the left, the rubric,
 * verdict and feedback on the right. Opening it only reads it: the grader claims it explicitly ("Bewertung
 * beginnen"), so that looking at a submission never blocks a colleague; someone else's claim is shown
 * and can be taken over after confirmation.
 */
@Component({
  selector: 'koko-grading-page',
  imports: [
    RouterLink,
    MatButton,
    MatExpansionPanel,
    MatExpansionPanelHeader,
    MatExpansionPanelTitle,
    PageHeader,
    LoadingState,
    ErrorState,
    FormError,
    AttemptFilesList,
    EarlierAttempts,
    FeedbackForm,
    FeedbackView,
    TranslatePipe,
    LocalizedDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './grading-page.html',
  styleUrl: './grading-page.scss',
})
export class GradingPage {
  private readonly grading = inject(GradingService);
  private readonly errors = inject(ApiErrorService);
  private readonly confirm = inject(ConfirmService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  /** Route parameter. */
  readonly attemptId = input.required<string>();

  protected readonly attempt = signal<GradingAttempt | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<{ message: string; code: string } | null>(null);
  protected readonly version = signal(0);
  protected readonly claim = signal<ClaimState>({ kind: 'closed' });
  protected readonly resetKey = signal(0);
  protected readonly busy = signal(false);
  protected readonly takeOverError = signal<string | null>(null);

  protected readonly stateKey = stateKey;
  protected readonly verdictKey = verdictKey;
  protected readonly editable = computed(() => this.claim().kind === 'mine');
  protected readonly gradable = computed(() => this.attempt()?.state === 'SUBMITTED');
  protected readonly moduleLabel = computed(() => {
    const module = this.attempt()?.module;
    return module ? this.i18n.t('grading.modulePosition', { position: module.position, title: module.title }) : '';
  });
  /** Answers of requests for a submission the grader has since left are dropped. */
  private request = 0;

  constructor() {
    effect(() => {
      const id = this.attemptId();
      untracked(() => void this.open(id));
    });
  }

  protected retry(): void {
    void this.open(this.attemptId());
  }

  protected retryClaim(): void {
    const attempt = this.attempt();
    if (attempt) void this.startGrading(attempt, this.request);
  }

  /** "Bewertung beginnen": claims the submission for the grader. */
  protected start(): void {
    const attempt = this.attempt();
    if (attempt) void this.startGrading(attempt, this.request);
  }

  /** After a stale save: fetch the current version; the form keeps what the grader typed. */
  protected async reload(): Promise<void> {
    await this.refresh();
  }

  protected async takeOver(): Promise<void> {
    const current = this.claim();
    if (current.kind !== 'other') return;
    const confirmed = await this.confirm.confirm({
      title: this.i18n.t('grading.claim.takeOverTitle'),
      message: this.i18n.t('grading.claim.takeOverText', { name: current.name }),
      confirmLabel: this.i18n.t('grading.claim.takeOver'),
    });
    if (!confirmed) return;
    const id = this.attemptId();
    this.busy.set(true);
    this.takeOverError.set(null);
    try {
      await this.grading.claim(id, true);
      // Fetch again: the other grader may have saved a draft the form should start from.
      const attempt = await firstValueFrom(this.grading.attempt(id));
      if (id !== this.attemptId()) return;
      this.apply(attempt);
      this.claim.set(attempt.state === 'SUBMITTED' ? { kind: 'mine' } : { kind: 'closed' });
      this.resetKey.update((n) => n + 1);
      this.notifier.success(this.i18n.t('grading.claim.takenOver'));
    } catch (error) {
      // Show the submission as it is now (graded meanwhile, or still held) and say why.
      this.takeOverError.set(this.errors.describe(error).message);
      await this.refresh();
    } finally {
      this.busy.set(false);
    }
  }

  /** A save was refused because the claim is gone: show who holds it now. */
  protected async claimLost(): Promise<void> {
    await this.refresh();
  }

  protected async released(): Promise<void> {
    const name = this.attempt()?.participant.displayName ?? '';
    this.notifier.success(this.i18n.t('grading.feedback.released', { name }));
    await this.refresh();
  }

  protected openExtension(): void {
    const attempt = this.attempt();
    if (!attempt) return;
    this.dialog
      .open<ExtensionDialog, ExtensionDialogData, GrantedExtension>(ExtensionDialog, {
        data: { enrolmentId: attempt.enrolmentId, moduleId: attempt.moduleId, participantName: attempt.participant.displayName, moduleLabel: this.moduleLabel() },
        autoFocus: 'first-tabbable',
        maxWidth: '36rem',
        width: '100%',
      })
      .afterClosed()
      .subscribe((extension) => {
        if (!extension) return;
        this.notifier.success(
          this.i18n.t('grading.extension.saved', {
            name: attempt.participant.displayName,
            date: this.i18n.formatDate(extension.dueAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
          }),
        );
      });
  }

  private async open(id: string): Promise<void> {
    const request = ++this.request;
    this.loading.set(true);
    this.loadError.set(null);
    this.takeOverError.set(null);
    this.attempt.set(null);
    this.claim.set({ kind: 'closed' });
    try {
      const attempt = await firstValueFrom(this.grading.attempt(id));
      if (request !== this.request) return;
      this.apply(attempt);
      this.resetKey.update((n) => n + 1);
      this.claim.set(claimStateOf(attempt));
    } catch (error) {
      if (request === this.request) this.loadError.set(this.errors.describe(error));
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }

  /** Fetches the submission again without touching what the grader typed. */
  private async refresh(): Promise<void> {
    const request = ++this.request;
    try {
      const attempt = await firstValueFrom(this.grading.attempt(this.attemptId()));
      if (request !== this.request) return;
      this.apply(attempt);
      this.claim.set(claimStateOf(attempt));
    } catch (error) {
      if (request === this.request) this.claim.set({ kind: 'error', message: this.errors.describe(error).message });
    }
  }

  /** Claims a submission that waits for grading, unless someone else holds it (that needs an explicit take-over). */
  private async startGrading(attempt: GradingAttempt, request: number): Promise<void> {
    const known = claimStateOf(attempt);
    if (known.kind !== 'unclaimed' && known.kind !== 'error') {
      this.claim.set(known);
      return;
    }
    this.claim.set({ kind: 'claiming' });
    try {
      const claimed = await this.grading.claim(attempt.id);
      if (request !== this.request) return;
      this.version.set(claimed.version);
      this.attempt.update((a) => (a ? { ...a, ...claimed } : a));
      this.claim.set({ kind: 'mine' });
    } catch (error) {
      if (request !== this.request) return;
      const { code, message } = this.errors.describe(error);
      // Someone was quicker: show the submission as it is now.
      const current = code === ErrorCode.CLAIMED_BY_OTHER || code === ErrorCode.ALREADY_GRADED ? await firstValueFrom(this.grading.attempt(attempt.id)).catch(() => null) : null;
      if (request !== this.request) return;
      if (current) this.apply(current);
      this.claim.set(current ? claimStateOf(current) : { kind: 'error', message });
    }
  }

  private apply(attempt: GradingAttempt): void {
    this.attempt.set(attempt);
    this.version.set(attempt.version);
  }
}
