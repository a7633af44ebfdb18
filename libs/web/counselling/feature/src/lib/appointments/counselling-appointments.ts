import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { type CounsellingAppointment, type CounsellingFormat, CounsellingService, formatKey } from '@koko/web/counselling/data-access';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, FormError, LoadStateView, Notifier } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { AppointmentDialog, type AppointmentDialogData } from './appointment-dialog';

/**
 * The appointments of a request. Everyone on the request sees them and downloads each as .ics;
 * advisors and admins plan, move and cancel them (everyone involved gets a mail with the .ics).
 */
@Component({
  selector: 'koko-counselling-appointments',
  imports: [MatButton, LoadStateView, FormError, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="appointments" aria-labelledby="appointments-heading">
      <div class="head">
        <h2 id="appointments-heading">{{ 'counselling.appointments.heading' | t }}</h2>
        @if (staff() && open()) {
          <button mat-stroked-button type="button" (click)="plan()" data-testid="appointment-plan">{{ 'counselling.appointments.plan' | t }}</button>
        }
      </div>
      <koko-form-error [message]="error()" />
      <koko-load-state [loader]="appointments" [emptyMessage]="'counselling.appointments.empty' | t" [loadingLabel]="'counselling.appointments.loading' | t">
        @if (appointments.data(); as list) {
          <ul class="list" data-testid="appointment-list">
            @for (a of list; track a.id) {
              <li class="item" [class.cancelled]="a.cancelledAt" data-testid="appointment">
                <p class="when">
                  <strong data-testid="appointment-when">{{ when(a) }}</strong>
                  @if (a.cancelledAt) {
                    <span class="badge" data-testid="appointment-cancelled">{{ 'counselling.appointments.cancelled' | t }}</span>
                  }
                </p>
                <p class="how">
                  {{ formatKey(a.format) | t }}
                  @if (a.location) {
                    ·
                    @if (a.format === 'ONLINE' && !a.cancelledAt) {
                      <a [href]="a.location" target="_blank" rel="noopener" data-testid="appointment-link">{{ a.location }}</a>
                    } @else {
                      <span data-testid="appointment-location">{{ a.location }}</span>
                    }
                  }
                </p>
                <p class="by">{{ 'counselling.appointments.plannedBy' | t: { name: a.plannedBy.displayName } }}</p>
                @if (!a.cancelledAt) {
                  <div class="actions">
                    <a mat-button [href]="icsHref(a)" download data-testid="appointment-ics">{{ 'counselling.appointments.ics' | t }}</a>
                    @if (staff() && open()) {
                      <button mat-button type="button" (click)="change(a)" [disabled]="busy()" data-testid="appointment-change">{{ 'counselling.appointments.change' | t }}</button>
                      <button mat-button type="button" (click)="cancel(a)" [disabled]="busy()" data-testid="appointment-cancel">{{ 'counselling.appointments.cancel' | t }}</button>
                    }
                  </div>
                }
              </li>
            }
          </ul>
        }
      </koko-load-state>
    </section>
  `,
  styles: `
    .appointments { margin: 1.5rem 0; }
    .head { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; margin-bottom: 0.5rem; }
    h2 { font: var(--mat-sys-title-medium); margin: 0; }
    .list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
    .item { padding: 0.75rem 1rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .item.cancelled .when strong { text-decoration: line-through; }
    .item p { margin: 0 0 0.25rem; overflow-wrap: anywhere; }
    .by { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .badge { display: inline-block; margin-left: 0.5rem; padding: 0 0.5rem; border-radius: 999px; border: 1px solid currentColor; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-top: 0.25rem; }
  `,
})
export class CounsellingAppointments {
  private readonly service = inject(CounsellingService);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);

  readonly requestId = input.required<string>();
  /** The requester's preferred format (default for a new appointment). */
  readonly preferredFormat = input<CounsellingFormat>('ONLINE');
  /** Advisors and admins plan, move and cancel. */
  readonly staff = input(false);
  /** Whether the request is still open (not closed or declined). */
  readonly open = input(true);

  protected readonly formatKey = formatKey;
  protected readonly appointments = createLoader({ params: () => this.requestId(), load: (id) => this.service.appointments(id) });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected when(a: CounsellingAppointment): string {
    return this.i18n.formatDateRange(a.startsAt, a.endsAt, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  protected icsHref(a: CounsellingAppointment): string {
    return `${a.icsUrl}?lang=${this.i18n.locale()}`;
  }

  protected plan(): Promise<void> {
    return this.openDialog({ requestId: this.requestId(), preferredFormat: this.preferredFormat() }, 'counselling.appointments.planned');
  }

  protected change(a: CounsellingAppointment): Promise<void> {
    return this.openDialog({ requestId: this.requestId(), preferredFormat: this.preferredFormat(), appointment: a }, 'counselling.appointments.changed');
  }

  protected async cancel(a: CounsellingAppointment): Promise<void> {
    const ok = await this.confirm.confirm({
      title: this.i18n.t('counselling.appointments.cancelTitle'),
      message: this.i18n.t('counselling.appointments.cancelMessage', { when: this.when(a) }),
      confirmLabel: this.i18n.t('counselling.appointments.cancelConfirm'),
      destructive: true,
    });
    if (!ok) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.service.cancelAppointment(a.id);
      this.notifier.success(this.i18n.t('counselling.appointments.cancelledSaved'));
      this.appointments.reload();
    } catch (e) {
      this.error.set(this.errors.describe(e).message);
    } finally {
      this.busy.set(false);
    }
  }

  private async openDialog(data: AppointmentDialogData, saved: 'counselling.appointments.planned' | 'counselling.appointments.changed'): Promise<void> {
    const ref = this.dialog.open<AppointmentDialog, AppointmentDialogData, CounsellingAppointment>(AppointmentDialog, { data, autoFocus: 'first-tabbable', maxWidth: '36rem' });
    if (await firstValueFrom(ref.afterClosed())) {
      this.notifier.success(this.i18n.t(saved));
      this.appointments.reload();
    }
  }
}
