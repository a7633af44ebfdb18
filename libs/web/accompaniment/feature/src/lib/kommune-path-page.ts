import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { AccompanimentService } from '@koko/web/accompaniment/data-access';
import { SessionStore } from '@koko/web/identity/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView, PageHeader } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { KommunePathView } from './kommune-path-view';

/** `/begleitung/kommunen/:id` – a Kommune's development path: for its participants, its advisors and admins. */
@Component({
  selector: 'koko-kommune-path-page',
  imports: [LoadStateView, PageHeader, KommunePathView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page narrow">
      <koko-load-state [loader]="path" [loadingLabel]="'accompaniment.path.loading' | t">
        @if (path.data(); as p) {
          <koko-page-header [heading]="'accompaniment.path.heading' | t: { name: p.municipalityName }" headingTestId="kommune-path-heading" />
          <koko-kommune-path-view [path]="p" [canShare]="isParticipant()" (changed)="path.reload()" />
        }
      </koko-load-state>
    </div>
  `,
  styles: `
    .narrow { max-width: 60rem; }
  `,
})
export class KommunePathPage {
  private readonly service = inject(AccompanimentService);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();
  protected readonly isParticipant = computed(() => this.session.roles().includes('PARTICIPANT') && !this.session.isAdmin());
  protected readonly path = createLoader({ params: () => this.id(), load: (id) => this.service.path(id) });
}
