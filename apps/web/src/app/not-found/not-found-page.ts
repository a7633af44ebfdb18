import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { PageHeader } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';

/** Helpful 404: says which address was not found and offers the likely destinations. */
@Component({
  selector: 'koko-not-found-page',
  imports: [PageHeader, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page" data-testid="not-found">
      <koko-page-header [heading]="'notFound.heading' | t" [intro]="'notFound.text' | t" headingTestId="not-found-heading" />
      <p>{{ 'content.notFound.address' | t }} <code class="address">{{ url }}</code></p>
      <h2>{{ 'content.notFound.suggestions' | t }}</h2>
      <ul class="links">
        <li><a routerLink="/">{{ 'common.backToHome' | t }}</a></li>
        <li><a routerLink="/bewerben">{{ 'content.footer.apply' | t }}</a></li>
        <li><a routerLink="/verify">{{ 'content.footer.verify' | t }}</a></li>
        <li><a routerLink="/leichte-sprache">{{ 'content.title.leichte-sprache' | t }}</a></li>
        <li><a routerLink="/kontakt">{{ 'content.notFound.contact' | t }}</a></li>
      </ul>
    </div>
  `,
  styles: `
    h2 { font: var(--mat-sys-title-large); margin: 1.5rem 0 0.5rem; }
    .links { line-height: 2; }
    .address { overflow-wrap: anywhere; }
  `,
})
export class NotFoundPage {
  protected readonly url = inject(Router).url;
}
