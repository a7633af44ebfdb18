import { PrivacyNotice } from '@koko/web/content/ui';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { SessionStore, toApiLocale } from '@koko/web/identity/data-access';
import {
  APPLICANT_LOCALES,
  ApplicationsService,
  formatDay,
  formatDayRange,
  localeNameKey,
  type MyEnrolment,
  MyEnrolmentsService,
  MunicipalityOptionsService,
  type OpenCohortView,
} from '@koko/web/enrolment/data-access';
import { enrolmentStateKey, isMunicipalityChoice, MunicipalityAutocomplete, type MunicipalitySearch } from '@koko/web/enrolment/ui';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ErrorState, FormError, LoadingState, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { firstValueFrom, map, startWith } from 'rxjs';
import { APPLY_LIMITS, createApplyForm } from './apply-form';

type PageState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'notOpen' }
  | { kind: 'ready'; view: OpenCohortView; signedIn: boolean; participant: boolean; existing: MyEnrolment | null };

type Outcome = { kind: 'applied' } | { kind: 'checkMail'; email: string };

/** `/bewerben/:cohortId` – the application form, for signed-in participants and for people without an account. */
@Component({
  selector: 'koko-apply-page',
  imports: [
    PrivacyNotice,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    PageHeader,
    LoadingState,
    ErrorState,
    FormError,
    TranslatePipe,
    MunicipalityAutocomplete,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './apply-page.html',
  styleUrl: './apply-page.scss',
})
export class ApplyPage {
  private readonly applications = inject(ApplicationsService);
  private readonly myEnrolments = inject(MyEnrolmentsService);
  private readonly municipalities = inject(MunicipalityOptionsService);
  private readonly session = inject(SessionStore);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** From the route (`withComponentInputBinding`). */
  readonly cohortId = input.required<string>();

  protected readonly limits = APPLY_LIMITS;
  protected readonly locales = APPLICANT_LOCALES;
  protected readonly localeNameKey = localeNameKey;
  protected readonly stateKey = enrolmentStateKey;
  protected readonly form = createApplyForm(toApiLocale(this.i18n.locale()));
  protected readonly searchMunicipalities: MunicipalitySearch = (term) => this.municipalities.search(term);
  protected readonly motivationLength = toSignal(
    this.form.controls.motivation.valueChanges.pipe(
      startWith(this.form.controls.motivation.value),
      map((v) => v.trim().length),
    ),
    { requireSync: true },
  );

  /** The sign-in page comes back here afterwards. */
  protected readonly signInQuery = computed(() => ({ returnUrl: `/bewerben/${this.cohortId()}` }));
  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.cohortId();
      untracked(() => void this.load(id));
    });
  }

  protected retry(): void {
    void this.load(this.cohortId());
  }


  protected deadline(view: OpenCohortView): string {
    return this.i18n.t('enrolment.apply.deadline', {
      period: formatDayRange(this.i18n, view.cohort.startsOn, view.cohort.endsOn),
      date: formatDay(this.i18n, view.cohort.applicationsCloseOn),
    });
  }

  protected async submit(view: OpenCohortView, signedIn: boolean): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const value = this.form.getRawValue();
    if (!isMunicipalityChoice(value.municipality)) return;
    const application = {
      cohortId: view.cohort.id,
      municipalityId: value.municipality.id,
      jobRole: value.jobRole.trim(),
      motivation: value.motivation.trim(),
    };
    this.submitting.set(true);
    this.error.set(null);
    try {
      if (signedIn) {
        await this.applications.apply(application);
        this.outcome.set({ kind: 'applied' });
        this.notifier.success(this.i18n.t('enrolment.apply.sent'));
      } else {
        const email = value.email.trim();
        await this.applications.applyWithoutAccount({ ...application, displayName: value.displayName.trim(), email, locale: value.locale });
        this.outcome.set({ kind: 'checkMail', email });
      }
      this.focusAfterRender('[data-focus="outcome"]');
    } catch (error) {
      // Announced by the form error's live region; focus stays where it was.
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }

  private async load(cohortId: string): Promise<void> {
    this.state.set({ kind: 'loading' });
    this.outcome.set(null);
    this.error.set(null);
    try {
      const [cohorts, user] = await Promise.all([firstValueFrom(this.applications.openCohorts()), this.session.ensureLoaded()]);
      const view = cohorts.find((c) => c.cohort.id === cohortId);
      if (!view) {
        this.state.set({ kind: 'notOpen' });
        return;
      }
      const participant = !!user?.roles.includes('PARTICIPANT');
      const existing = participant ? await this.findExisting(cohortId) : null;
      // Name, e-mail and language belong to the account when signed in.
      for (const name of ['displayName', 'email', 'locale'] as const) {
        if (user) this.form.controls[name].disable();
        else this.form.controls[name].enable();
      }
      this.state.set({ kind: 'ready', view, signedIn: !!user, participant, existing });
    } catch (error) {
      this.state.set({ kind: 'error', message: this.errors.describe(error).message });
    }
  }

  /** An earlier application to this cohort, if any; without it the API still answers ALREADY_APPLIED. */
  private async findExisting(cohortId: string): Promise<MyEnrolment | null> {
    try {
      const mine = await firstValueFrom(this.myEnrolments.list());
      return mine.find((e) => e.cohort.id === cohortId) ?? null;
    } catch {
      return null;
    }
  }

  private focusFirstInvalid(): void {
    this.focusAfterRender('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid');
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
