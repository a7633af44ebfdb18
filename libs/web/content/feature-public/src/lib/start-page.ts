import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink, RouterOutlet } from '@angular/router';
import { ContentPagesService, type StartPageData } from '@koko/web/content/data-access';
import { MarkdownView } from '@koko/web/content/ui';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ErrorState, LoadingState } from '@koko/web/shared/ui';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; data: StartPageData };

interface Block {
  id: string;
  title: TranslationKey;
  text: TranslationKey;
}

/**
 * The start page for visitors: what KoKo II is (editable text), its four building blocks, the
 * certified training, cohorts open for applications, upcoming short formats, certificate check
 * and sign-in.
 *
 * Short formats come from another area: the route gives this page's named outlet `short-formats`
 * a component (see app.routes.ts); until one is configured the section says dates will follow.
 */
@Component({
  selector: 'koko-start-page',
  imports: [RouterLink, RouterOutlet, MatButton, LoadingState, ErrorState, MarkdownView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './start-page.html',
  styleUrl: './start-page.scss',
})
export class StartPage {
  private readonly pages = inject(ContentPagesService);
  private readonly errors = inject(ApiErrorService);
  protected readonly i18n = inject(I18nService);
  protected readonly state = signal<State>({ kind: 'loading' });
  /** True once the events area has plugged its list into the short-formats outlet. */
  protected readonly shortFormatsFilled = signal(false);
  private run = 0;

  protected readonly blocks: Block[] = [
    { id: 'networking', title: 'content.start.block.networking.title', text: 'content.start.block.networking.text' },
    { id: 'consulting', title: 'content.start.block.consulting.title', text: 'content.start.block.consulting.text' },
    { id: 'qualification', title: 'content.start.block.qualification.title', text: 'content.start.block.qualification.text' },
    { id: 'evaluation', title: 'content.start.block.evaluation.title', text: 'content.start.block.evaluation.text' },
  ];

  constructor() {
    effect(() => {
      this.i18n.locale();
      void this.load();
    });
  }

  protected freeSeats(cohort: StartPageData['openCohorts'][number]): number {
    return Math.max(0, cohort.capacity - cohort.seatsTaken);
  }

  protected day(value: string): string {
    return this.i18n.formatDate(`${value}T12:00:00Z`, { dateStyle: 'long', timeZone: 'Europe/Berlin' });
  }

  protected async load(): Promise<void> {
    const run = ++this.run;
    this.state.set({ kind: 'loading' });
    try {
      const data = await this.pages.startPage(this.i18n.locale() === 'en' ? 'EN' : 'DE');
      if (run === this.run) this.state.set({ kind: 'loaded', data });
    } catch (error) {
      if (run === this.run) this.state.set({ kind: 'error', message: this.errors.describe(error).message });
    }
  }
}
