import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { Row } from './matrix';

/** Public pages: read by anyone, edited by admins (issue 13). */
export const CONTENT_ROWS: Row[] = [
  {
    operation: 'publicPage',
    kind: 'query',
    document: `{ publicPage(slug: "impressum") { title body version } }`,
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
  { operation: 'contentPages', kind: 'query', document: `{ contentPages { slug de { version } } }`, audience: [Role.ADMIN], allowedOutcome: 'data' },
  {
    operation: 'contentPageHistory',
    kind: 'query',
    document: `{ contentPageHistory(slug: "datenschutz", locale: DE) { version authorName } }`,
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  {
    operation: 'saveContentPage',
    kind: 'mutation',
    document: `mutation($input: SaveContentPageInput!) { saveContentPage(input: $input) { version } }`,
    // A stale base version: refused without writing anything.
    variables: () => ({ input: { slug: 'kontakt', locale: 'DE', title: 'Kontakt', body: 'Text', baseVersion: 999 } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'CONTENT_PAGE_CHANGED',
  },
  {
    operation: 'reportBarrier',
    kind: 'mutation',
    document: `mutation($input: ReportBarrierInput!) { reportBarrier(input: $input) }`,
    // The honeypot keeps the matrix from filling the table or the rate limit.
    variables: () => ({ input: { pageUrl: '/', description: 'Eine Barriere auf der Startseite.', website: 'bot' } }),
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
  { operation: 'barrierReports', kind: 'query', document: `{ barrierReports { total } }`, audience: [Role.ADMIN], allowedOutcome: 'data' },
  {
    operation: 'setBarrierReportStatus',
    kind: 'mutation',
    document: `mutation($input: SetBarrierReportStatusInput!) { setBarrierReportStatus(input: $input) { id } }`,
    variables: () => ({ input: { id: randomUUID(), status: 'ANSWERED' } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'BARRIER_REPORT_NOT_FOUND',
  },
];
