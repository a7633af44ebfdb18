import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { KommuneContact, KommuneCounsellingRequest, KommuneSurveyResult } from '@koko/web/accompaniment/data-access';
import { formatKey, statusKey, urgencyKey } from '@koko/web/counselling/data-access';
import { I18nService, LocalizedDatePipe, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { KOMMUNE_TABLE_STYLES } from './kommune-page-blocks';

/** The Kommune's counselling requests (as counselling shows them to the viewer), each with its appointments. */
@Component({
  selector: 'koko-kommune-counselling',
  imports: [RouterLink, TranslatePipe, LocalizedDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (requests().length) {
      <ul class="requests" data-testid="kommune-requests">
        @for (r of requests(); track r.id) {
          <li>
            <a [routerLink]="['/beratung/anfragen', r.id]">{{ en() ? r.topicTitleEn : r.topicTitle }}</a>
            · {{ statusKey(r.status) | t }} · {{ urgencyKey(r.urgency) | t }}
            <span class="sub">{{ 'accompaniment.page.counselling.requested' | t: { date: (r.createdAt | localDate), name: r.requester.displayName } }}</span>
            @if (r.appointments.length) {
              <ul class="appointments" [attr.aria-label]="'accompaniment.page.counselling.appointments' | t: { topic: en() ? r.topicTitleEn : r.topicTitle }">
                @for (a of r.appointments; track a.id) {
                  <li [class.cancelled]="a.cancelledAt" data-testid="kommune-appointment">
                    {{ a.startsAt | localDate: 'dateTime' }} · {{ formatKey(a.format) | t }}
                    @if (a.cancelledAt) {
                      · <strong>{{ 'accompaniment.page.counselling.cancelled' | t }}</strong>
                    }
                  </li>
                }
              </ul>
            } @else {
              <span class="sub">{{ 'accompaniment.page.counselling.noAppointments' | t }}</span>
            }
          </li>
        }
      </ul>
    } @else {
      <p>{{ 'accompaniment.requests.none' | t }}</p>
    }
  `,
  styles: `
    .requests { margin: 0; padding-left: 1.25rem; }
    .requests > li { margin: 0 0 0.75rem; overflow-wrap: anywhere; }
    .appointments { margin: 0.25rem 0 0; padding-left: 1.25rem; }
    .cancelled { text-decoration: line-through; }
    .cancelled strong { text-decoration: none; display: inline-block; }
    .sub { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class KommuneCounselling {
  private readonly i18n = inject(I18nService);
  readonly requests = input.required<KommuneCounsellingRequest[]>();
  protected readonly statusKey = statusKey;
  protected readonly urgencyKey = urgencyKey;
  protected readonly formatKey = formatKey;
  protected en(): boolean {
    return this.i18n.locale() === 'en';
  }
}

/** Survey aggregates of the Kommune beside everyone's; the server leaves out what the minimum group size forbids. */
@Component({
  selector: 'koko-kommune-evaluation',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (results().length) {
      <p class="intro">{{ 'accompaniment.page.evaluation.intro' | t }}</p>
      @for (s of results(); track s.surveyId) {
        <section class="survey" [attr.aria-label]="en() ? s.titleEn : s.title" data-testid="kommune-survey">
          <h3>{{ en() ? s.titleEn : s.title }} <span class="sub">{{ waveKey(s.wave) | t }}</span></h3>
          @if (s.suppressed) {
            <p data-testid="kommune-survey-suppressed">{{ 'accompaniment.page.evaluation.suppressed' | t: { min: s.minGroup } }}</p>
          } @else {
            <p>{{ 'accompaniment.page.evaluation.responses' | t: { count: s.responses ?? 0 } }}</p>
            <table class="koko-card-table" role="table">
              <caption class="koko-visually-hidden">{{ en() ? s.titleEn : s.title }}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th role="columnheader" scope="col">{{ 'accompaniment.page.evaluation.colItem' | t }}</th>
                  <th role="columnheader" scope="col" class="num">{{ 'accompaniment.page.evaluation.colKommune' | t }}</th>
                  <th role="columnheader" scope="col" class="num">{{ 'accompaniment.page.evaluation.colAll' | t }}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                @for (i of s.items; track i.itemId) {
                  <tr role="row">
                    <th role="rowheader" scope="row">{{ en() ? i.textEn : i.text }}</th>
                    <td role="cell" class="num"><span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.page.evaluation.colKommune' | t }}</span>{{ figure(i.kommuneMean) }}</td>
                    <td role="cell" class="num"><span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.page.evaluation.colAll' | t }}</span>{{ figure(i.overallMean) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          }
        </section>
      }
    } @else {
      <p>{{ 'accompaniment.page.evaluation.none' | t }}</p>
    }
  `,
  styles: [KOMMUNE_TABLE_STYLES, `.survey h3 { font: var(--mat-sys-title-small); margin: 1rem 0 0.25rem; } .intro { margin-top: 0; }`],
})
export class KommuneEvaluation {
  private readonly i18n = inject(I18nService);
  readonly results = input.required<KommuneSurveyResult[]>();
  protected en(): boolean {
    return this.i18n.locale() === 'en';
  }
  protected waveKey(wave: KommuneSurveyResult['wave']): TranslationKey {
    return `evaluation.wave.${wave}`;
  }
  protected figure(value: number | null | undefined): string {
    return value == null ? this.i18n.t('accompaniment.page.evaluation.hidden') : new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 2 }).format(value);
  }
}

/** People to contact about the Kommune: participants, its advisors, people who asked for counselling. */
@Component({
  selector: 'koko-kommune-contacts',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (contacts().length) {
      <ul class="contacts" data-testid="kommune-contacts">
        @for (c of contacts(); track c.id) {
          <li>
            <span class="name">{{ c.displayName }}</span>
            <span class="sub">{{ roles(c) }}@if (c.jobRole) { · {{ c.jobRole }} }</span>
            <a [href]="'mailto:' + c.email" [attr.aria-label]="'accompaniment.page.contacts.mail' | t: { name: c.displayName }">{{ c.email }}</a>
          </li>
        }
      </ul>
    } @else {
      <p>{{ 'accompaniment.page.contacts.none' | t }}</p>
    }
  `,
  styles: `
    .contacts { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.75rem; }
    .contacts li { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 0.75rem 1rem; overflow-wrap: anywhere; }
    .name { display: block; font-weight: 500; }
    .sub { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class KommuneContacts {
  private readonly i18n = inject(I18nService);
  readonly contacts = input.required<KommuneContact[]>();
  protected roles(c: KommuneContact): string {
    return c.roles.map((r) => this.i18n.t(`accompaniment.page.contactRole.${r}`)).join(', ');
  }
}
