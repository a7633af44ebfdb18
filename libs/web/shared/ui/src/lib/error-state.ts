import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { I18nService } from '@koko/web/shared/util';

/** Announced error with an optional retry button. */
@Component({
  selector: 'koko-error-state',
  imports: [MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-error" role="alert" data-testid="error-state">
      <p>{{ message() }}</p>
      @if (retryable()) {
        <button mat-stroked-button type="button" (click)="retry.emit()">{{ retryText() }}</button>
      }
    </div>
  `,
  styles: `
    .koko-error {
      padding: 1rem 1.25rem; border-radius: 12px;
      background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container);
    }
    p { margin: 0 0 0.75rem; }
    p:last-child { margin: 0; }
  `,
})
export class ErrorState {
  private readonly i18n = inject(I18nService);
  readonly message = input.required<string>();
  readonly retryable = input(true);
  readonly retry = output<void>();
  protected retryText(): string {
    return this.i18n.t('common.retry');
  }
}
