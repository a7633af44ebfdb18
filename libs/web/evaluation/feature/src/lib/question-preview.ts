import { ChangeDetectionStrategy, Component, computed, effect, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { SurveyItem } from '@koko/web/evaluation/data-access';
import { TranslatePipe } from '@koko/web/shared/util';
import { isChoice, isLikert, type ItemForm } from './questionnaire-form';
import { type ItemControls, itemControls, SurveyQuestion } from './survey-question';

let nextId = 0;

/** The question being written as the builder has it now, in the shape participants receive. */
export function previewItem(item: ItemForm): SurveyItem {
  const v = item.getRawValue();
  const likert = isLikert(v.kind);
  return {
    id: 'preview',
    code: v.code || 'preview',
    kind: v.kind,
    text: v.text,
    textEn: v.textEn,
    lowLabel: likert ? v.lowLabel : null,
    lowLabelEn: likert ? v.lowLabelEn : null,
    highLabel: likert ? v.highLabel : null,
    highLabelEn: likert ? v.highLabelEn : null,
    allowNoAnswer: v.kind !== 'TEXT' && v.allowNoAnswer,
    required: v.required,
    minValue: v.kind === 'NUMERIC' && v.minValue != null ? Number(v.minValue) : null,
    maxValue: v.kind === 'NUMERIC' && v.maxValue != null ? Number(v.maxValue) : null,
    options: isChoice(v.kind) ? v.options.map((o, i) => ({ value: o.value ?? -1 - i, label: o.label, labelEn: o.labelEn })) : [],
  };
}

/**
 * "Vorschau" of one item of the questionnaire builder: the question in German and in English exactly as
 * participants answer it (the survey page's own component), updated while the author types. Answers
 * given here go nowhere.
 */
@Component({
  selector: 'koko-question-preview',
  imports: [MatButton, SurveyQuestion, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-button type="button" (click)="open.set(!open())" [attr.aria-expanded]="open()" [attr.aria-controls]="regionId" data-testid="builder-item-preview-toggle">
      {{ (open() ? 'evaluation.builder.previewHide' : 'evaluation.builder.preview') | t }}
    </button>
    @if (open()) {
      <div class="preview" [id]="regionId" role="region" [attr.aria-label]="'evaluation.builder.previewLabel' | t" data-testid="builder-item-preview">
        <p class="intro">{{ 'evaluation.builder.previewIntro' | t }}</p>
        <div class="languages">
          <div lang="de">
            <p class="language">Deutsch</p>
            <koko-survey-question [item]="question()" [controls]="controls().de" fixedLanguage />
          </div>
          <div lang="en">
            <p class="language">English</p>
            <koko-survey-question [item]="question()" [controls]="controls().en" [en]="true" fixedLanguage />
          </div>
        </div>
      </div>
    }
  `,
  styles: `
    :host { display: block; }
    .preview { margin: 0.5rem 0; padding: 0.75rem 1rem; border-radius: 12px; background: var(--mat-sys-surface); border: 1px dashed var(--mat-sys-outline); }
    .intro { margin: 0 0 0.75rem; max-width: 70ch; }
    .languages { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 1rem; }
    .language { margin: 0 0 0.25rem; font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    @media (max-width: 599px) { .languages { grid-template-columns: 1fr; } }
  `,
})
export class QuestionPreview {
  readonly item = input.required<ItemForm>();
  protected readonly open = signal(false);
  protected readonly regionId = `question-preview-${nextId++}`;
  /** Counts the item's value changes, so the preview follows the typing. */
  private readonly changes = signal(0);
  protected readonly question = computed(() => {
    this.changes();
    return previewItem(this.item());
  });
  /** What the answer controls depend on; other edits (wording, labels) keep what was tried out. */
  private readonly shape = computed(() => {
    const q = this.question();
    return JSON.stringify([q.kind, q.options.map((o) => o.value), q.minValue, q.maxValue]);
  });
  protected readonly controls = computed<{ de: ItemControls; en: ItemControls }>(() => {
    this.shape();
    const q = untracked(this.question);
    return { de: itemControls(q), en: itemControls(q) };
  });

  constructor() {
    effect((onCleanup) => {
      const subscription = this.item().valueChanges.subscribe(() => this.changes.update((n) => n + 1));
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
