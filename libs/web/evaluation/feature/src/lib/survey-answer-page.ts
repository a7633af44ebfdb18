import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { type AnswerInput, EvaluationService, type SurveyItem, type SurveyToAnswer } from '@koko/web/evaluation/data-access';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { FormError, LoadStateView, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { type ItemControls, itemControls, NO_ANSWER, SurveyQuestion } from './survey-question';

/**
 * `/befragungen/:id` – a participant answers a survey; `/befragungen/link#<token>` – anyone holding
 * a mail's one-time link answers it without signing in (the token sits in the fragment, which the
 * browser never sends to a server). Every question is a `koko-survey-question` (a fieldset whose
 * legend is the question). A plain-language notice says what is stored before the first question.
 */
@Component({
  selector: 'koko-survey-answer-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatCheckbox, MatFormField, MatLabel, MatInput, PageHeader, LoadStateView, FormError, TranslatePipe, SurveyQuestion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-answer-page.html',
  styleUrl: './survey-answer-page.scss',
})
export class SurveyAnswerPage {
  /** Set on `/befragungen/:id`; absent on the link page, which reads the token from the fragment. */
  readonly id = input<string>();
  private readonly service = inject(EvaluationService);
  private readonly token = inject(ActivatedRoute).snapshot.fragment ?? '';
  private readonly errors = inject(ApiErrorService);
  protected readonly i18n = inject(I18nService);

  protected readonly byLink = computed(() => !this.id());
  protected readonly survey = createLoader({
    params: () => this.id(),
    load: (id) => (id ? this.service.toAnswer(id) : this.service.byLink(this.token)).then((s) => this.prepare(s)),
  });
  protected readonly en = computed(() => this.i18n.locale() === 'en');
  protected readonly controls = new Map<string, ItemControls>();
  /** The self-generated code (after Pöge 2008): five stable facts, one character (the day: two) each. */
  protected readonly code = new FormGroup({
    mother: new FormControl('', { nonNullable: true, validators: [Validators.pattern(/^[A-Za-zÄÖÜäöüß]$/)] }),
    father: new FormControl('', { nonNullable: true, validators: [Validators.pattern(/^[A-Za-zÄÖÜäöüß]$/)] }),
    day: new FormControl('', { nonNullable: true, validators: [Validators.pattern(/^(0?[1-9]|[12][0-9]|3[01])$/)] }),
    place: new FormControl('', { nonNullable: true, validators: [Validators.pattern(/^[A-Za-zÄÖÜäöüß]$/)] }),
    siblings: new FormControl('', { nonNullable: true, validators: [Validators.pattern(/^[0-9]$/)] }),
    none: new FormControl(false, { nonNullable: true }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal(false);

  protected c(item: SurveyItem): ItemControls {
    const found = this.controls.get(item.id);
    if (!found) throw new Error(`No controls for item ${item.code}`);
    return found;
  }

  async submit(survey: SurveyToAnswer): Promise<void> {
    this.error.set(null);
    const items = survey.questionnaire.sections.flatMap((s) => s.items);
    const answers: AnswerInput[] = [];
    for (const item of items) {
      const a = this.answerOf(item);
      if (a) answers.push(a);
      else if (item.required) {
        this.error.set(this.i18n.t('evaluation.answer.missing', { text: this.en() ? item.textEn : item.text }));
        return;
      }
    }
    const code = this.codeValue(survey);
    if (code === undefined) {
      this.error.set(this.i18n.t('evaluation.answer.code.invalid'));
      return;
    }
    this.busy.set(true);
    try {
      if (this.byLink()) await this.service.answerByLink(this.token, survey.id, answers, code);
      else await this.service.answer(survey.id, answers, code);
      this.done.set(true);
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  /** The code from its parts ("MJ07K2"), null for none, undefined when the parts are incomplete. */
  private codeValue(survey: SurveyToAnswer): string | null | undefined {
    if (!survey.asksForCode) return null;
    const { none, ...parts } = this.code.getRawValue();
    const values = Object.values(parts);
    if (none || values.every((v) => !v.trim())) return null;
    if (this.code.invalid || values.some((v) => !v.trim())) return undefined;
    const letter = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'S').toUpperCase().slice(0, 1);
    return `${letter(parts.mother)}${letter(parts.father)}${parts.day.padStart(2, '0')}${letter(parts.place)}${parts.siblings}`;
  }

  private answerOf(item: SurveyItem): AnswerInput | null {
    const c = this.c(item);
    const base = { itemId: item.id, noAnswer: false, notForPublication: false };
    switch (item.kind) {
      case 'LIKERT5':
      case 'LIKERT7':
      case 'SINGLE': {
        const v = c.choice.value;
        if (!v) return null;
        return v === NO_ANSWER ? { ...base, noAnswer: true } : { ...base, value: Number(v) };
      }
      case 'MULTIPLE': {
        const chosen = Object.entries(c.options.getRawValue())
          .filter(([, on]) => on)
          .map(([value]) => Number(value));
        return chosen.length ? { ...base, choices: chosen } : null;
      }
      case 'NUMERIC':
        return c.number.value == null || c.number.invalid ? null : { ...base, value: c.number.value };
      case 'TEXT': {
        const text = c.text.value.trim();
        return text ? { ...base, text, notForPublication: c.notForPublication.value } : null;
      }
    }
  }

  private prepare(survey: SurveyToAnswer): SurveyToAnswer {
    this.controls.clear();
    for (const item of survey.questionnaire.sections.flatMap((s) => s.items)) this.controls.set(item.id, itemControls(item));
    return survey;
  }
}
