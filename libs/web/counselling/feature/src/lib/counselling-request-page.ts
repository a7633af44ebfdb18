import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  COUNSELLING_OUTCOMES,
  type CounsellingOutcome,
  type CounsellingRequest,
  CounsellingService,
  type CounsellingStatus,
  formatKey,
  NEXT_STATUSES,
  outcomeKey,
  statusKey,
  urgencyKey,
} from '@koko/web/counselling/data-access';
import { SessionStore } from '@koko/web/identity/data-access';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { FormError, LoadStateView, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { CounsellingThread } from './counselling-thread';
import { CounsellingAppointments } from './appointments/counselling-appointments';

/**
 * `/beratung/anfragen/:id` – one request. Everyone who may see it reads it; admins assign advisors;
 * admins and its advisors move its status on (the server enforces the same steps).
 */
@Component({
  selector: 'koko-counselling-request-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    PageHeader,
    CounsellingThread,
    CounsellingAppointments,
    LoadStateView,
    FormError,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page narrow">
      <koko-load-state [loader]="request" [loadingLabel]="'counselling.detail.loading' | t">
        @if (request.data(); as r) {
          <koko-page-header [heading]="(en() ? r.topicTitleEn : r.topicTitle) + ' · ' + r.municipalityName" headingTestId="counselling-request-heading">
            <span class="chip" [attr.data-status]="r.status" data-testid="counselling-status">{{ statusKey(r.status) | t }}</span>
          </koko-page-header>
          <dl class="facts">
            <div><dt>{{ 'counselling.detail.requester' | t }}</dt><dd>{{ r.requester.displayName }}</dd></div>
            <div><dt>{{ 'counselling.detail.filed' | t }}</dt><dd>{{ date(r.createdAt) }}</dd></div>
            <div><dt>{{ 'counselling.detail.urgency' | t }}</dt><dd><span class="urgency" [attr.data-urgency]="r.urgency">{{ urgencyKey(r.urgency) | t }}</span></dd></div>
            <div><dt>{{ 'counselling.detail.format' | t }}</dt><dd>{{ formatKey(r.format) | t }}</dd></div>
            <div><dt>{{ 'counselling.detail.availability' | t }}</dt><dd>{{ r.availability }}</dd></div>
            <div>
              <dt>{{ 'counselling.detail.advisors' | t }}</dt>
              <dd data-testid="counselling-advisors">{{ advisorNames(r) || ('counselling.detail.noAdvisors' | t) }}</dd>
            </div>
          </dl>
          <section class="block">
            <h2>{{ 'counselling.detail.description' | t }}</h2>
            <p class="text">{{ r.description }}</p>
          </section>
          @if (r.status === 'DECLINED' && r.declineReason) {
            <section class="block" data-testid="counselling-decline-reason">
              <h2>{{ 'counselling.detail.declined' | t }}</h2>
              <p class="text">{{ r.declineReason }}</p>
            </section>
          }
          @if (r.status === 'CLOSED') {
            <section class="block" data-testid="counselling-outcome">
              <h2>{{ 'counselling.detail.outcome' | t }}</h2>
              <ul class="outcomes">
                @for (o of r.outcomeCategories; track o) {
                  <li>{{ outcomeKey(o) | t }}</li>
                }
              </ul>
              <p class="text">{{ r.outcomeSummary }}</p>
            </section>
          }

          <koko-counselling-appointments [requestId]="r.id" [preferredFormat]="r.format" [staff]="canChangeStatus()" [open]="next(r).length > 0" />

          <koko-counselling-thread [requestId]="r.id" [staff]="canChangeStatus()" [open]="next(r).length > 0" />

          @if (isAdmin() && next(r).length) {
            <section class="block panel" aria-labelledby="assign-heading">
              <h2 id="assign-heading">{{ 'counselling.assign.heading' | t }}</h2>
              <koko-form-error [message]="assignError()" />
              @if (advisors.data(); as options) {
                @if (options.length) {
                  <form class="row" [formGroup]="assignForm" (ngSubmit)="assign(r)" novalidate>
                    <mat-form-field>
                      <mat-label>{{ 'counselling.assign.label' | t }}</mat-label>
                      <mat-select formControlName="advisorIds" multiple data-testid="counselling-assign-select">
                        @for (a of options; track a.id) {
                          <mat-option [value]="a.id" [attr.data-testid]="'counselling-advisor-option'">{{ a.displayName }}</mat-option>
                        }
                      </mat-select>
                      @if (advisorIds.value.length > 2) {
                        <mat-hint class="warn">{{ 'counselling.assign.tooMany' | t }}</mat-hint>
                      } @else {
                        <mat-hint>{{ 'counselling.assign.hint' | t }}</mat-hint>
                      }
                    </mat-form-field>
                    <button mat-flat-button type="submit" [disabled]="busy()" data-testid="counselling-assign-submit">{{ 'counselling.assign.submit' | t }}</button>
                  </form>
                } @else {
                  <p>{{ 'counselling.assign.noAdvisors' | t }}</p>
                }
              }
            </section>
          }

          @if (canChangeStatus()) {
            <section class="block panel" aria-labelledby="status-heading">
              <h2 id="status-heading">{{ 'counselling.status.heading' | t }}</h2>
              @if (next(r).length) {
                <koko-form-error [message]="statusError()" />
                <form class="status-form" [formGroup]="statusForm" (ngSubmit)="saveStatus(r)" novalidate>
                  <mat-form-field>
                    <mat-label>{{ 'counselling.status.next' | t }}</mat-label>
                    <mat-select formControlName="nextStatus" data-testid="counselling-next-status">
                      @for (s of next(r); track s) {
                        <mat-option [value]="s" [attr.data-testid]="'counselling-next-' + s">{{ statusKey(s) | t }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                  @if (nextStatus.value === 'DECLINED') {
                    <mat-form-field>
                      <mat-label>{{ 'counselling.status.reason' | t }}</mat-label>
                      <textarea matInput formControlName="reason" rows="3" data-testid="counselling-decline-input"></textarea>
                      <mat-hint>{{ 'counselling.status.reasonHint' | t }}</mat-hint>
                    </mat-form-field>
                  }
                  @if (nextStatus.value === 'CLOSED') {
                    <fieldset>
                      <legend>{{ 'counselling.status.outcomes' | t }}</legend>
                      <div class="checks">
                        @for (o of outcomes; track o) {
                          <mat-checkbox [checked]="chosen().includes(o)" (change)="toggle(o, $event.checked)" [attr.data-testid]="'counselling-outcome-' + o">{{ outcomeKey(o) | t }}</mat-checkbox>
                        }
                      </div>
                    </fieldset>
                    <mat-form-field>
                      <mat-label>{{ 'counselling.status.summary' | t }}</mat-label>
                      <textarea matInput formControlName="summary" rows="3" data-testid="counselling-summary-input"></textarea>
                      <mat-hint>{{ 'counselling.status.summaryHint' | t }}</mat-hint>
                    </mat-form-field>
                  }
                  <div>
                    <button mat-flat-button type="submit" [disabled]="busy() || !nextStatus.value" data-testid="counselling-status-submit">{{ 'counselling.status.submit' | t }}</button>
                  </div>
                </form>
              } @else {
                <p>{{ 'counselling.status.final' | t }}</p>
              }
            </section>
          }
          <p><a mat-button [routerLink]="backLink()">{{ 'counselling.detail.back' | t }}</a></p>
        }
      </koko-load-state>
    </div>
  `,
  styles: `
    .narrow { max-width: 56rem; }
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.75rem 1.5rem; margin: 1rem 0; }
    .facts dt { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    .facts dd { margin: 0.125rem 0 0; overflow-wrap: anywhere; }
    .block { margin: 1.5rem 0; }
    .block h2 { font: var(--mat-sys-title-medium); margin: 0 0 0.5rem; }
    .panel { padding: 1rem 1.25rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .text { white-space: pre-line; overflow-wrap: anywhere; margin: 0; }
    .row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; }
    .row mat-form-field { flex: 1 1 16rem; }
    .status-form { display: grid; gap: 0.75rem; }
    fieldset { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 0.5rem 1rem; margin: 0; }
    .checks { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
    .warn { color: var(--mat-sys-error); }
    .chip { display: inline-block; padding: 0.25rem 0.75rem; border-radius: 999px; background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface); }
    .chip[data-status='ACCEPTED'], .chip[data-status='IN_PROGRESS'] { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .urgency[data-urgency='ACUTE'] { color: var(--mat-sys-error); font-weight: 600; }
  `,
})
export class CounsellingRequestPage {
  private readonly service = inject(CounsellingService);
  private readonly session = inject(SessionStore);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  protected readonly i18n = inject(I18nService);

  readonly id = input.required<string>();

  protected readonly statusKey = statusKey;
  protected readonly urgencyKey = urgencyKey;
  protected readonly formatKey = formatKey;
  protected readonly outcomeKey = outcomeKey;
  protected readonly outcomes = COUNSELLING_OUTCOMES;
  protected readonly isAdmin = this.session.isAdmin;
  protected readonly canChangeStatus = computed(() => this.session.isAdmin() || this.session.roles().includes('ADVISOR'));

  protected readonly request = createLoader({ params: () => this.id(), load: (id) => this.service.get(id) });
  protected readonly advisors = createLoader({ load: () => (this.session.isAdmin() ? this.service.advisors() : Promise.resolve([])) });

  protected readonly advisorIds = new FormControl<string[]>([], { nonNullable: true });
  protected readonly nextStatus = new FormControl<CounsellingStatus | null>(null);
  protected readonly reason = new FormControl('', { nonNullable: true });
  protected readonly summary = new FormControl('', { nonNullable: true });
  protected readonly assignForm = new FormGroup({ advisorIds: this.advisorIds });
  protected readonly statusForm = new FormGroup({ nextStatus: this.nextStatus, reason: this.reason, summary: this.summary });
  protected readonly chosen = signal<CounsellingOutcome[]>([]);
  protected readonly busy = signal(false);
  protected readonly assignError = signal<string | null>(null);
  protected readonly statusError = signal<string | null>(null);

  constructor() {
    // The assignment field starts from the request's current advisors.
    effect(() => {
      const r = this.request.data();
      if (r) this.advisorIds.setValue(r.advisors.map((a) => a.id));
    });
  }

  protected en(): boolean {
    return this.i18n.locale() === 'en';
  }

  protected backLink(): string {
    return this.canChangeStatus() ? '/beratung/eingang' : '/beratung';
  }

  protected next(r: CounsellingRequest): readonly CounsellingStatus[] {
    return NEXT_STATUSES[r.status];
  }

  protected date(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  }

  protected advisorNames(r: CounsellingRequest): string {
    return r.advisors.map((a) => a.displayName).join(', ');
  }

  protected toggle(outcome: CounsellingOutcome, on: boolean): void {
    this.chosen.update((list) => (on ? [...list.filter((o) => o !== outcome), outcome] : list.filter((o) => o !== outcome)));
  }

  protected async assign(r: CounsellingRequest): Promise<void> {
    const ids = this.advisorIds.value;
    if (!ids.length || ids.length > 2) {
      this.assignError.set(this.i18n.t(ids.length ? 'counselling.assign.tooMany' : 'counselling.assign.none'));
      return;
    }
    await this.run(this.assignError, async () => {
      await this.service.assign(r.id, ids);
      this.notifier.success(this.i18n.t('counselling.assign.saved'));
    });
  }

  protected async saveStatus(r: CounsellingRequest): Promise<void> {
    const status = this.nextStatus.value;
    if (!status) return;
    await this.run(this.statusError, async () => {
      const saved = await this.service.setStatus({
        requestId: r.id,
        status,
        reason: status === 'DECLINED' ? this.reason.value : null,
        outcomeCategories: status === 'CLOSED' ? this.chosen() : null,
        outcomeSummary: status === 'CLOSED' ? this.summary.value : null,
      });
      this.nextStatus.setValue(null);
      this.notifier.success(this.i18n.t('counselling.status.saved', { status: this.i18n.t(statusKey(saved.status)) }));
    });
  }

  private async run(error: ReturnType<typeof signal<string | null>>, work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    error.set(null);
    try {
      await work();
      this.request.reload();
    } catch (e) {
      error.set(this.errors.describe(e).message);
    } finally {
      this.busy.set(false);
    }
  }
}
