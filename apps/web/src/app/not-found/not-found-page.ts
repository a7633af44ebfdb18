import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageHeader } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';

@Component({
  selector: 'koko-not-found-page',
  imports: [PageHeader, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-page-header [heading]="'notFound.heading' | t" [intro]="'notFound.text' | t" />
      <a routerLink="/">{{ 'common.backToHome' | t }}</a>
    </div>
  `,
})
export class NotFoundPage {}
