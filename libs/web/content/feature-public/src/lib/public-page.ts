import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { ContentPagesService, type ContentPage } from '@koko/web/content/data-access';
import { MarkdownView } from '@koko/web/content/ui';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ErrorState, LoadingState, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; page: ContentPage };

/** One editable public page (imprint, privacy statement, …): its slug comes from the route's data. */
@Component({
  selector: 'koko-public-page',
  imports: [PageHeader, LoadingState, ErrorState, MarkdownView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      @switch (state().kind) {
        @case ('loading') {
          <koko-loading-state [label]="'content.page.loading' | t" />
        }
        @case ('error') {
          @if (state(); as s) {
            @if (s.kind === 'error') {
              <koko-error-state [message]="s.message" (retry)="load()" />
            }
          }
        }
        @case ('loaded') {
          @if (state(); as s) {
            @if (s.kind === 'loaded') {
              <article [attr.data-testid]="'public-page-' + slug()">
                <koko-page-header [heading]="s.page.title" headingTestId="public-page-heading" />
                <koko-markdown-view [markdown]="s.page.body" />
                <p class="updated">{{ 'content.page.updated' | t: { date: i18n.formatDate(s.page.createdAt) } }}</p>
              </article>
            }
          }
        }
      }
    </div>
  `,
  styles: `
    .updated { margin-top: 2.5rem; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
  `,
})
export class PublicPage {
  private readonly pages = inject(ContentPagesService);
  private readonly errors = inject(ApiErrorService);
  protected readonly i18n = inject(I18nService);
  /** Bound from the route's `data.slug`. */
  readonly slug = input.required<string>();
  protected readonly state = signal<State>({ kind: 'loading' });
  private run = 0;

  constructor() {
    // Reloads when the page or the UI language changes.
    effect(() => {
      this.slug();
      this.i18n.locale();
      void this.load();
    });
  }

  protected async load(): Promise<void> {
    const run = ++this.run;
    this.state.set({ kind: 'loading' });
    try {
      const page = await this.pages.page(this.slug(), this.i18n.locale() === 'en' ? 'EN' : 'DE');
      if (run === this.run) this.state.set({ kind: 'loaded', page });
    } catch (error) {
      if (run === this.run) this.state.set({ kind: 'error', message: this.errors.describe(error).message });
    }
  }
}
