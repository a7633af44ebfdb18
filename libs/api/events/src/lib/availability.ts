import { registerEnumType } from '@nestjs/graphql';

/** What the public sees instead of exact counts. */
export enum Availability {
  PLACES_FREE = 'PLACES_FREE',
  FEW_PLACES = 'FEW_PLACES',
  WAITING_LIST = 'WAITING_LIST',
}

registerEnumType(Availability, { name: 'Availability', description: 'Places free / few places / waiting list (no exact counts in public).' });

/** Whether registering is possible right now. */
export enum RegistrationWindow {
  NOT_YET_OPEN = 'NOT_YET_OPEN',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(RegistrationWindow, { name: 'RegistrationWindow' });

/** "Few places" once at most a fifth of the places (and at least two) are left. */
export function availabilityOf(capacity: number, placesTaken: number): Availability {
  const free = capacity - placesTaken;
  if (free <= 0) return Availability.WAITING_LIST;
  if (free <= Math.max(2, Math.floor(capacity / 5))) return Availability.FEW_PLACES;
  return Availability.PLACES_FREE;
}

export function registrationWindow(opensAt: Date, closesAt: Date, now: Date): RegistrationWindow {
  if (now < opensAt) return RegistrationWindow.NOT_YET_OPEN;
  if (now >= closesAt) return RegistrationWindow.CLOSED;
  return RegistrationWindow.OPEN;
}
