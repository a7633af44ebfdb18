import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { availabilityKey } from '@koko/web/events/data-access';
import type { Availability } from '@koko/web/shared/data-access-graphql';
import { TranslatePipe } from '@koko/web/shared/util';

/** "Places free / few places / waiting list" – never exact counts in public. */
@Component({
  selector: 'koko-availability-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="availability().toLowerCase()" data-testid="availability">{{ key(availability()) | t }}</span>`,
  styles: `
    .chip { display: inline-block; padding: 0.125rem 0.75rem; border-radius: 999px; font: var(--mat-sys-label-large); }
    .places_free { background: #d8f0dd; color: #0b4f1c; }
    .few_places { background: #fff0c2; color: #5c4300; }
    .waiting_list { background: #f4dcdc; color: #6b1414; }
  `,
})
export class AvailabilityChip {
  readonly availability = input.required<Availability>();
  protected readonly key = availabilityKey;
}
