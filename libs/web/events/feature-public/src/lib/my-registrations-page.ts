import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { formatKey, linkStateKey, type MyRegistration, ShortFormatsService } from '@koko/web/events/data-access';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, FormError, LoadStateView, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** States in which the person can still leave (before the start; the API checks that too). */
const LEAVABLE = ['PENDING', 'CONFIRMED', 'WAITING', 'OFFERED'];

/**
 * `/veranstaltungen/meine-anmeldungen` – signed in: every registration for a short format with its
 * state and waiting-list position; leave (or leave the waiting list) with one click after a confirm
 * dialog; the Teilnahmebescheinigung once it is issued.
 */
@Component({
  selector: 'koko-my-registrations-page',
  imports: [RouterLink, MatButton, PageHeader, LoadStateView, FormError, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-page-header [heading]="'events.mine.heading' | t" headingTestId="my-registrations-heading" />
      <p>{{ 'events.mine.intro' | t }}</p>
      <koko-form-error [message]="error()" />
      <koko-load-state [loader]="list" [emptyMessage]="'events.mine.empty' | t" [loadingLabel]="'events.mine.loading' | t">
        <a kokoEmpty mat-stroked-button routerLink="/veranstaltungen">{{ 'events.mine.toCalendar' | t }}</a>
        @if (list.data(); as items) {
          <ul class="items" data-testid="my-registrations">
            @for (r of items; track r.id) {
              <li class="item" [attr.data-state]="r.state" data-testid="my-registration">
                <h2 class="title"><a [routerLink]="['/veranstaltungen', r.shortFormat.id]">{{ r.shortFormat.title }}</a></h2>
                <p class="when">{{ dateTime(r.shortFormat.startsAt) }} · {{ formatKey(r.shortFormat.format) | t }}</p>
                <p class="state" data-testid="my-registration-state">
                  {{ linkStateKey(r.state) | t: { position: r.waitingPosition ?? '', until: dateTime(r.offerExpiresAt) } }}
                </p>
                @if (r.checkedInAt) {
                  <p class="koko-success">{{ 'events.link.checkedIn' | t: { date: dateTime(r.checkedInAt) } }}</p>
                }
                <div class="actions">
                  @if (r.attendanceConfirmation; as c) {
                    <a mat-flat-button class="koko-wrap-button" [href]="c.downloadUrl" download data-testid="my-registration-confirmation">{{ 'events.mine.download' | t: { number: c.number } }}</a>
                  }
                  @if (r.state === 'PENDING' || r.state === 'OFFERED' || r.selfCheckInOpen) {
                    <a mat-flat-button [routerLink]="r.linkPath" data-testid="my-registration-open">{{ 'events.mine.open' | t }}</a>
                  } @else {
                    <a mat-stroked-button [routerLink]="r.linkPath" data-testid="my-registration-open">{{ 'events.mine.details' | t }}</a>
                  }
                  @if (canLeave(r)) {
                    <button mat-stroked-button type="button" [disabled]="busy()" (click)="leave(r)" data-testid="my-registration-leave">
                      {{ (r.state === 'WAITING' ? 'events.link.leave' : r.state === 'OFFERED' ? 'events.link.decline' : 'events.link.cancel') | t }}
                    </button>
                  }
                </div>
              </li>
            }
          </ul>
        }
      </koko-load-state>
    </div>
  `,
  styles: `
    .items { list-style: none; margin: 1rem 0; padding: 0; display: grid; gap: 1rem; }
    .item { padding: 1rem 1.25rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .item[data-state='CANCELLED'], .item[data-state='EXPIRED'] { background: var(--mat-sys-surface-container-low); }
    .title { margin: 0 0 0.25rem; font: var(--mat-sys-title-large); overflow-wrap: anywhere; }
    .when { margin: 0 0 0.5rem; color: var(--mat-sys-on-surface-variant); }
    .state { margin: 0 0 0.5rem; font: var(--mat-sys-title-small); }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.75rem; }
  `,
})
export class MyRegistrationsPage {
  private readonly service = inject(ShortFormatsService);
  private readonly confirmations = inject(ConfirmService);
  private readonly notifier = inject(Notifier);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);

  protected readonly list = createLoader({ load: () => this.service.mine() });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly formatKey = formatKey;
  protected readonly linkStateKey = linkStateKey;

  protected dateTime(value: string | null | undefined): string {
    return this.i18n.formatDate(value, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  }

  protected canLeave(r: MyRegistration): boolean {
    return LEAVABLE.includes(r.state) && new Date(r.shortFormat.startsAt).getTime() > Date.now();
  }

  protected async leave(r: MyRegistration): Promise<void> {
    const waiting = r.state === 'WAITING';
    const ok = await this.confirmations.confirm({
      title: this.i18n.t(waiting ? 'events.link.leave' : 'events.link.cancel'),
      message: this.i18n.t(waiting ? 'events.mine.leaveQuestion' : 'events.link.cancelQuestion', { title: r.shortFormat.title }),
      confirmLabel: this.i18n.t(waiting ? 'events.link.leave' : 'events.link.cancel'),
      destructive: true,
    });
    if (!ok) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.service.leave(r.id);
      this.notifier.success(this.i18n.t(waiting ? 'events.mine.left' : 'events.link.done.cancel'));
      this.list.reload();
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
