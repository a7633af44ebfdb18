import { CounsellingStatus } from './counselling.entity';

const S = CounsellingStatus;

/** Where a request may go from each status; CLOSED and DECLINED are final. */
export const TRANSITIONS: Readonly<Record<CounsellingStatus, readonly CounsellingStatus[]>> = {
  [S.NEW]: [S.ACCEPTED, S.DECLINED],
  [S.ACCEPTED]: [S.IN_PROGRESS, S.DECLINED],
  [S.IN_PROGRESS]: [S.CLOSED],
  [S.CLOSED]: [],
  [S.DECLINED]: [],
};

export function canMove(from: CounsellingStatus, to: CounsellingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Status names for messages (the API answers in the caller's language). */
export const STATUS_NAMES: Readonly<Record<CounsellingStatus, { de: string; en: string }>> = {
  [S.NEW]: { de: 'neu', en: 'new' },
  [S.ACCEPTED]: { de: 'angenommen', en: 'accepted' },
  [S.IN_PROGRESS]: { de: 'in Bearbeitung', en: 'in progress' },
  [S.CLOSED]: { de: 'abgeschlossen', en: 'closed' },
  [S.DECLINED]: { de: 'abgelehnt', en: 'declined' },
};
