import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { AccompanimentService, type KommunePage as KommunePageData } from '@koko/web/accompaniment/data-access';
import { CounsellingService } from '@koko/web/counselling/data-access';
import { SessionStore } from '@koko/web/identity/data-access';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { FormError, LoadStateView, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { KommuneParticipants, KommuneShortFormats } from './kommune-page-blocks';
import { KommuneContacts, KommuneCounselling, KommuneEvaluation } from './kommune-page-more';
import { KommunePathView } from './kommune-path-view';

/**
 * The Kommune page for admins and the advisors who accompany it: the development path, the
 * participants with progress and certificates, short formats, counselling with appointments,
 * evaluation aggregates and contacts, from one request. Admins also assign the advisors here.
 */
@Component({
  selector: 'koko-kommune-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatSelect,
    MatOption,
    LoadStateView,
    PageHeader,
    FormError,
    KommunePathView,
    KommuneParticipants,
    KommuneShortFormats,
    KommuneCounselling,
    KommuneEvaluation,
    KommuneContacts,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-load-state [loader]="page" [loadingLabel]="'accompaniment.page.loading' | t">
        @if (page.data(); as k) {
          <koko-page-header [heading]="'accompaniment.page.heading' | t: { name: k.municipality.name }" [intro]="facts(k)" headingTestId="kommune-page-heading" />

          <section class="panel" aria-labelledby="path-heading" data-testid="kommune-path-section">
            <h2 id="path-heading">{{ 'accompaniment.page.path.heading' | t }}</h2>
            @if (k.path; as p) {
              <koko-kommune-path-view [path]="p" (changed)="page.reload()" />
            } @else {
              <p>{{ 'accompaniment.page.path.notStarted' | t }}</p>
            }
          </section>

          @if (isAdmin() && k.path) {
            <section class="panel" aria-labelledby="advisors-heading">
              <h2 id="advisors-heading">{{ 'accompaniment.advisors.heading' | t }}</h2>
              <koko-form-error [message]="advisorError()" />
              <form class="row" (ngSubmit)="saveAdvisors(k.municipalityId)" novalidate>
                <mat-form-field>
                  <mat-label>{{ 'accompaniment.advisors.label' | t }}</mat-label>
                  <mat-select [formControl]="advisorIds" multiple data-testid="kommune-advisors-select">
                    @for (a of advisors.data() ?? []; track a.id) {
                      <mat-option [value]="a.id">{{ a.displayName }}</mat-option>
                    }
                  </mat-select>
                  <mat-hint>{{ 'accompaniment.advisors.hint' | t }}</mat-hint>
                </mat-form-field>
                <button mat-flat-button type="submit" [disabled]="busy()" data-testid="kommune-advisors-save">{{ 'accompaniment.advisors.save' | t }}</button>
              </form>
            </section>
          }

          <section class="panel" aria-labelledby="participants-heading">
            <h2 id="participants-heading">{{ 'accompaniment.page.participants.heading' | t }}</h2>
            <koko-kommune-participants [participants]="k.participants" />
          </section>
          <section class="panel" aria-labelledby="counselling-heading">
            <h2 id="counselling-heading">{{ 'accompaniment.page.counselling.heading' | t }}</h2>
            <koko-kommune-counselling [requests]="k.counsellingRequests" />
          </section>
          <section class="panel" aria-labelledby="short-formats-heading">
            <h2 id="short-formats-heading">{{ 'accompaniment.page.shortFormats.heading' | t }}</h2>
            <koko-kommune-short-formats [shortFormats]="k.shortFormats" />
          </section>
          <section class="panel" aria-labelledby="evaluation-heading">
            <h2 id="evaluation-heading">{{ 'accompaniment.page.evaluation.heading' | t }}</h2>
            <koko-kommune-evaluation [results]="k.evaluation" />
          </section>
          <section class="panel" aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{{ 'accompaniment.page.contacts.heading' | t }}</h2>
            <koko-kommune-contacts [contacts]="k.contacts" />
          </section>
          <p><a mat-button routerLink="/begleitung">{{ 'accompaniment.path.back' | t }}</a></p>
        }
      </koko-load-state>
    </div>
  `,
  styles: `
    .panel { margin: 1.5rem 0; padding: 1rem 1.25rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .panel h2 { font: var(--mat-sys-title-medium); margin: 0 0 0.75rem; }
    .row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; }
    .row mat-form-field { flex: 1 1 16rem; }
    @media (max-width: 47.99rem) { .panel { padding: 0.75rem; } }
  `,
})
export class KommunePage {
  private readonly service = inject(AccompanimentService);
  private readonly counselling = inject(CounsellingService);
  private readonly session = inject(SessionStore);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);
  readonly id = input.required<string>();
  protected readonly isAdmin = this.session.isAdmin;
  protected readonly page = createLoader({ params: () => this.id(), load: (id) => this.service.kommunePage(id) });
  protected readonly advisors = createLoader({ load: () => (this.session.isAdmin() ? this.counselling.advisors() : Promise.resolve([])) });
  protected readonly advisorIds = new FormControl<string[]>([], { nonNullable: true });
  protected readonly busy = signal(false);
  protected readonly advisorError = signal<string | null>(null);

  constructor() {
    effect(() => {
      const p = this.page.data()?.path;
      if (p) this.advisorIds.setValue(p.advisors.map((a) => a.id));
    });
  }

  /** Regierungsbezirk, Kreis, KI and KoKo I in one line under the heading. */
  protected facts(k: KommunePageData): string {
    return [
      this.i18n.t('accompaniment.page.bezirk', { name: k.municipality.regierungsbezirk }),
      k.kreisName,
      k.municipality.hasIntegrationCentre ? this.i18n.t('accompaniment.page.withKi') : null,
      k.municipality.tookPartInKoko1 ? this.i18n.t('accompaniment.page.koko1') : null,
    ]
      .filter((x): x is string => !!x)
      .join(' · ');
  }

  protected async saveAdvisors(municipalityId: string): Promise<void> {
    this.busy.set(true);
    this.advisorError.set(null);
    try {
      await this.service.setAdvisors(municipalityId, this.advisorIds.value);
      this.notifier.success(this.i18n.t('accompaniment.advisors.saved'));
      this.page.reload();
    } catch (e) {
      this.advisorError.set(this.errors.describe(e).message);
    } finally {
      this.busy.set(false);
    }
  }
}
