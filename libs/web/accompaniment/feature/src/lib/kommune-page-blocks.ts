import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { KommunePage, KommuneParticipant } from '@koko/web/accompaniment/data-access';
import { enrolmentStateKey } from '@koko/web/enrolment/ui';
import { LocalizedDatePipe, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

/** What the Kommune page's tables share: rows become cards on a narrow screen (`koko-card-table`). */
export const KOMMUNE_TABLE_STYLES = `
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
  tbody th { font-weight: 500; }
  .sub { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  .num { text-align: right; }
  @media (max-width: 47.99rem) { .num { text-align: left; } }
`;

/** The Kommune's participants in the qualification: cohort, state, progress and certificate. */
@Component({
  selector: 'koko-kommune-participants',
  imports: [TranslatePipe, LocalizedDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (participants().length) {
      <table class="koko-card-table" role="table" data-testid="kommune-participants">
        <caption class="koko-visually-hidden">{{ 'accompaniment.page.participants.heading' | t }}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">{{ 'accompaniment.page.participants.colName' | t }}</th>
            <th role="columnheader" scope="col">{{ 'accompaniment.page.participants.colCohort' | t }}</th>
            <th role="columnheader" scope="col">{{ 'accompaniment.page.participants.colState' | t }}</th>
            <th role="columnheader" scope="col">{{ 'accompaniment.page.participants.colProgress' | t }}</th>
            <th role="columnheader" scope="col">{{ 'accompaniment.page.participants.colCertificate' | t }}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          @for (p of participants(); track p.enrolmentId) {
            <tr role="row">
              <th role="rowheader" scope="row">{{ p.displayName }}<span class="sub">{{ p.jobRole }}</span></th>
              <td role="cell"><span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.page.participants.colCohort' | t }}</span>{{ p.cohortName }}</td>
              <td role="cell"><span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.page.participants.colState' | t }}</span>{{ stateKey(p.state) | t }}</td>
              <td role="cell">
                <span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.page.participants.colProgress' | t }}</span>
                {{ 'accompaniment.page.participants.progress' | t: { completed: p.progress.completedModules, percent: p.progress.overallPercent } }}
              </td>
              <td role="cell" [attr.data-certificate]="p.progress.certificate.status">
                <span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.page.participants.colCertificate' | t }}</span>
                {{ certificateKey(p) | t: { date: (p.progress.certificate.issuedAt | localDate) } }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p>{{ 'accompaniment.page.participants.none' | t }}</p>
    }
  `,
  styles: KOMMUNE_TABLE_STYLES,
})
export class KommuneParticipants {
  readonly participants = input.required<KommuneParticipant[]>();
  protected readonly stateKey = enrolmentStateKey;
  protected certificateKey(p: KommuneParticipant): TranslationKey {
    return `accompaniment.page.certificate.${p.progress.certificate.status}`;
  }
}

/** Short formats people of the Kommune registered for: how many held a place and how many came. */
@Component({
  selector: 'koko-kommune-short-formats',
  imports: [TranslatePipe, LocalizedDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shortFormats().length) {
      <table class="koko-card-table" role="table" data-testid="kommune-short-formats">
        <caption class="koko-visually-hidden">{{ 'accompaniment.page.shortFormats.heading' | t }}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">{{ 'accompaniment.page.shortFormats.colTitle' | t }}</th>
            <th role="columnheader" scope="col">{{ 'accompaniment.page.shortFormats.colDate' | t }}</th>
            <th role="columnheader" scope="col">{{ 'accompaniment.page.shortFormats.colState' | t }}</th>
            <th role="columnheader" scope="col" class="num">{{ 'accompaniment.page.shortFormats.colRegistered' | t }}</th>
            <th role="columnheader" scope="col" class="num">{{ 'accompaniment.page.shortFormats.colAttended' | t }}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          @for (s of shortFormats(); track s.shortFormatId) {
            <tr role="row">
              <th role="rowheader" scope="row">{{ s.title }}</th>
              <td role="cell"><span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.page.shortFormats.colDate' | t }}</span>{{ s.startsAt | localDate }}</td>
              <td role="cell"><span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.page.shortFormats.colState' | t }}</span>{{ stateKey(s.state) | t }}</td>
              <td role="cell" class="num"><span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.page.shortFormats.colRegistered' | t }}</span>{{ s.registered }}</td>
              <td role="cell" class="num"><span class="koko-cell-label" aria-hidden="true">{{ 'accompaniment.page.shortFormats.colAttended' | t }}</span>{{ s.attended }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p>{{ 'accompaniment.page.shortFormats.none' | t }}</p>
    }
  `,
  styles: KOMMUNE_TABLE_STYLES,
})
export class KommuneShortFormats {
  readonly shortFormats = input.required<KommunePage['shortFormats']>();
  protected stateKey(state: KommunePage['shortFormats'][number]['state']): TranslationKey {
    return `events.state.${state}`;
  }
}
