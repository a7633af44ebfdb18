import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type CertificateRecord, revocationReasonKey } from '@koko/web/certificates/data-access';
import { CertificateStateBadge } from '@koko/web/certificates/ui';
import { LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';

/** Every certificate of one participation, newest first: issued, reissued (why), superseded (by which), revoked (when, why). */
@Component({
  selector: 'koko-certificate-history',
  imports: [CertificateStateBadge, TranslatePipe, LocalizedDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (history().length === 0) {
      <p class="empty">{{ 'certificates.history.empty' | t }}</p>
    } @else {
      <ol class="history" [attr.aria-label]="'certificates.history.listLabel' | t: { name: holderName() }">
        @for (c of history(); track c.id) {
          <li class="entry" [attr.data-testid]="'certificate-history-' + c.id">
            <p class="head">
              <span class="number">{{ c.number }}</span>
              <koko-certificate-state-badge [state]="c.state" />
            </p>
            <ul class="facts">
              <li>{{ 'certificates.history.issued' | t: { date: (c.issuedAt | localDate: 'dateTime') } }}</li>
              <li>{{ 'certificates.history.issuedBy' | t: { name: c.issuedByName ?? ('certificates.history.automatic' | t) } }}</li>
              <li>{{ 'certificates.history.printedName' | t: { name: c.printedName } }}</li>
              @if (c.supersedesId) {
                <li>{{ 'certificates.history.replaces' | t: { number: numberOf(c.supersedesId) } }}</li>
              }
              @if (c.state === 'SUPERSEDED') {
                <li>{{ 'certificates.history.supersededBy' | t: { number: numberOf(c.supersededById) } }}</li>
              }
              @if (c.reissueReason) {
                <li>{{ 'certificates.history.reissueReason' | t: { reason: c.reissueReason } }}</li>
              }
              @if (c.state === 'REVOKED') {
                <li>
                  {{ 'certificates.history.revoked' | t: { date: (c.revokedAt | localDate: 'dateTime'), reason: (c.revocationReason ? (reasonKey(c.revocationReason) | t) : '–') } }}
                </li>
                @if (c.revokedByName) {
                  <li>{{ 'certificates.history.revokedBy' | t: { name: c.revokedByName } }}</li>
                }
                @if (c.revocationNote) {
                  <li>{{ 'certificates.history.note' | t: { note: c.revocationNote } }}</li>
                }
              }
              <li class="hash">{{ 'certificates.history.sha256' | t: { hash: c.sha256 } }}</li>
            </ul>
            <a class="download" [href]="c.downloadUrl" download [attr.aria-label]="'certificates.admin.downloadLabel' | t: { number: c.number }">
              {{ 'certificates.admin.download' | t }}
            </a>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    :host { display: block; }
    .empty { margin: 0; }
    .history { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
    .entry { display: grid; grid-template-columns: 1fr auto; gap: 0.25rem 1rem; align-items: start; }
    .entry + .entry { border-top: 1px solid var(--mat-sys-outline-variant); padding-top: 0.75rem; }
    .head { margin: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; grid-column: 1; }
    .number { font-weight: 600; font-variant-numeric: tabular-nums; }
    .facts { grid-column: 1; margin: 0; padding-left: 1.25rem; font: var(--mat-sys-body-medium); }
    .facts li { overflow-wrap: anywhere; }
    .hash { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
    .download { grid-column: 2; grid-row: 1; white-space: nowrap; }
  `,
})
export class CertificateHistory {
  readonly history = input.required<readonly CertificateRecord[]>();
  readonly holderName = input.required<string>();

  protected readonly reasonKey = revocationReasonKey;

  /** The number of a certificate of this history, or a dash if it is not part of it. */
  protected numberOf(id: string | null | undefined): string {
    return this.history().find((c) => c.id === id)?.number ?? '–';
  }
}
