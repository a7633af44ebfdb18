import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatCalendarDay, type PublicCertificate, revocationReasonKey } from '@koko/web/certificates/data-access';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/**
 * The public verdict on one certificate: its state, prominently, then name, programme, issue date and
 * number – nothing more.
 */
@Component({
  selector: 'koko-certificate-verdict',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = certificate();
    <div class="verdict" [attr.data-state]="c.state">
      <p class="state" data-testid="verify-state" [attr.data-state]="c.state">
        <span class="icon" aria-hidden="true">{{ icon() }}</span>
        <span class="state-text">{{ stateText() }}</span>
      </p>
      @if (c.state === 'SUPERSEDED' && c.supersededByCode) {
        <p class="successor">
          <a [routerLink]="['/verify', c.supersededByCode]" data-testid="verify-successor-link">{{ 'certificates.verify.successorLink' | t }}</a>
        </p>
      }
      <dl class="facts">
        <div>
          <dt>{{ 'certificates.verify.kind' | t }}</dt>
          <dd data-testid="verify-kind">{{ (c.kind === 'ATTENDANCE_CONFIRMATION' ? 'certificates.verify.kindAttendance' : 'certificates.verify.kindCertificate') | t }}</dd>
        </div>
        <div>
          <dt>{{ 'certificates.verify.name' | t }}</dt>
          <dd data-testid="verify-name">{{ c.printedName }}</dd>
        </div>
        @if (c.kind === 'ATTENDANCE_CONFIRMATION') {
          <div>
            <dt>{{ 'certificates.verify.event' | t }}</dt>
            <dd data-testid="verify-event">{{ c.eventTitle }}</dd>
          </div>
          <div>
            <dt>{{ 'certificates.verify.eventDate' | t }}</dt>
            <dd data-testid="verify-event-date">{{ day(c.eventDate) }}</dd>
          </div>
        }
        <div>
          <dt>{{ 'certificates.verify.programme' | t }}</dt>
          <dd data-testid="verify-programme">{{ c.programmeTitle }}</dd>
        </div>
        <div>
          <dt>{{ 'certificates.verify.issuedOn' | t }}</dt>
          <dd data-testid="verify-issued-on">{{ day(c.issuedOn) }}</dd>
        </div>
        <div>
          <dt>{{ 'certificates.verify.number' | t }}</dt>
          <dd class="number" data-testid="verify-number">{{ c.number }}</dd>
        </div>
      </dl>
    </div>
  `,
  styles: `
    :host { display: block; }
    .verdict { border-radius: 12px; border: 2px solid var(--mat-sys-outline-variant); overflow: hidden; }
    .state {
      display: flex; align-items: center; gap: 0.75rem; margin: 0; padding: 1rem 1.25rem;
      font: var(--mat-sys-headline-small); font-weight: 600;
    }
    .icon {
      flex: none; display: inline-grid; place-items: center; width: 2.5rem; height: 2.5rem; border-radius: 50%;
      font-size: 1.5rem; line-height: 1; border: 2px solid currentColor;
    }
    /* Text carries the meaning; colour only reinforces it. All pairs meet 7:1. */
    .verdict[data-state='VALID'] { border-color: #2e7d46; }
    .verdict[data-state='VALID'] .state { background: #dcf5e3; color: #0b4f1f; }
    .verdict[data-state='REVOKED'] { border-color: var(--mat-sys-error); }
    .verdict[data-state='REVOKED'] .state { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .verdict[data-state='SUPERSEDED'] { border-color: #b88a00; }
    .verdict[data-state='SUPERSEDED'] .state { background: #fdf0cf; color: #553d00; }
    .successor { margin: 0; padding: 0.75rem 1.25rem 0; font-weight: 600; }
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.75rem 1.5rem; margin: 0; padding: 1rem 1.25rem 1.25rem; }
    dt { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0.125rem 0 0; font: var(--mat-sys-title-medium); overflow-wrap: anywhere; }
    .number { font-variant-numeric: tabular-nums; }
  `,
})
export class CertificateVerdict {
  readonly certificate = input.required<PublicCertificate>();
  private readonly i18n = inject(I18nService);

  protected readonly icon = computed(() => ({ VALID: '✓', REVOKED: '✕', SUPERSEDED: '↻' })[this.certificate().state]);

  protected readonly stateText = computed(() => {
    const c = this.certificate();
    switch (c.state) {
      case 'VALID':
        return this.i18n.t('certificates.verify.valid');
      case 'REVOKED':
        return this.i18n.t('certificates.verify.revoked', {
          date: this.day(c.revokedOn) || '–',
          reason: c.revocationReason ? this.i18n.t(revocationReasonKey(c.revocationReason)) : '–',
        });
      case 'SUPERSEDED':
        return this.i18n.t('certificates.verify.superseded');
    }
  });

  protected day(value: string | null | undefined): string {
    return formatCalendarDay(value, this.i18n.intlLocale());
  }
}
