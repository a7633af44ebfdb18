import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MyProgressService } from '@koko/web/progress/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, ErrorState, FormError, LoadingState } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

type UrlState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; url: string | null };

/** "Kalender abonnieren": the personal iCal URL with a copy button; renewing invalidates the old URL. */
@Component({
  selector: 'koko-calendar-subscription',
  imports: [MatButton, MatFormField, MatLabel, MatHint, MatInput, LoadingState, ErrorState, FormError, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-subscription.html',
  styleUrl: './calendar-subscription.scss',
})
export class CalendarSubscription {
  private readonly progress = inject(MyProgressService);
  private readonly clipboard = inject(Clipboard);
  private readonly confirm = inject(ConfirmService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly state = signal<UrlState>({ kind: 'loading' });
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  /** Polite confirmation after copying or renewing. */
  protected readonly status = signal('');

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.progress
      .calendarUrl()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (url) => this.state.set({ kind: 'loaded', url }),
        error: (error: unknown) => this.state.set({ kind: 'error', message: this.errors.describe(error).message }),
      });
  }

  protected copy(url: string): void {
    const copied = this.clipboard.copy(url);
    this.status.set(this.i18n.t(copied ? 'progress.calendar.copied' : 'progress.calendar.copyFailed'));
  }

  protected async create(): Promise<void> {
    await this.renew('progress.calendar.created');
  }

  protected async replace(): Promise<void> {
    const confirmed = await this.confirm.confirm({
      title: this.i18n.t('progress.calendar.renewTitle'),
      message: this.i18n.t('progress.calendar.renewText'),
      confirmLabel: this.i18n.t('progress.calendar.renewConfirm'),
      destructive: true,
    });
    if (confirmed) await this.renew('progress.calendar.renewed');
  }

  private async renew(doneKey: 'progress.calendar.created' | 'progress.calendar.renewed'): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    this.status.set('');
    try {
      const url = await this.progress.renewCalendarUrl();
      this.state.set({ kind: 'loaded', url });
      this.status.set(this.i18n.t(doneKey));
    } catch (error) {
      this.actionError.set(this.errors.describe(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
