import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AttemptState } from '@koko/web/assessment/data-access';
import { type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

/** The state of an attempt (or a verdict) as a chip: text plus a shape, never colour alone. */
@Component({
  selector: 'koko-attempt-state-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="'chip chip--' + state()"><span class="chip__mark" aria-hidden="true">{{ mark() }}</span>{{ key() | t }}</span>`,
  styles: `
    .chip {
      display: inline-flex; align-items: center; gap: 0.375rem; padding: 0.125rem 0.75rem 0.125rem 0.5rem;
      border-radius: 999px; font: var(--mat-sys-label-large); white-space: nowrap;
      background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface);
    }
    .chip__mark { font-weight: 700; }
    .chip--SUBMITTED { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .chip--PASSED { background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); }
    .chip--REVISION_REQUESTED { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .chip--FAILED { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
})
export class AttemptStateChip {
  readonly state = input.required<AttemptState>();

  protected readonly key = computed<TranslationKey>(() => `assessment.state.${this.state()}`);
  protected readonly mark = computed(() => MARKS[this.state()]);
}

const MARKS: Record<AttemptState, string> = {
  DRAFT: '✎',
  SUBMITTED: '➜',
  PASSED: '✓',
  REVISION_REQUESTED: '↻',
  FAILED: '✕',
};
