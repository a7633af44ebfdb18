import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { EvaluationService, type ItemKind, type QuestionnaireVersion } from '@koko/web/evaluation/data-access';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { FormError, LoadStateView, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@koko/web/shared/util';
import {
  isChoice,
  isLikert,
  ITEM_KINDS,
  type ItemForm,
  itemGroup,
  LIMITS,
  nextOptionValue,
  optionGroup,
  questionnaireForm,
  type QuestionnaireForm,
  sectionGroup,
  suggestCode,
  toInput,
} from './questionnaire-form';
import { QuestionPreview } from './question-preview';

interface Loaded {
  /** The newest version (null for a new questionnaire). */
  version: QuestionnaireVersion | null;
}

/**
 * `/auswertung/frageboegen/neu` and `/auswertung/frageboegen/:id` – Evaluation and admins build a
 * questionnaire: sections, items of every kind, German and English wording, item codes. Saving
 * writes into the newest version while it has no responses; once it has, the server creates the
 * next version and running surveys keep theirs.
 */
@Component({
  selector: 'koko-questionnaire-builder-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatAnchor,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    PageHeader,
    LoadStateView,
    FormError,
    TranslatePipe,
    QuestionPreview,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './questionnaire-builder-page.html',
  styleUrl: './questionnaire-builder-page.scss',
})
export class QuestionnaireBuilderPage {
  /** The questionnaire's id from the route; absent on `/neu`. */
  readonly id = input<string>();
  private readonly service = inject(EvaluationService);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(I18nService);

  protected readonly kinds = ITEM_KINDS;
  protected readonly limits = LIMITS;
  protected readonly isLikert = isLikert;
  protected readonly isChoice = isChoice;

  protected readonly loader = createLoader({
    params: () => ({ id: this.id() ?? null }),
    load: async ({ id }): Promise<Loaded> => {
      if (!id) return { version: null };
      const questionnaire = (await this.service.questionnaires()).find((q) => q.id === id);
      // An unknown id reads like any missing questionnaire (the server's message).
      const newest = questionnaire?.versions[0];
      return { version: await this.service.questionnaireVersion(newest?.id ?? id) };
    },
    isEmpty: () => false,
  });

  protected form: QuestionnaireForm = questionnaireForm();
  /** What the form was last built from, so a reload (e.g. in another language) keeps the edits. */
  private lastLoaded: Loaded | null = null;
  private builtFrom: string | null | undefined = undefined;
  protected readonly version = signal<QuestionnaireVersion | null>(null);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly heading = computed(() => (this.id() ? this.i18n.t('evaluation.builder.headingEdit') : this.i18n.t('evaluation.builder.headingNew')));

  constructor() {
    effect(() => {
      const loaded = this.loader.data();
      if (!loaded || loaded === this.lastLoaded) return;
      this.lastLoaded = loaded;
      const key = loaded.version ? `${loaded.version.id}#${loaded.version.number}` : null;
      if (this.builtFrom === key) return;
      this.build(loaded.version);
      if (!loaded.version) this.addItem(0);
    });
  }

  private build(version: QuestionnaireVersion | null): void {
    this.form = questionnaireForm(version);
    this.builtFrom = version ? `${version.id}#${version.number}` : null;
    this.version.set(version);
  }

  protected get sections() {
    return this.form.controls.sections;
  }

  protected readonly endFields = ['lowLabel', 'lowLabelEn', 'highLabel', 'highLabelEn'] as const;

  protected endKey(field: string): TranslationKey {
    return `evaluation.builder.${field}` as TranslationKey;
  }

  protected kindKey(kind: ItemKind): TranslationKey {
    return `evaluation.kind.${kind}` as TranslationKey;
  }

  protected addSection(): void {
    this.sections.push(sectionGroup({ items: [] }));
    this.addItem(this.sections.length - 1);
  }

  protected addItem(sectionIndex: number): void {
    const code = suggestCode(this.form, sectionIndex);
    this.sections.at(sectionIndex).controls.items.push(itemGroup({ code }));
  }

  protected addOption(item: ItemForm): void {
    item.controls.options.push(optionGroup({ value: nextOptionValue(item) }));
    item.updateValueAndValidity();
  }

  protected removeOption(item: ItemForm, index: number): void {
    item.controls.options.removeAt(index);
    item.updateValueAndValidity();
  }

  /** Moves an entry of a list up (-1) or down (+1). */
  protected move<T extends FormArray>(list: T, index: number, by: -1 | 1): void {
    const target = index + by;
    if (target < 0 || target >= list.length) return;
    const control = list.at(index);
    list.removeAt(index);
    list.insert(target, control);
    this.form.updateValueAndValidity();
  }

  protected remove(list: FormArray, index: number): void {
    list.removeAt(index);
    this.form.updateValueAndValidity();
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('evaluation.builder.fixErrors'));
      // Take keyboard and screen-reader users to the first field to correct.
      setTimeout(() => this.document.querySelector<HTMLElement>('[data-testid="builder-form"] :is(input, textarea).ng-invalid')?.focus());
      return;
    }
    const before = this.version();
    this.submitting.set(true);
    try {
      const saved = await this.service.saveQuestionnaire(before?.questionnaireId ?? null, toInput(this.form));
      const created = !before || saved.id !== before.id;
      this.notifier.success(this.i18n.t(created && before ? 'evaluation.builder.savedNewVersion' : 'evaluation.builder.saved', { n: saved.number }));
      this.build(saved);
      if (!before) await this.router.navigate(['/auswertung/frageboegen', saved.questionnaireId], { replaceUrl: true });
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}
