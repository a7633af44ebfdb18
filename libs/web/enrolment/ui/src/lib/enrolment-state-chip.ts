import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@koko/web/shared/util';
import { enrolmentStateKey, type EnrolmentStateName } from './labels';

/** An enrolment's state as a coloured label; the colour only repeats what the text says. */
@Component({
  selector: 'koko-enrolment-state-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'chip chip--' + state().toLowerCase()" data-testid="enrolment-state">{{ key() | t }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: 999px;
      white-space: nowrap;
      font: var(--mat-sys-label-large);
    }
    .chip--applied { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .chip--admitted { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    .chip--waitlisted { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .chip--declined { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .chip--completed { background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); }
    .chip--withdrawn { background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface); }
  `,
})
export class EnrolmentStateChip {
  readonly state = input.required<EnrolmentStateName>();
  protected readonly key = computed(() => enrolmentStateKey(this.state()));
}
