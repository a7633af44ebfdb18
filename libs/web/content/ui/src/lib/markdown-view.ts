import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { renderMarkdown } from './render-markdown';

/**
 * Shows Markdown as sanitised HTML (see `renderMarkdown`). Links within the portal (`/kontakt`)
 * navigate in the app instead of reloading it; other links open normally.
 */
@Component({
  selector: 'koko-markdown-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'koko-markdown', '(click)': 'onClick($event)' },
  template: `<div [innerHTML]="html()"></div>`,
  styles: `
    :host { display: block; max-width: 70ch; line-height: 1.6; }
    :host ::ng-deep h2 { font: var(--mat-sys-title-large); margin: 2rem 0 0.75rem; }
    :host ::ng-deep h3 { font: var(--mat-sys-title-medium); margin: 1.5rem 0 0.5rem; }
    :host ::ng-deep table { border-collapse: collapse; width: 100%; margin: 1rem 0; display: block; overflow-x: auto; }
    :host ::ng-deep th, :host ::ng-deep td { border: 1px solid var(--mat-sys-outline-variant); padding: 0.5rem; text-align: left; vertical-align: top; }
    :host ::ng-deep th { background: var(--mat-sys-surface-container); }
    :host ::ng-deep code { font-size: 0.95em; }
  `,
})
export class MarkdownView {
  private readonly router = inject(Router);
  readonly markdown = input.required<string>();
  protected readonly html = computed(() => renderMarkdown(this.markdown()));

  protected onClick(event: MouseEvent): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = (event.target as HTMLElement | null)?.closest('a');
    const href = link?.getAttribute('href');
    // In-app paths only; the security.txt file and other server paths load as documents.
    if (!href || !href.startsWith('/') || href.startsWith('//') || href.startsWith('/.well-known/')) return;
    event.preventDefault();
    void this.router.navigateByUrl(href);
  }
}
