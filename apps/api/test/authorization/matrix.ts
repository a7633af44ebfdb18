import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';

/** Who may call an operation. */
export type Audience = 'anonymous' | 'signed-in' | Role[];
export type Caller = 'anonymous' | Role;

/** One row of the authorization matrix (see ../authorization.int-spec.ts). */
export interface Row {
  operation: string;
  kind: 'query' | 'mutation';
  document: string;
  variables?: () => Record<string, unknown>;
  audience: Audience;
  /** What an allowed caller gets: data for the field, null for it (a nullable field with nothing yet), or this domain error code. */
  allowedOutcome: 'data' | 'null' | string;
}

export const unknownEmail = () => `niemand.${randomUUID()}@example.org`;
export const unknownToken = () => `unbekannt-${randomUUID()}`;
export const MOTIVATION = 'Wir wollen Konflikte in unserer Kommune früher erkennen.';
export const cohortDates = { startsOn: '2031-01-10', endsOn: '2031-06-30', applicationsOpenOn: '2030-10-01', applicationsCloseOn: '2030-12-01' };
export const sessionTimes = { startsAt: '2031-02-01T09:00:00.000Z', endsAt: '2031-02-01T15:00:00.000Z' };

export const CALLERS: Caller[] = ['anonymous', Role.PARTICIPANT, Role.TRAINER, Role.ADMIN, Role.EVALUATION, Role.ADVISOR];

/** The audience as docs/authorization.md writes it. */
export function audienceLabel(audience: Audience): string {
  if (audience === 'anonymous') return 'everyone (also anonymous)';
  if (audience === 'signed-in') return 'any signed-in user';
  return audience.map((r) => r.toUpperCase()).join(', ');
}

export function isAllowed(audience: Audience, caller: Caller): boolean {
  if (audience === 'anonymous') return true;
  if (caller === 'anonymous') return false;
  if (audience === 'signed-in') return true;
  return audience.includes(caller);
}
