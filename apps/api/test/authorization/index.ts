import { ASSESSMENT_ROWS } from './assessment.rows';
import { AUDIT_ROWS } from './audit.rows';
import { CATALOGUE_ROWS } from './catalogue.rows';
import { CERTIFICATE_ROWS } from './certificates.rows';
import { CONTENT_ROWS } from './content.rows';
import { ENROLMENT_ROWS } from './enrolment.rows';
import { EVENTS_ROWS } from './events.rows';
import { EVALUATION_ROWS } from './evaluation.rows';
import { COUNSELLING_ROWS } from './counselling.rows';
import { ACCOMPANIMENT_ROWS } from './accompaniment.rows';
import { IDENTITY_ROWS } from './identity.rows';
import { Row } from './matrix';
import { PROGRESS_ROWS } from './progress.rows';

export * from './matrix';

/**
 * THE authorization matrix: one row per Query and Mutation field of the running schema, kept in
 * one rows file per domain (`<domain>.rows.ts`, next to this file). A new operation gets its row in
 * its domain's file (a new domain gets a new file, added here) and a line in docs/authorization.md;
 * ../authorization.int-spec.ts fails for an operation without a row.
 */
export const MATRIX: Row[] = [...IDENTITY_ROWS, ...CATALOGUE_ROWS, ...ENROLMENT_ROWS, ...PROGRESS_ROWS, ...AUDIT_ROWS, ...ASSESSMENT_ROWS, ...CERTIFICATE_ROWS, ...EVENTS_ROWS, ...CONTENT_ROWS, ...EVALUATION_ROWS, ...COUNSELLING_ROWS, ...ACCOMPANIMENT_ROWS];
