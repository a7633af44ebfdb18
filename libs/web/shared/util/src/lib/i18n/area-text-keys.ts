import type { accompanimentDe } from './areas/accompaniment.de';
import type { assessmentDe } from './areas/assessment.de';
import type { catalogueDe } from './areas/catalogue.de';
import type { certificatesDe } from './areas/certificates.de';
import type { contentDe } from './areas/content.de';
import type { counsellingDe } from './areas/counselling.de';
import type { enrolmentDe } from './areas/enrolment.de';
import type { evaluationDe } from './areas/evaluation.de';
import type { eventsDe } from './areas/events.de';
import type { gradingDe } from './areas/grading.de';
import type { progressDe } from './areas/progress.de';

/** Keys of the texts that load with an area's pages; each key starts with its area's name. */
export type AreaTextKey =
  | keyof typeof accompanimentDe
  | keyof typeof assessmentDe
  | keyof typeof catalogueDe
  | keyof typeof certificatesDe
  | keyof typeof contentDe
  | keyof typeof counsellingDe
  | keyof typeof enrolmentDe
  | keyof typeof evaluationDe
  | keyof typeof eventsDe
  | keyof typeof gradingDe
  | keyof typeof progressDe;

/** One area's texts in one language. */
export type AreaTexts = Readonly<Record<string, string>>;
