import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Form-level error (e.g. from the server), announced via an assertive live region. */
@Component({
  selector: 'koko-form-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-form-error-region" aria-live="assertive">
      @if (message()) {
        <p class="koko-form-error" role="alert" data-testid="form-error">{{ message() }}</p>
      }
    </div>
  `,
  styles: `
    .koko-form-error {
      margin: 0 0 1rem; padding: 0.75rem 1rem; border-radius: 8px;
      background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container);
    }
  `,
})
export class FormError {
  readonly message = input<string | null | undefined>(null);
}
