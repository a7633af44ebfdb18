import { accompanimentDe } from './areas/accompaniment.de';
import { accompanimentEn } from './areas/accompaniment.en';
import { assessmentDe } from './areas/assessment.de';
import { assessmentEn } from './areas/assessment.en';
import { catalogueDe } from './areas/catalogue.de';
import { catalogueEn } from './areas/catalogue.en';
import { certificatesDe } from './areas/certificates.de';
import { certificatesEn } from './areas/certificates.en';
import { contentDe } from './areas/content.de';
import { contentEn } from './areas/content.en';
import { counsellingDe } from './areas/counselling.de';
import { counsellingEn } from './areas/counselling.en';
import { enrolmentDe } from './areas/enrolment.de';
import { enrolmentEn } from './areas/enrolment.en';
import { evaluationDe } from './areas/evaluation.de';
import { evaluationEn } from './areas/evaluation.en';
import { eventsDe } from './areas/events.de';
import { eventsEn } from './areas/events.en';
import { gradingDe } from './areas/grading.de';
import { gradingEn } from './areas/grading.en';
import { progressDe } from './areas/progress.de';
import { progressEn } from './areas/progress.en';
import { de, type TranslationKey } from './dictionary-de';
import { en } from './dictionary-en';
import { registerTexts } from './text-registry';
import type { UiLocale } from './ui-locale';

/** Every text of both languages at once: for tests only (the app loads areas with their pages). */
export const ALL_TEXTS: Record<UiLocale, Record<TranslationKey, string>> = {
  de: {
    ...de,
    ...accompanimentDe,
    ...assessmentDe,
    ...catalogueDe,
    ...certificatesDe,
    ...contentDe,
    ...counsellingDe,
    ...enrolmentDe,
    ...evaluationDe,
    ...eventsDe,
    ...gradingDe,
    ...progressDe,
  },
  en: {
    ...en,
    ...accompanimentEn,
    ...assessmentEn,
    ...catalogueEn,
    ...certificatesEn,
    ...contentEn,
    ...counsellingEn,
    ...enrolmentEn,
    ...evaluationEn,
    ...eventsEn,
    ...gradingEn,
    ...progressEn,
  },
};

/** Makes every `I18nService` created afterwards start with all texts (a unit test's setup file calls it). */
export function registerAllTexts(): void {
  registerTexts('de', ALL_TEXTS.de);
  registerTexts('en', ALL_TEXTS.en);
}
