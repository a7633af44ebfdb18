import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { I18nService, retryHelps } from '@koko/web/shared/util';

/**
 * Announced error with a retry button, unless the page turns it off or the error's `code` says asking
 * again cannot help (an entry that does not exist, a refused permission).
 */
@Component({
  selector: 'koko-error-state',
  imports: [MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-error" role="alert" data-testid="error-state">
      <p>{{ message() }}</p>
      @if (retryable() && canHelp()) {
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
  /** The API's error code, if the page has it. */
  readonly code = input<string | null>(null);
  readonly retry = output<void>();
  protected canHelp(): boolean {
    return retryHelps(this.code());
  }
  protected retryText(): string {
    return this.i18n.t('common.retry');
  }
}
