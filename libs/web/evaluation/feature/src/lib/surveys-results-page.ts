import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MatDialog } from '@angular/material/dialog';
import { type CreatedSurvey, EvaluationService, type MatchRate, type StaffSurvey } from '@koko/web/evaluation/data-access';
import { SessionStore } from '@koko/web/identity/data-access';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, FormError, LoadStateView, Notifier, PageHeader, TableScroll } from '@koko/web/shared/ui';
import { downloadExportFile, I18nService, TranslatePipe, type TranslationKey } from '@koko/web/shared/util';
import { SurveyCreateDialog } from './survey-create-dialog';

/**
 * `/auswertung` – Evaluation, admins and trainers (own cohorts): every survey with its counts and
 * mails; Evaluation and admins send the one reminder from here.
 */
@Component({
  selector: 'koko-surveys-results-page',
  imports: [RouterLink, MatAnchor, MatButton, PageHeader, LoadStateView, TableScroll, FormError, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-page-header [heading]="'evaluation.results.heading' | t" headingTestId="surveys-results-heading" [intro]="'evaluation.results.intro' | t">
        @if (staff) {
          <button mat-flat-button type="button" (click)="create()" data-testid="survey-create">{{ 'evaluation.create.open' | t }}</button>
          <a mat-stroked-button routerLink="/auswertung/frageboegen" data-testid="questionnaires-link">{{ 'evaluation.questionnaires.heading' | t }}</a>
        }
      </koko-page-header>
      <koko-load-state [loader]="list" [emptyMessage]="'evaluation.results.empty' | t" [loadingLabel]="'evaluation.results.loading' | t">
        @if (list.data(); as surveys) {
          <koko-form-error [message]="error()" />
          <koko-table-scroll [label]="'evaluation.results.heading' | t">
            <table class="koko-table" data-testid="surveys-table">
              <thead>
                <tr>
                  <th scope="col">{{ 'evaluation.results.colTitle' | t }}</th>
                  <th scope="col">{{ 'evaluation.results.colContext' | t }}</th>
                  <th scope="col">{{ 'evaluation.results.colWave' | t }}</th>
                  <th scope="col">{{ 'evaluation.results.colPeriod' | t }}</th>
                  <th scope="col" class="num">{{ 'evaluation.results.colInvited' | t }}</th>
                  <th scope="col" class="num">{{ 'evaluation.results.colResponses' | t }}</th>
                  <th scope="col">{{ 'evaluation.results.colMails' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (s of surveys; track s.id) {
                  <tr data-testid="survey-row">
                    <th scope="row"><a [routerLink]="['/auswertung', s.id]">{{ i18n.locale() === 'en' ? s.titleEn : s.title }}</a></th>
                    <td>{{ en() ? s.contextNameEn : s.contextName }}</td>
                    <td>{{ waveKey(s.wave) | t }}</td>
                    <td>{{ date(s.opensAt) }} – {{ date(s.closesAt) }}</td>
                    <td class="num">{{ s.invited }}</td>
                    <td class="num">{{ s.responses ?? ('evaluation.results.belowMinimum' | t) }}</td>
                    <td data-testid="survey-mails">
                      @if (s.invitationsSentAt) {
                        <span class="line">{{ 'evaluation.results.invitedOn' | t: { date: date(s.invitationsSentAt) } }}</span>
                      } @else {
                        <span class="line">{{ 'evaluation.results.invitesAtOpening' | t }}</span>
                      }
                      @if (s.reminderSentAt) {
                        <span class="line" data-testid="survey-reminded">{{ 'evaluation.results.remindedOn' | t: { date: date(s.reminderSentAt) } }}</span>
                      } @else if (s.remindAt) {
                        <span class="line">{{ 'evaluation.results.remindsOn' | t: { date: date(s.remindAt) } }}</span>
                      }
                      @if (canRemind(s)) {
                        <button mat-stroked-button type="button" [disabled]="busy() === s.id" (click)="remind(s)" data-testid="survey-remind">
                          {{ 'evaluation.results.remind' | t }}
                        </button>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </koko-table-scroll>
        }
      </koko-load-state>
      @if (staff) {
        <section class="linking" aria-labelledby="linking-heading" data-testid="pre-post">
          <h2 id="linking-heading">{{ 'evaluation.linking.heading' | t }}</h2>
          <p>{{ 'evaluation.linking.intro' | t }}</p>
          <koko-form-error [message]="linkError()" />
          <koko-load-state [loader]="rates" [emptyMessage]="'evaluation.linking.empty' | t" [loadingLabel]="'evaluation.linking.loading' | t">
            @if (rates.data(); as list) {
              <koko-table-scroll [label]="'evaluation.linking.heading' | t">
                <table class="koko-table" data-testid="pre-post-table">
                  <thead>
                    <tr>
                      <th scope="col">{{ 'evaluation.linking.colSurveys' | t }}</th>
                      <th scope="col" class="num">{{ 'evaluation.linking.colCodes' | t }}</th>
                      <th scope="col" class="num">{{ 'evaluation.linking.colExact' | t }}</th>
                      <th scope="col" class="num">{{ 'evaluation.linking.colPartial' | t }}</th>
                      <th scope="col" class="num">{{ 'evaluation.linking.colRate' | t }}</th>
                      @if (researcher) {
                        <th scope="col">{{ 'evaluation.linking.colExport' | t }}</th>
                      }
                    </tr>
                  </thead>
                  <tbody>
                    @for (m of list; track m.cohortId) {
                      <tr data-testid="pre-post-row">
                        <th scope="row">{{ en() ? m.preTitleEn : m.preTitle }} → {{ en() ? m.postTitleEn : m.postTitle }}</th>
                        @if (m.suppressed) {
                          <td colspan="4">{{ 'evaluation.results.belowMinimum' | t }}</td>
                        } @else {
                          <td class="num">{{ m.preWithCode }} / {{ m.postWithCode }}</td>
                          <td class="num">{{ m.exact }}</td>
                          <td class="num">{{ m.partial }}</td>
                          <td class="num" data-testid="pre-post-rate">{{ percent(m.matchRate) }}</td>
                        }
                        @if (researcher) {
                          <td>
                            <button mat-stroked-button type="button" [disabled]="m.suppressed || busy() === m.cohortId" (click)="downloadPairs(m)">{{ 'evaluation.linking.download' | t }}</button>
                          </td>
                        }
                      </tr>
                    }
                  </tbody>
                </table>
              </koko-table-scroll>
            }
          </koko-load-state>
        </section>
      }
    </div>
  `,
  styles: `
    table { width: 100%; border-collapse: collapse; }
    th, td { text-align: left; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    .num { text-align: right; white-space: nowrap; }
    .line { display: block; }
    .linking { margin-top: 2.5rem; }
    td button { margin-top: 0.25rem; }
  `,
})
export class SurveysResultsPage {
  private readonly service = inject(EvaluationService);
  protected readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);
  private readonly confirmation = inject(ConfirmService);
  private readonly notifier = inject(Notifier);
  private readonly errors = inject(ApiErrorService);
  private readonly dialogs = inject(MatDialog);
  protected readonly list = createLoader({ load: () => this.service.surveys() });
  protected readonly busy = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly document = inject(DOCUMENT);
  protected readonly staff = this.session.hasRole('EVALUATION') || this.session.hasRole('ADMIN');
  protected readonly researcher = this.session.hasRole('EVALUATION');
  protected readonly en = computed(() => this.i18n.locale() === 'en');
  protected readonly rates = createLoader({ load: () => (this.staff ? this.service.matchRates() : Promise.resolve([])) });
  protected readonly linkError = signal<string | null>(null);

  protected percent(value: number | null | undefined): string {
    return this.i18n.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  }

  /** The linked pairs (CSV, SPSS syntax, R script); audit-logged on the server. */
  protected async downloadPairs(m: MatchRate): Promise<void> {
    this.linkError.set(null);
    this.busy.set(m.cohortId);
    try {
      for (const file of await this.service.prePostExport(m.preSurveyId, m.postSurveyId)) downloadExportFile(this.document, file);
    } catch (error) {
      this.linkError.set(this.errors.describe(error).message);
    } finally {
      this.busy.set(null);
    }
  }

  /** A new survey in a dialog; the list shows it once saved. */
  protected create(): void {
    this.dialogs
      .open<SurveyCreateDialog, void, CreatedSurvey>(SurveyCreateDialog, { autoFocus: 'first-tabbable', maxWidth: '48rem', width: '100%' })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        this.notifier.success(this.i18n.t('evaluation.create.created', { title: this.en() ? created.titleEn : created.title, invited: created.invited }));
        this.list.reload();
      });
  }

  /** The one reminder: Evaluation and admins, once, while the survey is open and invited. */
  protected canRemind(s: StaffSurvey): boolean {
    const now = Date.now();
    const staff = this.session.hasRole('EVALUATION') || this.session.hasRole('ADMIN');
    return staff && !!s.invitationsSentAt && !s.reminderSentAt && new Date(s.opensAt).getTime() <= now && new Date(s.closesAt).getTime() > now;
  }

  protected async remind(s: StaffSurvey): Promise<void> {
    const title = this.i18n.locale() === 'en' ? s.titleEn : s.title;
    const confirmed = await this.confirmation.confirm({
      title: this.i18n.t('evaluation.results.remindTitle'),
      message: this.i18n.t('evaluation.results.remindText', { title }),
      confirmLabel: this.i18n.t('evaluation.results.remind'),
    });
    if (!confirmed) return;
    this.error.set(null);
    this.busy.set(s.id);
    try {
      await this.service.sendReminder(s.id);
      this.notifier.success(this.i18n.t('evaluation.results.reminded', { title }));
      this.list.reload();
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.busy.set(null);
    }
  }

  protected waveKey(wave: string): TranslationKey {
    return `evaluation.wave.${wave}` as TranslationKey;
  }

  protected date(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'medium', timeZone: 'Europe/Berlin' });
  }
}
