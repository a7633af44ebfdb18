import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { CounsellingService, statusKey, urgencyKey } from '@koko/web/counselling/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** `/beratung` – participants: their counselling requests and the way to a new one. */
@Component({
  selector: 'koko-my-counselling-page',
  imports: [RouterLink, MatButton, PageHeader, LoadStateView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-page-header [heading]="'counselling.title.mine' | t" headingTestId="my-counselling-heading" [intro]="'counselling.mine.intro' | t">
        <a mat-flat-button routerLink="/beratung/neu" data-testid="counselling-new">{{ 'counselling.mine.new' | t }}</a>
      </koko-page-header>
      <koko-load-state [loader]="list" [emptyMessage]="'counselling.mine.empty' | t" [loadingLabel]="'counselling.mine.loading' | t">
        @if (list.data(); as requests) {
          <ul class="items" data-testid="my-counselling-requests">
            @for (r of requests; track r.id) {
              <li class="item" data-testid="my-counselling-request">
                <div class="head">
                  <h2 class="title">{{ en() ? r.topicTitleEn : r.topicTitle }} · {{ r.municipalityName }}</h2>
                  <span class="chip" [attr.data-status]="r.status" data-testid="counselling-status">{{ statusKey(r.status) | t }}</span>
                </div>
                <p class="meta">{{ 'counselling.mine.filed' | t: { date: date(r.createdAt) } }} · {{ urgencyKey(r.urgency) | t }}</p>
                <p class="description">{{ r.description }}</p>
                <a mat-stroked-button [routerLink]="['/beratung/anfragen', r.id]" data-testid="my-counselling-open">{{ 'counselling.mine.open' | t }}</a>
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
    .head { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; justify-content: space-between; }
    .title { margin: 0; font: var(--mat-sys-title-medium); overflow-wrap: anywhere; }
    .meta { margin: 0.25rem 0 0.5rem; color: var(--mat-sys-on-surface-variant); }
    .description { margin: 0 0 0.75rem; white-space: pre-line; overflow-wrap: anywhere; display: -webkit-box; -webkit-line-clamp: 3; line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
    .chip { display: inline-block; padding: 0.125rem 0.625rem; border-radius: 999px; background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface); }
    .chip[data-status='ACCEPTED'], .chip[data-status='IN_PROGRESS'] { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
  `,
})
export class MyCounsellingPage {
  private readonly service = inject(CounsellingService);
  protected readonly i18n = inject(I18nService);
  protected readonly list = createLoader({ load: () => this.service.mine() });
  protected readonly statusKey = statusKey;
  protected readonly urgencyKey = urgencyKey;

  protected en(): boolean {
    return this.i18n.locale() === 'en';
  }

  protected date(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'long', timeZone: 'Europe/Berlin' });
  }
}
