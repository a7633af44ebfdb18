import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Shown when a list or page has nothing to display; actions may be projected. */
@Component({
  selector: 'koko-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-empty" data-testid="empty-state">
      <p>{{ message() }}</p>
      <ng-content />
    </div>
  `,
  styles: `
    .koko-empty { padding: 2rem 1rem; text-align: center; border: 1px dashed var(--mat-sys-outline); border-radius: 12px; }
    p { margin: 0 0 0.5rem; }
  `,
})
export class EmptyState {
  readonly message = input.required<string>();
}
