/** Roles a KoKo Campus account can hold; one account may hold several. */
export enum Role {
  PARTICIPANT = 'participant',
  TRAINER = 'trainer',
  ADMIN = 'admin',
}

export const ALL_ROLES: readonly Role[] = [Role.PARTICIPANT, Role.TRAINER, Role.ADMIN];
