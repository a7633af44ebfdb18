import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AccompanimentService } from '@koko/web/accompaniment/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { KommunePathView } from './kommune-path-view';

/**
 * Mein Weg's section on the participant's Kommune: its development path next to the modules,
 * editable in place (composed into Mein Weg's named outlet by app.routes).
 */
@Component({
  selector: 'koko-my-kommune-section',
  imports: [LoadStateView, KommunePathView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (paths.data(); as list) {
      @for (p of list; track p.municipalityId) {
        <section class="kommune" [attr.aria-labelledby]="'kommune-' + p.municipalityId" data-testid="my-kommune-path">
          <h2 [id]="'kommune-' + p.municipalityId">{{ 'accompaniment.mine.heading' | t }}: {{ p.municipalityName }}</h2>
          <p class="intro">{{ 'accompaniment.mine.intro' | t }}</p>
          <koko-kommune-path-view [path]="p" [canShare]="true" (changed)="paths.reload()" />
        </section>
      }
    } @else {
      <koko-load-state [loader]="paths" [loadingLabel]="'accompaniment.mine.loading' | t" />
    }
  `,
  styles: `
    .kommune { margin: 2rem 0; }
    h2 { font: var(--mat-sys-headline-small); margin: 0 0 0.5rem; }
    .intro { margin: 0 0 1rem; max-width: 60rem; }
  `,
})
export class MyKommuneSection {
  private readonly service = inject(AccompanimentService);
  protected readonly paths = createLoader({ load: () => this.service.mine() });
}
