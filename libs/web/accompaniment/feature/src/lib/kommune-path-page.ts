import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { AccompanimentService } from '@koko/web/accompaniment/data-access';
import { SessionStore } from '@koko/web/identity/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView, PageHeader } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { KommunePage } from './kommune-page';
import { KommunePathView } from './kommune-path-view';

/**
 * `/begleitung/kommunen/:id` – for admins and advisors the Kommune page (every building block); for
 * the Kommune's participants its development path, which they edit and share evidence for.
 */
@Component({
  selector: 'koko-kommune-path-page',
  imports: [RouterLink, MatButton, LoadStateView, PageHeader, KommunePathView, KommunePage, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (isStaff()) {
      <koko-kommune-page [id]="id()" />
    } @else {
      <div class="koko-page narrow">
        <koko-load-state [loader]="path" [loadingLabel]="'accompaniment.path.loading' | t">
          @if (path.data(); as p) {
            <koko-page-header [heading]="'accompaniment.path.heading' | t: { name: p.municipalityName }" headingTestId="kommune-path-heading" />
            <koko-kommune-path-view [path]="p" [canShare]="true" (changed)="path.reload()" />
            <p><a mat-button routerLink="/mein-weg">{{ 'accompaniment.path.back' | t }}</a></p>
          }
        </koko-load-state>
      </div>
    }
  `,
  styles: `
    .narrow { max-width: 60rem; }
  `,
})
export class KommunePathPage {
  private readonly service = inject(AccompanimentService);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();
  protected readonly isStaff = computed(() => this.session.isAdmin() || this.session.roles().includes('ADVISOR'));
  /** Staff read the Kommune page instead: no path request for them. */
  protected readonly path = createLoader({ params: () => (this.isStaff() ? null : this.id()), load: (id) => (id ? this.service.path(id) : Promise.resolve(null)) });
}
