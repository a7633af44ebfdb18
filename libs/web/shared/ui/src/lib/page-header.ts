import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The page's single h1 plus optional actions (projected). */
@Component({
  selector: 'koko-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page-header">
      <h1 [attr.data-testid]="headingTestId() || null">{{ heading() }}</h1>
      <div class="koko-page-header__actions"><ng-content /></div>
    </div>
    @if (intro()) {
      <p class="koko-page-header__intro">{{ intro() }}</p>
    }
  `,
  styles: `
    :host { display: block; margin-bottom: 1.5rem; }
    .koko-page-header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 1rem; }
    h1 { margin: 0; font: var(--mat-sys-headline-medium); }
    .koko-page-header__actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    .koko-page-header__actions:empty { display: none; }
    .koko-page-header__intro { margin: 0.5rem 0 0; max-width: 65ch; }
  `,
})
export class PageHeader {
  readonly heading = input.required<string>();
  readonly intro = input<string>('');
  readonly headingTestId = input<string>('');
}
