import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { I18nService } from '@koko/web/shared/util';

/** Indeterminate spinner with a polite live region announcing that content is loading. */
@Component({
  selector: 'koko-loading-state',
  imports: [MatProgressSpinner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-loading" role="status" aria-live="polite" data-testid="loading-state">
      <mat-progress-spinner mode="indeterminate" [diameter]="36" [attr.aria-label]="text()" />
      <span>{{ text() }}</span>
    </div>
  `,
  styles: `
    .koko-loading { display: flex; align-items: center; gap: 1rem; padding: 2rem 0; }
  `,
})
export class LoadingState {
  private readonly i18n = inject(I18nService);
  readonly label = input<string>('');
  protected text(): string {
    return this.label() || this.i18n.t('common.loading');
  }
}
