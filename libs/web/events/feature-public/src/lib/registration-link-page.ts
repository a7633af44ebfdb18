import { afterNextRender, ChangeDetectionStrategy, Component, effect, ElementRef, inject, Injector, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { type EventPhase, eventPhase, linkStateKey, ShortFormatsService, type RegistrationLink } from '@koko/web/events/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, ErrorState, FormError, LoadingState, PageHeader } from '@koko/web/shared/ui';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { ShortFormatCardView } from './short-format-card';

type PageState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; link: RegistrationLink };
type Action = 'confirm' | 'accept' | 'cancel' | 'checkIn';

/**
 * `/veranstaltungen/anmeldung/:token` – the page behind every mail link. Opening it only reads:
 * confirming, accepting and cancelling are buttons (mail scanners open links, they do not press buttons).
 */
@Component({
  selector: 'koko-registration-link-page',
  imports: [RouterLink, MatButton, PageHeader, LoadingState, ErrorState, FormError, TranslatePipe, ShortFormatCardView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-page-header [heading]="'events.title.link' | t" headingTestId="link-heading" />
      @switch (state().kind) {
        @case ('loading') {
          <koko-loading-state [label]="'events.link.loading' | t" />
        }
        @case ('error') {
          @if (state(); as s) {
            @if (s.kind === 'error') {
              <koko-error-state [message]="s.message" (retry)="reload()" />
            }
          }
          <p><a routerLink="/veranstaltungen">{{ 'events.detail.back' | t }}</a></p>
        }
        @case ('ready') {
          @if (state(); as s) {
            @if (s.kind === 'ready') {
              @let r = s.link;
              @let phase = phaseOf(r);
              <p>{{ 'events.link.hello' | t: { name: r.name } }}</p>
              <p class="status" role="status" tabindex="-1" data-focus="status" [attr.data-state]="r.state" data-testid="link-status">
                {{ statusKey(r, phase) | t: { position: r.waitingPosition ?? '', until: dateTime(r.offerExpiresAt) } }}
                @if (done()) {
                  <span class="koko-visually-hidden">{{ done() }}</span>
                }
              </p>
              @if (phase !== 'upcoming') {
                <p class="phase" data-testid="link-phase" [attr.data-phase]="phase">
                  {{ (phase === 'running' ? 'events.link.phase.running' : 'events.link.phase.over') | t: { end: dateTime(r.shortFormat.endsAt) } }}
                </p>
              }
              @if (r.state === 'PENDING' && r.confirmBy) {
                <p>{{ 'events.link.confirmBy' | t: { date: dateTime(r.confirmBy) } }}</p>
              }
              @if (phase !== 'over') {
                @if (r.checkInCode) {
                  <p class="code" data-testid="link-check-in-code">{{ 'events.link.checkInCode' | t: { code: r.checkInCode } }}</p>
                }
                @if (r.joinUrl) {
                  <p class="join">{{ 'events.link.joinUrl' | t }}: <a [href]="r.joinUrl" rel="noopener" data-testid="link-join-url">{{ r.joinUrl }}</a></p>
                }
              }
              @if (r.checkedInAt) {
                <p class="checked-in koko-success" data-testid="link-checked-in">{{ 'events.link.checkedIn' | t: { date: dateTime(r.checkedInAt) } }}</p>
              } @else if (r.checkInQrUrl && phase !== 'over') {
                <figure class="qr">
                  <img [src]="r.checkInQrUrl" width="200" height="200" [alt]="'events.link.qrAlt' | t: { code: r.checkInCode ?? '' }" data-testid="link-check-in-qr" />
                  <figcaption>{{ 'events.link.qrCaption' | t }}</figcaption>
                </figure>
              }
              @if (r.attendanceConfirmation; as c) {
                <section class="confirmation" aria-labelledby="confirmation-heading">
                  <h2 id="confirmation-heading">{{ 'events.link.confirmation.heading' | t }}</h2>
                  <p>{{ 'events.link.confirmation.text' | t: { number: c.number } }}</p>
                  <a mat-flat-button class="koko-wrap-button" [href]="c.downloadUrl" download data-testid="link-confirmation-download">{{ 'events.link.confirmation.download' | t }}</a>
                </section>
              } @else if (phase === 'over' && r.state === 'CONFIRMED') {
                <p data-testid="link-after-event">{{ (r.checkedInAt ? 'events.link.confirmation.pending' : 'events.link.notCheckedIn') | t }}</p>
              }
              @if (r.selfCheckInOpen) {
                <button mat-flat-button type="button" (click)="act('checkIn')" [disabled]="busy()" data-testid="link-self-check-in">{{ 'events.link.selfCheckIn' | t }}</button>
              }
              <koko-form-error [message]="error()" />
              <div class="actions">
                @switch (r.state) {
                  @case ('PENDING') {
                    @if (phase !== 'over') {
                      <button mat-flat-button type="button" (click)="act('confirm')" [disabled]="busy()" data-testid="link-confirm">{{ 'events.link.confirm' | t }}</button>
                    }
                    @if (phase === 'upcoming') {
                      <button mat-stroked-button type="button" (click)="act('cancel')" [disabled]="busy()" data-testid="link-cancel">{{ 'events.link.cancel' | t }}</button>
                    }
                  }
                  @case ('OFFERED') {
                    @if (phase === 'upcoming') {
                      <button mat-flat-button type="button" (click)="act('accept')" [disabled]="busy()" data-testid="link-accept">{{ 'events.link.accept' | t }}</button>
                      <button mat-stroked-button type="button" (click)="act('cancel')" [disabled]="busy()" data-testid="link-cancel">{{ 'events.link.decline' | t }}</button>
                    }
                  }
                  @case ('WAITING') {
                    @if (phase === 'upcoming') {
                      <button mat-stroked-button type="button" (click)="act('cancel')" [disabled]="busy()" data-testid="link-cancel">{{ 'events.link.leave' | t }}</button>
                    }
                  }
                  @case ('CONFIRMED') {
                    @if (phase === 'upcoming') {
                      <button mat-stroked-button type="button" (click)="act('cancel')" [disabled]="busy()" data-testid="link-cancel">{{ 'events.link.cancel' | t }}</button>
                    }
                  }
                  @default {
                    @if (r.shortFormat.registrationWindow === 'OPEN' && phase !== 'over') {
                      <a mat-stroked-button [routerLink]="['/veranstaltungen', r.shortFormat.id]" data-testid="link-register-again">{{ 'events.link.registerAgain' | t }}</a>
                    }
                  }
                }
              </div>
              <koko-short-format-card [event]="r.shortFormat" [showAvailability]="phase === 'upcoming'" />
            }
          }
        }
      }
    </div>
  `,
  styles: `
    .status { font: var(--mat-sys-title-medium); }
    .code { font: var(--mat-sys-title-medium); letter-spacing: 0.05em; }
    .phase { font-weight: 600; }
    .join { overflow-wrap: anywhere; }
    .qr { margin: 1rem 0; }
    .qr img { display: block; border: 1px solid var(--mat-sys-outline-variant); }
    .qr figcaption { margin-top: 0.25rem; color: var(--mat-sys-on-surface-variant); }
    .checked-in { font-weight: 600; }
    .confirmation { margin: 1rem 0; padding: 1rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .confirmation h2 { margin: 0 0 0.5rem; font: var(--mat-sys-title-large); }
    .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1rem 0 1.5rem; }
  `,
})
export class RegistrationLinkPage {
  private readonly service = inject(ShortFormatsService);
  private readonly errors = inject(ApiErrorService);
  private readonly confirmations = inject(ConfirmService);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** From the route (`withComponentInputBinding`). */
  readonly token = input.required<string>();

  protected readonly linkStateKey = linkStateKey;
  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.load(token));
    });
  }

  protected reload(): void {
    void this.load(this.token());
  }

  /**
   * Before the start everything can change; once it has started nobody can cancel or leave (the API
   * refuses), the waiting list is closed and the free-places chip means nothing; once it is over the
   * join link and the door code are gone too.
   */
  protected phaseOf(link: RegistrationLink): EventPhase {
    return eventPhase(link.shortFormat, new Date());
  }

  protected statusKey(link: RegistrationLink, phase: EventPhase): TranslationKey {
    return link.state === 'WAITING' && phase !== 'upcoming' ? 'events.link.waitingClosed' : linkStateKey(link.state);
  }

  protected dateTime(value: string | null | undefined): string {
    return this.i18n.formatDate(value, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  }

  protected async act(action: Action): Promise<void> {
    if (action === 'cancel') {
      const ok = await this.confirmations.confirm({ title: this.i18n.t('events.link.cancel'), message: this.i18n.t('events.link.cancelQuestion'), destructive: true });
      if (!ok) return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const token = this.token();
      const run = { confirm: () => this.service.confirm(token), accept: () => this.service.acceptOffer(token), cancel: () => this.service.cancel(token), checkIn: () => this.service.selfCheckIn(token) };
      this.state.set({ kind: 'ready', link: await run[action]() });
      this.done.set(this.i18n.t(`events.link.done.${action}`));
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[data-focus="status"]')?.focus(), { injector: this.injector });
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(token: string): Promise<void> {
    this.state.set({ kind: 'loading' });
    try {
      this.state.set({ kind: 'ready', link: await this.service.link(token) });
    } catch (error) {
      this.state.set({ kind: 'error', message: this.errors.describe(error).message });
    }
  }
}
