import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter, map } from 'rxjs';
import { type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

export interface FooterLink {
  path: string;
  label: TranslationKey;
  testId: string;
  /** Passes the current page as `?seite=` (the barrier report form fills it in). */
  withPage?: boolean;
}

/** The portal-wide footer: legal pages and help on every page, for visitors and signed-in users alike. */
@Component({
  selector: 'koko-site-footer',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="site-footer">
      <div class="inner">
        <nav [attr.aria-label]="'content.footer.label' | t">
          <h2 class="koko-visually-hidden">{{ 'content.footer.label' | t }}</h2>
          <ul>
            @for (link of links(); track link.path) {
              <li>
                <a [routerLink]="link.path" [queryParams]="link.withPage ? { seite: pageUrl() } : null" [attr.data-testid]="link.testId">{{ link.label | t }}</a>
              </li>
            }
          </ul>
        </nav>
        <p class="operator">{{ 'content.footer.operator' | t }}</p>
      </div>
    </footer>
  `,
  styles: `
    :host { display: block; margin-top: auto; }
    .site-footer { background: var(--mat-sys-surface-container); border-top: 1px solid var(--mat-sys-outline-variant); }
    .inner { max-width: 72rem; margin: 0 auto; padding: 1.25rem 1rem 1.5rem; box-sizing: border-box; }
    ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; list-style: none; margin: 0; padding: 0; }
    li a { display: inline-block; padding: 0.5rem 0; min-height: 24px; }
    .operator { margin: 0.75rem 0 0; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class SiteFooter {
  readonly links = input.required<readonly FooterLink[]>();
  private readonly router = inject(Router);
  /** The page being looked at, without its query (the form page itself reports the start page). */
  protected readonly pageUrl = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => this.pagePath(event.urlAfterRedirects)),
    ),
    { initialValue: this.pagePath(this.router.url) },
  );

  private pagePath(url: string): string {
    const path = url.split(/[?#]/)[0] || '/';
    return path.startsWith('/barriere-melden') ? '/' : path;
  }
}
