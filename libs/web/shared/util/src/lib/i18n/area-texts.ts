import type { AreaTexts } from './area-text-keys';
import type { UiLocale } from './ui-locale';

type AreaLoader = () => Promise<AreaTexts>;

/**
 * Each area's dictionary in its own lazily loaded chunk, so a page loads the texts of its areas
 * only (the whole dictionary was a fifth of the first page's JavaScript).
 */
export const AREA_TEXTS = {
  accompaniment: { de: () => import('./areas/accompaniment.de').then((m) => m.accompanimentDe), en: () => import('./areas/accompaniment.en').then((m) => m.accompanimentEn) },
  assessment: { de: () => import('./areas/assessment.de').then((m) => m.assessmentDe), en: () => import('./areas/assessment.en').then((m) => m.assessmentEn) },
  catalogue: { de: () => import('./areas/catalogue.de').then((m) => m.catalogueDe), en: () => import('./areas/catalogue.en').then((m) => m.catalogueEn) },
  certificates: { de: () => import('./areas/certificates.de').then((m) => m.certificatesDe), en: () => import('./areas/certificates.en').then((m) => m.certificatesEn) },
  content: { de: () => import('./areas/content.de').then((m) => m.contentDe), en: () => import('./areas/content.en').then((m) => m.contentEn) },
  counselling: { de: () => import('./areas/counselling.de').then((m) => m.counsellingDe), en: () => import('./areas/counselling.en').then((m) => m.counsellingEn) },
  enrolment: { de: () => import('./areas/enrolment.de').then((m) => m.enrolmentDe), en: () => import('./areas/enrolment.en').then((m) => m.enrolmentEn) },
  evaluation: { de: () => import('./areas/evaluation.de').then((m) => m.evaluationDe), en: () => import('./areas/evaluation.en').then((m) => m.evaluationEn) },
  events: { de: () => import('./areas/events.de').then((m) => m.eventsDe), en: () => import('./areas/events.en').then((m) => m.eventsEn) },
  grading: { de: () => import('./areas/grading.de').then((m) => m.gradingDe), en: () => import('./areas/grading.en').then((m) => m.gradingEn) },
  progress: { de: () => import('./areas/progress.de').then((m) => m.progressDe), en: () => import('./areas/progress.en').then((m) => m.progressEn) },
} satisfies Record<string, Record<UiLocale, AreaLoader>>;

export type TextArea = keyof typeof AREA_TEXTS;

/** The area whose dictionary holds `key`, or null for an always-loaded key. */
export function textAreaOf(key: string): TextArea | null {
  const prefix = key.slice(0, key.indexOf('.'));
  return Object.prototype.hasOwnProperty.call(AREA_TEXTS, prefix) ? (prefix as TextArea) : null;
}
