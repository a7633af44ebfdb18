import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { Row } from './matrix';

/** Audit trail. */
export const AUDIT_ROWS: Row[] = [
  {
    operation: 'auditTrail',
    kind: 'query',
    document: `query($id: ID) { auditTrail(cohortId: $id, limit: 5) { total items { id } } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
];
