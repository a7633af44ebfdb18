import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { EvaluationService } from '@koko/web/evaluation/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView, PageHeader, TableScroll } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** `/auswertung/frageboegen` – Evaluation and admins: every questionnaire with its versions; a new one or the newest version to edit. */
@Component({
  selector: 'koko-questionnaires-page',
  imports: [RouterLink, MatAnchor, PageHeader, LoadStateView, TableScroll, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-page-header [heading]="'evaluation.questionnaires.heading' | t" headingTestId="questionnaires-heading" [intro]="'evaluation.questionnaires.intro' | t">
        <a mat-flat-button routerLink="/auswertung/frageboegen/neu" data-testid="questionnaire-new">{{ 'evaluation.questionnaires.new' | t }}</a>
      </koko-page-header>
      <koko-load-state [loader]="list" [emptyMessage]="'evaluation.questionnaires.empty' | t" [loadingLabel]="'evaluation.questionnaires.loading' | t">
        @if (list.data(); as questionnaires) {
          <koko-table-scroll [label]="'evaluation.questionnaires.heading' | t">
            <table class="koko-table" data-testid="questionnaires-table">
              <thead>
                <tr>
                  <th scope="col">{{ 'evaluation.questionnaires.colTitle' | t }}</th>
                  <th scope="col">{{ 'evaluation.questionnaires.colVersions' | t }}</th>
                  <th scope="col"><span class="cdk-visually-hidden">{{ 'evaluation.questionnaires.colActions' | t }}</span></th>
                </tr>
              </thead>
              <tbody>
                @for (q of questionnaires; track q.id) {
                  <tr data-testid="questionnaire-row">
                    <th scope="row">{{ en() ? q.titleEn : q.title }}</th>
                    <td>
                      @for (v of q.versions; track v.id) {
                        <span class="line" data-testid="questionnaire-version">
                          {{ (v.frozen ? 'evaluation.questionnaires.versionFrozen' : 'evaluation.questionnaires.versionOpen') | t: { n: v.number, date: date(v.createdAt) } }}
                        </span>
                      }
                    </td>
                    <td>
                      <a mat-stroked-button [routerLink]="['/auswertung/frageboegen', q.id]" data-testid="questionnaire-edit">
                        {{ 'evaluation.questionnaires.edit' | t }}<span class="cdk-visually-hidden">: {{ en() ? q.titleEn : q.title }}</span>
                      </a>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </koko-table-scroll>
        }
      </koko-load-state>
    </div>
  `,
  styles: `
    table { width: 100%; border-collapse: collapse; }
    th, td { text-align: left; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    .line { display: block; }
  `,
})
export class QuestionnairesPage {
  private readonly service = inject(EvaluationService);
  private readonly i18n = inject(I18nService);
  protected readonly en = computed(() => this.i18n.locale() === 'en');
  protected readonly list = createLoader({ load: () => this.service.questionnaires() });

  protected date(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'medium', timeZone: 'Europe/Berlin' });
  }
}
