import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  COUNSELLING_FORMATS,
  COUNSELLING_URGENCIES,
  type CounsellingFormat,
  CounsellingService,
  type CounsellingUrgency,
  formatKey,
  urgencyKey,
} from '@koko/web/counselling/data-access';
import { MunicipalityOptionsService } from '@koko/web/enrolment/data-access';
import { SessionStore } from '@koko/web/identity/data-access';
import { isMunicipalityChoice, MunicipalityAutocomplete, municipalityChosen, type MunicipalitySearch, type MunicipalityValue } from '@koko/web/enrolment/ui';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { FormError, LoadStateView, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/**
 * `/beratung/neu` – a participant asks for advice on a concrete situation in a municipality.
 * `/beratung/kontakt` – the same form for visitors without an account (public): name, e-mail and
 * consent besides; the account is created with the request and the mail brings its invitation link.
 */
@Component({
  selector: 'koko-request-counselling-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatRadioGroup,
    MatRadioButton,
    MatCheckbox,
    MunicipalityAutocomplete,
    PageHeader,
    FormError,
    LoadStateView,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page narrow">
      <koko-page-header
        [heading]="(visitor() ? 'counselling.title.contact' : 'counselling.title.new') | t"
        headingTestId="request-counselling-heading"
        [intro]="(visitor() ? 'counselling.public.intro' : 'counselling.form.intro') | t"
      />
      @if (sentTo(); as email) {
        <section class="sent" role="status" data-testid="counselling-public-sent">
          <h2>{{ 'counselling.public.sentHeading' | t }}</h2>
          <p>{{ 'counselling.public.sent' | t: { email } }}</p>
          @if (form.controls.urgency.value === 'ACUTE') {
            <p><strong>{{ 'counselling.public.acuteSent' | t }}</strong></p>
          }
        </section>
      } @else {
      @if (visitor()) {
        <p><a routerLink="/anmelden" [queryParams]="{ returnUrl: '/beratung/neu' }">{{ 'counselling.public.signIn' | t }}</a></p>
      }
      <koko-load-state [loader]="topics" [loadingLabel]="'counselling.form.loadingTopics' | t">
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="request-counselling-form">
          <koko-form-error [message]="error()" />
          <koko-municipality-autocomplete
            [control]="form.controls.municipality"
            [search]="searchMunicipalities"
            [label]="'counselling.form.municipality' | t"
            [hint]="'counselling.form.municipalityHint' | t"
            [required]="true"
            testId="counselling-municipality"
          />
          <mat-form-field>
            <mat-label>{{ 'counselling.form.topic' | t }}</mat-label>
            <mat-select formControlName="topicId" required data-testid="counselling-topic">
              @for (topic of topics.data() ?? []; track topic.id) {
                <mat-option [value]="topic.id">{{ en() ? topic.titleEn : topic.title }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ 'counselling.form.topicRequired' | t }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'counselling.form.description' | t }}</mat-label>
            <textarea matInput formControlName="description" rows="6" required data-testid="counselling-description"></textarea>
            <mat-hint>{{ 'counselling.form.descriptionHint' | t }}</mat-hint>
            <mat-error>{{ 'counselling.form.descriptionRequired' | t }}</mat-error>
          </mat-form-field>
          <fieldset>
            <legend>{{ 'counselling.form.urgency' | t }}</legend>
            <mat-radio-group formControlName="urgency" class="options" data-testid="counselling-urgency">
              @for (u of urgencies; track u) {
                <mat-radio-button [value]="u" [attr.data-testid]="'counselling-urgency-' + u">{{ urgencyKey(u) | t }}</mat-radio-button>
              }
            </mat-radio-group>
            @if (form.controls.urgency.value === 'ACUTE') {
              <p class="hint" role="note">{{ 'counselling.form.acuteHint' | t }}</p>
            }
          </fieldset>
          <fieldset>
            <legend>{{ 'counselling.form.format' | t }}</legend>
            <mat-radio-group formControlName="format" class="options" data-testid="counselling-format">
              @for (f of formats; track f) {
                <mat-radio-button [value]="f" [attr.data-testid]="'counselling-format-' + f">{{ formatKey(f) | t }}</mat-radio-button>
              }
            </mat-radio-group>
          </fieldset>
          <mat-form-field>
            <mat-label>{{ 'counselling.form.availability' | t }}</mat-label>
            <input matInput formControlName="availability" required data-testid="counselling-availability" />
            <mat-hint>{{ 'counselling.form.availabilityHint' | t }}</mat-hint>
            <mat-error>{{ 'counselling.form.availabilityRequired' | t }}</mat-error>
          </mat-form-field>
          @if (visitor()) {
            <fieldset [formGroup]="contact" class="contact">
              <legend>{{ 'counselling.public.contact' | t }}</legend>
              <mat-form-field>
                <mat-label>{{ 'counselling.public.name' | t }}</mat-label>
                <input matInput formControlName="displayName" autocomplete="name" required maxlength="120" data-testid="counselling-public-name" />
                <mat-error>{{ 'counselling.public.nameRequired' | t }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'counselling.public.email' | t }}</mat-label>
                <input matInput type="email" formControlName="email" autocomplete="email" required maxlength="254" data-testid="counselling-public-email" />
                <mat-error>{{ 'counselling.public.emailRequired' | t }}</mat-error>
              </mat-form-field>
              <div class="trap" aria-hidden="true">
                <label for="counselling-website">{{ 'counselling.public.honeypot' | t }}</label>
                <input id="counselling-website" type="text" formControlName="website" tabindex="-1" autocomplete="off" />
              </div>
              <mat-checkbox formControlName="consent" data-testid="counselling-public-consent">{{ 'counselling.public.consent' | t }}</mat-checkbox>
              <p class="privacy"><a routerLink="/datenschutz">{{ 'counselling.public.privacy' | t }}</a></p>
              @if (contact.controls.consent.touched && contact.controls.consent.invalid) {
                <p class="field-error" role="alert" data-testid="counselling-public-consent-error">{{ 'counselling.public.consentRequired' | t }}</p>
              }
            </fieldset>
          }
          <div class="actions">
            <a mat-button [routerLink]="visitor() ? '/' : '/beratung'">{{ 'common.cancel' | t }}</a>
            <button mat-flat-button type="submit" [disabled]="submitting()" data-testid="counselling-submit">{{ 'counselling.form.submit' | t }}</button>
          </div>
        </form>
      </koko-load-state>
      }
    </div>
  `,
  styles: `
    .narrow { max-width: 48rem; }
    form { display: grid; gap: 1rem; margin-top: 1rem; }
    mat-form-field { width: 100%; }
    fieldset { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 0.75rem 1rem; margin: 0; }
    legend { padding: 0 0.25rem; font: var(--mat-sys-title-small); }
    .options { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
    .hint { margin: 0.5rem 0 0; color: var(--mat-sys-on-surface-variant); }
    .actions { display: flex; gap: 0.5rem; justify-content: flex-end; flex-wrap: wrap; }
    .contact { display: grid; gap: 0.5rem; }
    .trap { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
    .privacy { margin: 0.25rem 0 0; }
    .field-error { margin: 0.25rem 0 0; color: var(--mat-sys-error); }
    .sent { margin-top: 1rem; padding: 1rem 1.25rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .sent h2 { font: var(--mat-sys-title-medium); margin: 0 0 0.5rem; }
  `,
})
export class RequestCounsellingPage {
  private readonly service = inject(CounsellingService);
  private readonly municipalities = inject(MunicipalityOptionsService);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly i18n = inject(I18nService);
  /** Nobody signed in: the public contact form. */
  protected readonly visitor = computed(() => !this.session.signedIn());
  /** After the public form was sent: the address the mail went to. */
  protected readonly sentTo = signal<string | null>(null);

  protected readonly urgencies = COUNSELLING_URGENCIES;
  protected readonly formats = COUNSELLING_FORMATS;
  protected readonly urgencyKey = urgencyKey;
  protected readonly formatKey = formatKey;
  protected readonly topics = createLoader({ load: () => this.service.topics() });
  protected readonly searchMunicipalities: MunicipalitySearch = (term) => this.municipalities.search(term);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = new FormGroup({
    municipality: new FormControl<MunicipalityValue>(null, { validators: [Validators.required, municipalityChosen] }),
    topicId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(20), Validators.maxLength(5000)] }),
    urgency: new FormControl<CounsellingUrgency>('NORMAL', { nonNullable: true }),
    format: new FormControl<CounsellingFormat>('ONLINE', { nonNullable: true }),
    availability: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(1000)] }),
  });

  protected readonly contact = new FormGroup({
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(2), Validators.maxLength(120)] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(254)] }),
    consent: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
    website: new FormControl('', { nonNullable: true }),
  });

  protected en(): boolean {
    return this.i18n.locale() === 'en';
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    const visitor = this.visitor();
    if (visitor) this.contact.markAllAsTouched();
    const v = this.form.getRawValue();
    if (this.form.invalid || (visitor && this.contact.invalid) || !isMunicipalityChoice(v.municipality)) return;
    this.submitting.set(true);
    this.error.set(null);
    const request = {
      municipalityId: v.municipality.id,
      topicId: v.topicId,
      description: v.description.trim(),
      urgency: v.urgency,
      format: v.format,
      availability: v.availability.trim(),
    };
    try {
      if (visitor) {
        const c = this.contact.getRawValue();
        const email = c.email.trim();
        await this.service.requestWithoutAccount({
          ...request,
          displayName: c.displayName.trim(),
          email,
          locale: this.en() ? 'EN' : 'DE',
          consent: c.consent,
          website: c.website || null,
        });
        this.sentTo.set(email);
        return;
      }
      const created = await this.service.request(request);
      this.notifier.success(this.i18n.t('counselling.form.sent'));
      await this.router.navigate(['/beratung/anfragen', created.id]);
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}
