import { booleanAttribute, ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type { SurveyItem } from '@koko/web/evaluation/data-access';
import { I18nService, type TranslationKey, type TranslationParams } from '@koko/web/shared/util';

/** The radio value of "keine Angabe". */
export const NO_ANSWER = 'NA';

/** The controls of one item: a choice (radio value as text), options, a number or a text. */
export interface ItemControls {
  choice: FormControl<string | null>;
  options: FormGroup<Record<string, FormControl<boolean>>>;
  number: FormControl<number | null>;
  text: FormControl<string>;
  notForPublication: FormControl<boolean>;
}

/** Fresh, empty controls for answering `item` (a number within its range, text up to 5,000 characters). */
export function itemControls(item: Pick<SurveyItem, 'minValue' | 'maxValue' | 'options'>): ItemControls {
  const numberValidators = [Validators.pattern(/^-?\d+$/)];
  if (item.minValue != null) numberValidators.push(Validators.min(item.minValue));
  if (item.maxValue != null) numberValidators.push(Validators.max(item.maxValue));
  return {
    choice: new FormControl<string | null>(null),
    options: new FormGroup(Object.fromEntries(item.options.map((o) => [String(o.value), new FormControl(false, { nonNullable: true })]))),
    number: new FormControl<number | null>(null, numberValidators),
    text: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
    notForPublication: new FormControl(false, { nonNullable: true }),
  };
}

/**
 * One question as participants answer it (the survey page, and the builder's preview): a fieldset whose
 * legend is the question, so screen readers announce it with each option; Likert scales are radio
 * groups (arrow keys move, space chooses) with the labelled ends in the option names.
 */
@Component({
  selector: 'koko-survey-question',
  imports: [ReactiveFormsModule, MatCheckbox, MatRadioGroup, MatRadioButton, MatFormField, MatLabel, MatInput, MatHint, MatError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let q = item();
    @let c = controls();
    <fieldset class="question" [attr.data-testid]="'item-' + q.code">
      <legend>
        {{ en() ? q.textEn : q.text }}
        @if (q.required) {
          <span class="required">{{ tx('evaluation.answer.required') }}</span>
        }
      </legend>
      @switch (q.kind) {
        @case ('MULTIPLE') {
          <div class="options" [formGroup]="c.options">
            @for (o of q.options; track o.value) {
              <mat-checkbox [formControlName]="'' + o.value">{{ en() ? o.labelEn : o.label }}</mat-checkbox>
            }
          </div>
        }
        @case ('NUMERIC') {
          <mat-form-field class="number">
            <mat-label>{{ en() ? q.textEn : q.text }}</mat-label>
            <input matInput type="number" [formControl]="c.number" [attr.min]="q.minValue" [attr.max]="q.maxValue" step="1" />
            @if (q.minValue != null && q.maxValue != null) {
              <mat-hint>{{ tx('evaluation.answer.range', { min: q.minValue, max: q.maxValue }) }}</mat-hint>
            }
            <mat-error>{{ tx('evaluation.answer.range', { min: q.minValue ?? '', max: q.maxValue ?? '' }) }}</mat-error>
          </mat-form-field>
        }
        @case ('TEXT') {
          <mat-form-field class="text">
            <mat-label>{{ en() ? q.textEn : q.text }}</mat-label>
            <textarea matInput rows="4" [formControl]="c.text" maxlength="5000"></textarea>
          </mat-form-field>
          <mat-checkbox [formControl]="c.notForPublication">{{ tx('evaluation.answer.notForPublication') }}</mat-checkbox>
        }
        @default {
          <mat-radio-group class="scale" [class.likert]="q.kind !== 'SINGLE'" [formControl]="c.choice">
            @if (q.kind === 'SINGLE') {
              @for (o of q.options; track o.value) {
                <mat-radio-button [value]="'' + o.value">{{ en() ? o.labelEn : o.label }}</mat-radio-button>
              }
            } @else {
              @for (p of points(); track p) {
                <mat-radio-button [value]="'' + p" [attr.data-testid]="'item-' + q.code + '-' + p">{{ pointLabel(p) }}</mat-radio-button>
              }
            }
            @if (q.allowNoAnswer) {
              <mat-radio-button class="no-answer" [value]="noAnswer">{{ tx('evaluation.answer.noAnswer') }}</mat-radio-button>
            }
          </mat-radio-group>
        }
      }
    </fieldset>
  `,
  styles: `
    .question { margin: 0 0 1rem; padding: 1rem 1.25rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; min-width: 0; }
    .question legend { padding: 0 0.25rem; font: var(--mat-sys-title-small); overflow-wrap: anywhere; }
    .required { font-weight: normal; color: var(--mat-sys-on-surface-variant); margin-left: 0.25rem; }
    .scale, .options { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
    .scale.likert { gap: 0.25rem 0.5rem; }
    .no-answer { margin-left: auto; }
    .number { width: min(100%, 20rem); }
    .text { width: 100%; }
    @media (max-width: 599px) {
      .scale, .options { flex-direction: column; }
      .no-answer { margin-left: 0; }
    }
  `,
})
export class SurveyQuestion {
  readonly item = input.required<SurveyItem>();
  readonly controls = input.required<ItemControls>();
  /** Shows the English wording, and the fixed texts ("Pflichtfrage", "keine Angabe") in English too. */
  readonly en = input(false);
  /** Fixed texts in the wording's language, not the reader's (the builder's preview of both). */
  readonly fixedLanguage = input(false, { transform: booleanAttribute });
  private readonly i18n = inject(I18nService);
  protected readonly noAnswer = NO_ANSWER;

  protected tx(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params, this.fixedLanguage() ? (this.en() ? 'en' : 'de') : undefined);
  }

  protected points(): number[] {
    const n = this.item().kind === 'LIKERT7' ? 7 : 5;
    return Array.from({ length: n }, (_, i) => i + 1);
  }

  protected pointLabel(p: number): string {
    const item = this.item();
    const low = this.en() ? item.lowLabelEn : item.lowLabel;
    const high = this.en() ? item.highLabelEn : item.highLabel;
    if (p === 1 && low) return `${p} – ${low}`;
    if (p === (item.kind === 'LIKERT7' ? 7 : 5) && high) return `${p} – ${high}`;
    return String(p);
  }
}
