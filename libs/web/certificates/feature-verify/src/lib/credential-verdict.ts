import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { CredentialVerification } from '@koko/web/certificates/data-access';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

type Verdict = 'VALID' | 'REVOKED' | 'INVALID' | 'FOREIGN' | 'OUTSIDE';

/**
 * The verdict on a digital credential handed in: one line that says it all, then signature,
 * issuer, status, dates and what the credential says about its holder.
 */
@Component({
  selector: 'koko-credential-verdict',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = check();
    <div class="verdict" [attr.data-state]="verdict()">
      <p class="state" data-testid="credential-verdict" [attr.data-state]="verdict()">
        <span class="icon" aria-hidden="true">{{ verdict() === 'VALID' ? '✓' : '✕' }}</span>
        <span class="state-text">{{ verdictKey() | t }}</span>
      </p>
      <dl class="facts">
        <div>
          <dt>{{ 'certificates.verify.credential.signature' | t }}</dt>
          <dd data-testid="credential-signature">{{ signatureKey() | t }}</dd>
        </div>
        <div>
          <dt>{{ 'certificates.verify.credential.issuer' | t }}</dt>
          <dd data-testid="credential-issuer">
            {{ c.issuerName ?? '–' }}
            @if (c.issuerId) {
              <span class="did">{{ c.issuerId }}</span>
            }
          </dd>
        </div>
        <div>
          <dt>{{ 'certificates.verify.credential.status' | t }}</dt>
          <dd data-testid="credential-status">{{ statusKey() | t }}</dd>
        </div>
        <div>
          <dt>{{ 'certificates.verify.credential.validFrom' | t }}</dt>
          <dd data-testid="credential-valid-from">{{ date(c.validFrom) }}</dd>
        </div>
        <div>
          <dt>{{ 'certificates.verify.credential.validUntil' | t }}</dt>
          <dd data-testid="credential-valid-until">{{ c.validUntil ? date(c.validUntil) : ('certificates.verify.credential.unlimited' | t) }}</dd>
        </div>
        <div>
          <dt>{{ 'certificates.verify.credential.holder' | t }}</dt>
          <dd data-testid="credential-holder">{{ c.holderName ?? '–' }}</dd>
        </div>
        <div>
          <dt>{{ 'certificates.verify.credential.achievement' | t }}</dt>
          <dd data-testid="credential-achievement">{{ c.achievementName ?? '–' }}</dd>
        </div>
      </dl>
    </div>
  `,
  styles: `
    :host { display: block; }
    .verdict { border-radius: 12px; border: 2px solid var(--mat-sys-error); overflow: hidden; }
    .state {
      display: flex; align-items: center; gap: 0.75rem; margin: 0; padding: 1rem 1.25rem;
      font: var(--mat-sys-title-large); font-weight: 600;
      background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container);
    }
    .icon {
      flex: none; display: inline-grid; place-items: center; width: 2.5rem; height: 2.5rem; border-radius: 50%;
      font-size: 1.5rem; line-height: 1; border: 2px solid currentColor;
    }
    /* Text carries the meaning; colour only reinforces it (the pairs of the certificate verdict). */
    .verdict[data-state='VALID'] { border-color: #2e7d46; }
    .verdict[data-state='VALID'] .state { background: #dcf5e3; color: #0b4f1f; }
    .verdict[data-state='FOREIGN'] { border-color: #b88a00; }
    .verdict[data-state='FOREIGN'] .state { background: #fdf0cf; color: #553d00; }
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.75rem 1.5rem; margin: 0; padding: 1rem 1.25rem 1.25rem; }
    dt { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0.125rem 0 0; font: var(--mat-sys-title-medium); overflow-wrap: anywhere; }
    .did { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class CredentialVerdict {
  readonly check = input.required<CredentialVerification>();
  private readonly i18n = inject(I18nService);

  protected readonly verdict = computed<Verdict>(() => {
    const c = this.check();
    if (!c.issuedHere) return 'FOREIGN';
    if (!c.signatureValid) return 'INVALID';
    if (c.revoked) return 'REVOKED';
    if (c.outsideValidity) return 'OUTSIDE';
    return c.verified ? 'VALID' : 'INVALID';
  });

  protected readonly verdictKey = computed<TranslationKey>(
    () =>
      (
        {
          VALID: 'certificates.verify.credential.valid',
          REVOKED: 'certificates.verify.credential.revoked',
          INVALID: 'certificates.verify.credential.invalid',
          FOREIGN: 'certificates.verify.credential.foreign',
          OUTSIDE: 'certificates.verify.credential.outside',
        } as const
      )[this.verdict()],
  );

  protected readonly signatureKey = computed<TranslationKey>(() => {
    const c = this.check();
    if (!c.issuedHere) return 'certificates.verify.credential.signatureNotChecked';
    return c.signatureValid ? 'certificates.verify.credential.signatureValid' : 'certificates.verify.credential.signatureInvalid';
  });

  protected readonly statusKey = computed<TranslationKey>(() => {
    const revoked = this.check().revoked;
    if (revoked === true) return 'certificates.verify.credential.statusRevoked';
    if (revoked === false) return 'certificates.verify.credential.statusActive';
    return 'certificates.verify.credential.statusUnknown';
  });

  protected date(value: string | null | undefined): string {
    if (!value || Number.isNaN(Date.parse(value))) return value ?? '–';
    return new Intl.DateTimeFormat(this.i18n.intlLocale(), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(value));
  }
}
