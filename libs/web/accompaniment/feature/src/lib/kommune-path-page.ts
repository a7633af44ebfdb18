import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { AccompanimentService } from '@koko/web/accompaniment/data-access';
import { CounsellingService, statusKey, urgencyKey } from '@koko/web/counselling/data-access';
import { SessionStore } from '@koko/web/identity/data-access';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { FormError, LoadStateView, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { KommunePathView } from './kommune-path-view';

/**
 * `/begleitung/kommunen/:id` – a Kommune's development path for its participants, its advisors and
 * admins; staff also see its counselling requests, and admins assign the advisors who accompany it.
 */
@Component({
  selector: 'koko-kommune-path-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatSelect, MatOption, LoadStateView, PageHeader, FormError, KommunePathView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page narrow">
      <koko-load-state [loader]="path" [loadingLabel]="'accompaniment.path.loading' | t">
        @if (path.data(); as p) {
          <koko-page-header [heading]="'accompaniment.path.heading' | t: { name: p.municipalityName }" headingTestId="kommune-path-heading" />
          <koko-kommune-path-view [path]="p" [canShare]="isParticipant()" (changed)="path.reload()" />

          @if (isAdmin()) {
            <section class="panel" aria-labelledby="advisors-heading">
              <h2 id="advisors-heading">{{ 'accompaniment.advisors.heading' | t }}</h2>
              <koko-form-error [message]="advisorError()" />
              <form class="row" (ngSubmit)="saveAdvisors(p.municipalityId)" novalidate>
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

          @if (isStaff()) {
            <section class="panel" aria-labelledby="requests-heading">
              <h2 id="requests-heading">{{ 'accompaniment.requests.heading' | t }}</h2>
              @if (requests.data(); as list) {
                @if (list.length) {
                  <ul class="requests" data-testid="kommune-requests">
                    @for (r of list; track r.id) {
                      <li>
                        <a [routerLink]="['/beratung/anfragen', r.id]">{{ en() ? r.topicTitleEn : r.topicTitle }}</a>
                        · {{ statusKey(r.status) | t }} · {{ urgencyKey(r.urgency) | t }}
                      </li>
                    }
                  </ul>
                } @else {
                  <p>{{ 'accompaniment.requests.none' | t }}</p>
                }
              }
            </section>
          }
          <p><a mat-button [routerLink]="isStaff() ? '/begleitung' : '/mein-weg'">{{ 'accompaniment.path.back' | t }}</a></p>
        }
      </koko-load-state>
    </div>
  `,
  styles: `
    .narrow { max-width: 60rem; }
    .panel { margin: 1.5rem 0; padding: 1rem 1.25rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .panel h2 { font: var(--mat-sys-title-medium); margin: 0 0 0.75rem; }
    .row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; }
    .row mat-form-field { flex: 1 1 16rem; }
    .requests { margin: 0; padding-left: 1.25rem; }
    .requests li { margin: 0.25rem 0; overflow-wrap: anywhere; }
  `,
})
export class KommunePathPage {
  private readonly service = inject(AccompanimentService);
  private readonly counselling = inject(CounsellingService);
  private readonly session = inject(SessionStore);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);
  readonly id = input.required<string>();
  protected readonly statusKey = statusKey;
  protected readonly urgencyKey = urgencyKey;
  protected readonly isAdmin = this.session.isAdmin;
  protected readonly isStaff = computed(() => this.session.isAdmin() || this.session.roles().includes('ADVISOR'));
  protected readonly isParticipant = computed(() => this.session.roles().includes('PARTICIPANT') && !this.isStaff());
  protected readonly path = createLoader({ params: () => this.id(), load: (id) => this.service.path(id) });
  protected readonly advisors = createLoader({ load: () => (this.session.isAdmin() ? this.counselling.advisors() : Promise.resolve([])) });
  /** Staff see the Kommune's counselling requests (advisors: those assigned to them). */
  protected readonly requests = createLoader({
    params: () => this.id(),
    load: async (municipalityId) => (this.isStaff() ? (await firstValueFrom(this.counselling.list({ municipalityId, offset: 0, limit: 50 }))).items : []),
  });
  protected readonly advisorIds = new FormControl<string[]>([], { nonNullable: true });
  protected readonly busy = signal(false);
  protected readonly advisorError = signal<string | null>(null);

  constructor() {
    effect(() => {
      const p = this.path.data();
      if (p) this.advisorIds.setValue(p.advisors.map((a) => a.id));
    });
  }

  protected en(): boolean {
    return this.i18n.locale() === 'en';
  }

  protected async saveAdvisors(municipalityId: string): Promise<void> {
    this.busy.set(true);
    this.advisorError.set(null);
    try {
      await this.service.setAdvisors(municipalityId, this.advisorIds.value);
      this.notifier.success(this.i18n.t('accompaniment.advisors.saved'));
      this.path.reload();
    } catch (e) {
      this.advisorError.set(this.errors.describe(e).message);
    } finally {
      this.busy.set(false);
    }
  }
}
