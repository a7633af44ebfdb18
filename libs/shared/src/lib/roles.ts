/** Roles a KoKo Campus account can hold; one account may hold several. */
export enum Role {
  PARTICIPANT = 'participant',
  TRAINER = 'trainer',
  ADMIN = 'admin',
  /** The scientific monitoring team: builds questionnaires, analyses anonymous results. */
  EVALUATION = 'evaluation',
  /** Berater:in: advises and accompanies municipalities (counselling requests); a trainer may also hold it. */
  ADVISOR = 'advisor',
}

export const ALL_ROLES: readonly Role[] = [Role.PARTICIPANT, Role.TRAINER, Role.ADMIN, Role.EVALUATION, Role.ADVISOR];
