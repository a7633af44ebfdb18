import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatDialog } from '@angular/material/dialog';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  formatKey,
  type OrganiserRegistration,
  type ShortFormatAdmin,
  ShortFormatsAdminService,
  shortFormatStateKey,
  topicTitle,
} from '@koko/web/events/data-access';
import { ApiErrorService, createLoader, type ExportFormat } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, FormError, LoadStateView, Notifier, PageHeader, TableScroll } from '@koko/web/shared/ui';
import { downloadExportFile, I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { CancelShortFormatDialog } from './cancel-short-format-dialog';
import { CheckInScanner } from './check-in-scanner';
import { MoveWaitingEntryDialog, type MoveWaitingEntryData } from './move-waiting-entry-dialog';
import { ShortFormatDialog } from './short-format-dialog';

/** Organisers check in from this many minutes before the start (the API's rule). */
const CHECK_IN_BEFORE_MINUTES = 60;

/** `/verwaltung/kurzformate/:id` – one short format for organisers: details, state changes, registrations and the waiting list. */
@Component({
  selector: 'koko-short-format-admin-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatInput, MatTableModule, PageHeader, LoadStateView, FormError, TableScroll, TranslatePipe, CheckInScanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './short-format-admin-page.html',
  styleUrl: './short-format-admin-page.scss',
})
export class ShortFormatAdminPage {
  private readonly admin = inject(ShortFormatsAdminService);
  private readonly dialog = inject(MatDialog);
  private readonly confirmation = inject(ConfirmService);
  private readonly notifier = inject(Notifier);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  readonly id = input.required<string>();

  protected readonly event = createLoader({ params: () => this.id(), load: (id) => this.admin.detail(id) });
  protected readonly registrations = createLoader({ params: () => this.id(), load: (id) => this.admin.registrations(id) });
  protected readonly waitingCount = computed(() => (this.registrations.data() ?? []).filter((r) => r.state === 'WAITING').length);
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly columns = ['position', 'name', 'organisation', 'state', 'present', 'needs', 'actions'];
  protected readonly code = new FormControl('', { nonNullable: true });
  protected readonly checkInForm = new FormGroup({ code: this.code });
  protected readonly checkInError = signal<string | null>(null);
  protected readonly checkInResult = signal<{ kind: 'done'; name: string } | { kind: 'already'; name: string; at: string } | null>(null);
  protected readonly formatKey = formatKey;
  protected readonly stateKey = shortFormatStateKey;
  protected readonly locale = this.i18n.locale;

  protected registrationStateKey(r: OrganiserRegistration): TranslationKey {
    return `events.admin.registrationState.${r.state}`;
  }

  protected topic(e: ShortFormatAdmin): string {
    return topicTitle(e.topic, this.i18n.locale());
  }

  protected dateTime(iso: string): string {
    return this.i18n.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  }

  /** Held only from the start on (the API refuses earlier). */
  protected started(e: ShortFormatAdmin): boolean {
    return new Date(e.startsAt).getTime() <= Date.now();
  }

  /** Organisers check in from an hour before the start (as the API allows). */
  protected checkInOpensAt(e: ShortFormatAdmin): string {
    return new Date(new Date(e.startsAt).getTime() - CHECK_IN_BEFORE_MINUTES * 60_000).toISOString();
  }

  protected checkInOpen(e: ShortFormatAdmin): boolean {
    return (e.state === 'PUBLISHED' || e.state === 'HELD') && Date.now() >= new Date(this.checkInOpensAt(e)).getTime();
  }

  protected async checkInByCode(e: ShortFormatAdmin): Promise<void> {
    const code = this.code.value.trim();
    this.checkInResult.set(null);
    if (!code) {
      this.checkInError.set(this.i18n.t('events.admin.checkIn.codeRequired'));
      return;
    }
    await this.checkIn(() => this.admin.checkIn({ shortFormatId: e.id, code }));
    if (!this.checkInError()) this.code.setValue('');
  }

  /** A QR code read by the camera: its content is the registration's check-in token. */
  protected async checkInByQr(e: ShortFormatAdmin, qrToken: string): Promise<void> {
    this.checkInResult.set(null);
    await this.checkIn(() => this.admin.checkIn({ shortFormatId: e.id, qrToken }));
  }

  protected async togglePresent(e: ShortFormatAdmin, r: OrganiserRegistration, present: boolean): Promise<void> {
    this.checkInResult.set(null);
    if (present) {
      await this.checkIn(() => this.admin.checkIn({ shortFormatId: e.id, registrationId: r.id }));
      return;
    }
    this.busy.set(true);
    this.checkInError.set(null);
    try {
      await this.admin.undoCheckIn(r.id);
      this.notifier.success(this.i18n.t('events.admin.checkIn.undone', { name: r.name }));
    } catch (error) {
      this.checkInError.set(this.errors.describe(error).message);
    } finally {
      this.busy.set(false);
      this.registrations.reload();
      this.event.reload();
    }
  }

  private async checkIn(run: () => Promise<{ alreadyCheckedInAt?: string | null; registration: OrganiserRegistration }>): Promise<void> {
    this.busy.set(true);
    this.checkInError.set(null);
    try {
      const result = await run();
      const name = result.registration.name;
      this.checkInResult.set(result.alreadyCheckedInAt ? { kind: 'already', name, at: result.alreadyCheckedInAt } : { kind: 'done', name });
    } catch (error) {
      this.checkInError.set(this.errors.describe(error).message);
    } finally {
      this.busy.set(false);
      this.registrations.reload();
      this.event.reload();
    }
  }

  protected async downloadParticipants(e: ShortFormatAdmin, format: ExportFormat): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    try {
      downloadExportFile(this.document, await this.admin.participantsCsv(e.id, format));
    } catch (error) {
      this.actionError.set(this.errors.describe(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  protected edit(e: ShortFormatAdmin): void {
    this.dialog
      .open<ShortFormatDialog, ShortFormatAdmin, ShortFormatAdmin>(ShortFormatDialog, { data: e, autoFocus: 'first-tabbable', maxWidth: '48rem', width: '100%' })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notifier.success(this.i18n.t('events.admin.saved', { title: saved.title }));
        this.event.reload();
        this.registrations.reload();
      });
  }

  protected async publish(e: ShortFormatAdmin): Promise<void> {
    const ok = await this.confirmation.confirm({
      title: this.i18n.t('events.admin.publish.title'),
      message: this.i18n.t('events.admin.publish.message', { title: e.title }),
      confirmLabel: this.i18n.t('events.admin.publish.submit'),
    });
    if (ok) await this.act(() => this.admin.publish(e.id), 'events.admin.publish.done');
  }

  protected async markHeld(e: ShortFormatAdmin): Promise<void> {
    const ok = await this.confirmation.confirm({
      title: this.i18n.t('events.admin.held.title'),
      message: this.i18n.t('events.admin.held.message', { title: e.title }),
      confirmLabel: this.i18n.t('events.admin.held.submit'),
    });
    if (ok) await this.act(() => this.admin.markHeld(e.id), 'events.admin.held.done');
  }

  /** Issues what is missing (e.g. after a late check-in); the rest were issued when the event was marked held. */
  protected async issueConfirmations(e: ShortFormatAdmin): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const issued = await this.admin.issueAttendanceConfirmations(e.id);
      this.notifier.success(this.i18n.t('events.admin.confirmations.done', { count: issued }));
    } catch (error) {
      this.actionError.set(this.errors.describe(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  protected cancel(e: ShortFormatAdmin): void {
    this.dialog
      .open<CancelShortFormatDialog, ShortFormatAdmin, ShortFormatAdmin>(CancelShortFormatDialog, { data: e, autoFocus: 'first-tabbable', maxWidth: '36rem', width: '100%' })
      .afterClosed()
      .subscribe((cancelled) => {
        if (!cancelled) return;
        this.notifier.success(this.i18n.t('events.admin.cancel.done'));
        this.event.reload();
        this.registrations.reload();
      });
  }

  protected move(registration: OrganiserRegistration): void {
    this.dialog
      .open<MoveWaitingEntryDialog, MoveWaitingEntryData, OrganiserRegistration[]>(MoveWaitingEntryDialog, {
        data: { registration, waitingCount: this.waitingCount() },
        autoFocus: 'first-tabbable',
        maxWidth: '32rem',
        width: '100%',
      })
      .afterClosed()
      .subscribe((list) => {
        if (!list) return;
        this.notifier.success(this.i18n.t('events.admin.move.done', { name: registration.name }));
        this.registrations.reload();
      });
  }

  private async act(run: () => Promise<unknown>, done: TranslationKey): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    try {
      await run();
      this.notifier.success(this.i18n.t(done));
      this.event.reload();
    } catch (error) {
      this.actionError.set(this.errors.describe(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
