import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { EvaluationService } from '@koko/web/evaluation/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@koko/web/shared/util';

/** `/befragungen` – participants: the open surveys they are invited to and have not answered. */
@Component({
  selector: 'koko-my-surveys-page',
  imports: [RouterLink, MatButton, PageHeader, LoadStateView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-page-header [heading]="'evaluation.mine.heading' | t" headingTestId="my-surveys-heading" [intro]="'evaluation.mine.intro' | t" />
      <koko-load-state [loader]="list" [emptyMessage]="'evaluation.mine.empty' | t" [loadingLabel]="'evaluation.mine.loading' | t">
        @if (list.data(); as surveys) {
          <ul class="items" data-testid="my-surveys">
            @for (s of surveys; track s.id) {
              <li class="item" data-testid="my-survey">
                <h2 class="title">{{ i18n.locale() === 'en' ? s.titleEn : s.title }}</h2>
                <p class="when">{{ waveKey(s.wave) | t }} · {{ 'evaluation.mine.until' | t: { date: date(s.closesAt) } }}</p>
                <a mat-flat-button [routerLink]="['/befragungen', s.id]" data-testid="my-survey-open">{{ 'evaluation.mine.open' | t }}</a>
              </li>
            }
          </ul>
        }
      </koko-load-state>
    </div>
  `,
  styles: `
    .items { list-style: none; margin: 1rem 0; padding: 0; display: grid; gap: 1rem; }
    .item { padding: 1rem 1.25rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .title { margin: 0 0 0.25rem; font: var(--mat-sys-title-large); overflow-wrap: anywhere; }
    .when { margin: 0 0 0.75rem; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class MySurveysPage {
  private readonly service = inject(EvaluationService);
  protected readonly i18n = inject(I18nService);
  protected readonly list = createLoader({ load: () => this.service.myOpen() });

  protected waveKey(wave: string): TranslationKey {
    return `evaluation.wave.${wave}` as TranslationKey;
  }

  protected date(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'long', timeZone: 'Europe/Berlin' });
  }
}
