import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

/** The three states of a certificate as the API names them. */
export type CertificateStateName = 'VALID' | 'REVOKED' | 'SUPERSEDED';

/** A certificate's state as a small coloured label (text, not colour alone, carries the meaning). */
@Component({
  selector: 'koko-certificate-state-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [attr.data-state]="state()">{{ key() | t }}</span>`,
  styles: `
    :host { display: inline-block; }
    .badge {
      display: inline-block; padding: 0.125rem 0.625rem; border-radius: 999px;
      font: var(--mat-sys-label-large); white-space: nowrap; border: 1px solid transparent;
    }
    /* Contrast of text on background is at least 7:1 for all three. */
    .badge[data-state='VALID'] { background: #dcf5e3; color: #0b4f1f; border-color: #8fd1a3; }
    .badge[data-state='REVOKED'] { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .badge[data-state='SUPERSEDED'] { background: #fdf0cf; color: #553d00; border-color: #e6c36c; }
  `,
})
export class CertificateStateBadge {
  readonly state = input.required<CertificateStateName>();
  protected readonly key = computed((): TranslationKey => `certificates.state.${this.state()}`);
}
