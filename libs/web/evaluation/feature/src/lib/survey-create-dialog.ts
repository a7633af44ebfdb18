import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTimepicker, MatTimepickerInput, MatTimepickerToggle } from '@angular/material/timepicker';
import { type CreatedSurvey, EvaluationService, type SurveyWave } from '@koko/web/evaluation/data-access';
import { createDialogForm, createLoader } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold, LoadStateView, provideKokoDates } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@koko/web/shared/util';
import { openAfterEvent, requireContextOf, SURVEY_TITLE, SURVEY_WAVES, surveyForm, surveyInput } from './survey-form';

/**
 * A new survey (Evaluation, admins): a questionnaire version bound to a cohort (at its start or end,
 * or after a module) or to a short format (after it ended, for its checked-in attendees), with open,
 * close and reminder dates. Closes with the created survey.
 */
@Component({
  selector: 'koko-survey-create-dialog',
  imports: [
    ReactiveFormsModule,
    DialogFormScaffold,
    LoadStateView,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatSelect,
    MatOption,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatTimepicker,
    MatTimepickerInput,
    MatTimepickerToggle,
    TranslatePipe,
  ],
  // Material's date and time pickers need the date adapter, provided where date fields are (not app-wide: initial bundle).
  providers: [provideKokoDates()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-create-dialog.html',
  styles: `
    /* The fields sit inside the load state, so they get the dialog's column layout here. */
    .fields { display: flex; flex-direction: column; gap: 0.5rem; }
  `,
})
export class SurveyCreateDialog {
  private readonly service = inject(EvaluationService);
  private readonly i18n = inject(I18nService);
  protected readonly waves = SURVEY_WAVES;
  protected readonly limits = SURVEY_TITLE;
  protected readonly en = computed(() => this.i18n.locale() === 'en');
  /** What the form offers: questionnaire versions and the contexts; nothing to offer without a questionnaire. */
  protected readonly choices = createLoader({
    load: async () => {
      const [questionnaires, contexts] = await Promise.all([this.service.questionnaires(), this.service.contexts()]);
      const versions = questionnaires.flatMap((q) => q.versions.map((v) => ({ id: v.id, label: `${this.en() ? q.titleEn : q.title} · ${this.i18n.t('evaluation.create.version', { n: v.number })}` })));
      return { versions, contexts };
    },
    isEmpty: (c) => !c.versions.length,
  });
  protected readonly form = surveyForm(() => this.choices.data()?.contexts ?? null);
  protected readonly dialog = createDialogForm<CreatedSurvey>({
    form: this.form,
    save: () => {
      const input = surveyInput(this.form);
      return input ? this.service.createSurvey(input) : null;
    },
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    requireContextOf(this.form, this.form.controls.wave.value);
    this.form.controls.wave.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe((wave) => requireContextOf(this.form, wave));
    this.form.controls.shortFormatId.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe((id) => {
      const event = this.choices.data()?.contexts.shortFormats.find((s) => s.id === id);
      if (event) openAfterEvent(this.form, event.endsAt);
    });
  }

  protected waveKey(wave: SurveyWave): TranslationKey {
    return `evaluation.create.wave.${wave}` as TranslationKey;
  }

  protected day(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'medium', timeZone: 'Europe/Berlin' });
  }

  protected dateTime(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  }
}
