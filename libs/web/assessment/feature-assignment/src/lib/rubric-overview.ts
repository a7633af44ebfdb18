import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatExpansionPanel, MatExpansionPanelHeader, MatExpansionPanelTitle } from '@angular/material/expansion';
import type { RubricCriterion } from '@koko/web/assessment/data-access';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** The module's rubric for participants: what the write-up will be graded on, collapsed by default. */
@Component({
  selector: 'koko-rubric-overview',
  imports: [MatExpansionPanel, MatExpansionPanelHeader, MatExpansionPanelTitle, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-expansion-panel class="rubric" data-testid="assignment-rubric">
      <mat-expansion-panel-header>
        <mat-panel-title>{{ 'assessment.rubric.heading' | t }}</mat-panel-title>
      </mat-expansion-panel-header>
      @if (criteria(); as list) {
        @if (list.length > 0) {
          <p class="intro">{{ 'assessment.rubric.intro' | t }}</p>
          <ol class="criteria">
            @for (criterion of list; track criterion.id) {
              <li>
                <p class="criterion__title">
                  <strong>{{ criterion.title }}</strong>
                  <span class="tag">{{ (criterion.required ? 'assessment.rubric.required' : 'assessment.rubric.optional') | t }}</span>
                </p>
                @if (criterion.description) {
                  <p class="criterion__description">{{ criterion.description }}</p>
                }
                <ul class="levels" [attr.aria-label]="'assessment.rubric.levels' | t: { title: criterion.title }">
                  @for (level of criterion.levels; track level.id) {
                    <li>
                      <span class="level__label">{{ level.label }} ({{ points(level.points) }})</span>
                      @if (level.descriptor) {
                        – {{ level.descriptor }}
                      }
                    </li>
                  }
                </ul>
              </li>
            }
          </ol>
        } @else {
          <p class="intro">{{ 'assessment.rubric.empty' | t }}</p>
        }
      } @else {
        <p class="intro">{{ 'error.loadFailed' | t }}</p>
      }
    </mat-expansion-panel>
  `,
  styles: `
    .rubric {
      border: 1px solid var(--mat-sys-outline-variant);
      --mat-expansion-header-collapsed-state-height: auto;
      --mat-expansion-header-expanded-state-height: auto;
    }
    mat-expansion-panel-header { padding-top: 0.75rem; padding-bottom: 0.75rem; }
    mat-panel-title { font: var(--mat-sys-title-medium); }
    .intro { margin: 0 0 0.75rem; }
    .criteria { margin: 0; padding-left: 1.25rem; display: grid; gap: 0.75rem; }
    .criterion__title { margin: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; }
    .criterion__description { margin: 0.25rem 0; max-width: 70ch; }
    .tag { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    .levels { margin: 0.25rem 0 0; padding-left: 1.25rem; max-width: 70ch; }
    .level__label { font-weight: 600; }
  `,
})
export class RubricOverview {
  private readonly i18n = inject(I18nService);

  /** Null when the rubric could not be loaded. */
  readonly criteria = input.required<readonly RubricCriterion[] | null>();

  protected points(points: number): string {
    return points === 1 ? this.i18n.t('assessment.rubric.pointsOne') : this.i18n.t('assessment.rubric.points', { points });
  }
}
