import { afterNextRender, ChangeDetectionStrategy, Component, effect, ElementRef, inject, Injector, input, signal, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { MunicipalityOptionsService } from '@koko/web/enrolment/data-access';
import { MunicipalityAutocomplete, type MunicipalitySearch } from '@koko/web/enrolment/ui';
import { formatKey, languageKey, ShortFormatsService, topicTitle, type RegistrationState, type ShortFormatDetail } from '@koko/web/events/data-access';
import { PrivacyNotice } from '@koko/web/content/ui';
import { SessionStore, toApiLocale } from '@koko/web/identity/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ErrorState, FormError, LoadingState, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { AvailabilityChip } from './availability-chip';
import { createRegisterForm, REGISTER_LIMITS, registrationInput } from './register-form';

type PageState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; event: ShortFormatDetail };
type Outcome = { kind: 'checkMail'; email: string } | { kind: 'done'; state: RegistrationState };

/** `/veranstaltungen/:id` – one short format with its registration form (no account needed). */
@Component({
  selector: 'koko-short-format-detail-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatRadioGroup,
    MatRadioButton,
    MatButton,
    PageHeader,
    LoadingState,
    ErrorState,
    FormError,
    TranslatePipe,
    MunicipalityAutocomplete,
    AvailabilityChip,
    PrivacyNotice,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './detail-page.html',
  styleUrl: './detail-page.scss',
})
export class ShortFormatDetailPage {
  private readonly service = inject(ShortFormatsService);
  private readonly municipalities = inject(MunicipalityOptionsService);
  private readonly session = inject(SessionStore);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** From the route (`withComponentInputBinding`). */
  readonly id = input.required<string>();

  protected readonly limits = REGISTER_LIMITS;
  protected readonly formatKey = formatKey;
  protected readonly languageKey = languageKey;
  protected readonly form = createRegisterForm(toApiLocale(this.i18n.locale()));
  protected readonly searchMunicipalities: MunicipalitySearch = (term) => this.municipalities.search(term);
  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected retry(): void {
    void this.load(this.id());
  }

  protected topic(event: ShortFormatDetail): string {
    return topicTitle(event.topic, this.i18n.locale());
  }

  protected when(event: ShortFormatDetail): string {
    const day = this.i18n.formatDate(event.startsAt, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' });
    const from = this.i18n.formatDate(event.startsAt, { timeStyle: 'short', timeZone: 'Europe/Berlin' }, { zoneLabel: false });
    const to = this.i18n.formatDate(event.endsAt, { timeStyle: 'short', timeZone: 'Europe/Berlin' });
    // One "(Berliner Zeit)" at the end of the span (only on a device in another zone).
    return `${day}, ${from}–${to}`;
  }

  protected dateTime(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  }

  protected async submit(event: ShortFormatDetail): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('events.register.fixErrors'));
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid')?.focus(), { injector: this.injector });
      return;
    }
    const input = registrationInput(this.form, event.id);
    this.submitting.set(true);
    this.error.set(null);
    try {
      const state = await this.service.register(input);
      this.outcome.set(state === 'PENDING' ? { kind: 'checkMail', email: input.email } : { kind: 'done', state });
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[data-focus="outcome"]')?.focus(), { injector: this.injector });
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }

  protected async resend(event: ShortFormatDetail, email: string): Promise<void> {
    try {
      await this.service.resend(event.id, email);
      this.notifier.success(this.i18n.t('events.register.resent'));
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    }
  }

  private async load(id: string): Promise<void> {
    this.state.set({ kind: 'loading' });
    this.outcome.set(null);
    this.error.set(null);
    try {
      const [event, user] = await Promise.all([this.service.detail(id), this.session.ensureLoaded()]);
      // Signed-in users get the form pre-filled.
      if (user && !this.form.dirty) this.form.patchValue({ name: user.displayName, email: user.email, locale: user.locale });
      this.state.set({ kind: 'ready', event });
    } catch (error) {
      this.state.set({ kind: 'error', message: this.errors.describe(error).message });
    }
  }
}
