import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@koko/web/shared/util';

/**
 * What GDPR Art. 13 asks to be told where personal data is collected: who is responsible, for
 * which purpose, how long it is kept, and where the full privacy statement (legal bases, rights) is.
 * Each form passes its own purpose and retention, already translated.
 */
@Component({
  selector: 'koko-privacy-notice',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="privacy-notice" data-testid="privacy-notice">
      <p class="title">{{ 'content.privacy.heading' | t }}</p>
      <p>{{ purpose() }}</p>
      @if (retention()) {
        <p>{{ retention() }}</p>
      }
      <p>
        {{ 'content.privacy.controller' | t }}
        <a routerLink="/datenschutz" target="_blank" data-testid="privacy-notice-link">{{ 'content.privacy.link' | t }}</a>
      </p>
    </div>
  `,
  styles: `
    .privacy-notice { margin: 1rem 0; padding: 0.75rem 1rem; border-left: 4px solid var(--mat-sys-outline); background: var(--mat-sys-surface-container-low); font: var(--mat-sys-body-medium); }
    .privacy-notice p { margin: 0 0 0.4rem; }
    .privacy-notice p:last-child { margin-bottom: 0; }
    .title { font-weight: 600; }
  `,
})
export class PrivacyNotice {
  readonly purpose = input.required<string>();
  readonly retention = input<string>('');
}
