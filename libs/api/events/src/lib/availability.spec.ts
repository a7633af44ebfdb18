import { Availability, availabilityOf, registrationWindow, RegistrationWindow } from './availability';

describe('availabilityOf', () => {
  it.each([
    [20, 0, Availability.PLACES_FREE],
    [20, 15, Availability.PLACES_FREE],
    [20, 16, Availability.FEW_PLACES],
    [20, 19, Availability.FEW_PLACES],
    [20, 20, Availability.WAITING_LIST],
    [20, 21, Availability.WAITING_LIST],
    [5, 2, Availability.PLACES_FREE],
    [5, 3, Availability.FEW_PLACES],
    [1, 0, Availability.FEW_PLACES],
    [100, 80, Availability.FEW_PLACES],
    [100, 79, Availability.PLACES_FREE],
  ])('capacity %i with %i places taken → %s', (capacity, taken, expected) => {
    expect(availabilityOf(capacity, taken)).toBe(expected);
  });
});

describe('registrationWindow', () => {
  const opens = new Date('2030-01-01T08:00:00Z');
  const closes = new Date('2030-02-01T08:00:00Z');
  it('is not yet open before, open in between and closed from the closing moment on', () => {
    expect(registrationWindow(opens, closes, new Date('2030-01-01T07:59:59Z'))).toBe(RegistrationWindow.NOT_YET_OPEN);
    expect(registrationWindow(opens, closes, opens)).toBe(RegistrationWindow.OPEN);
    expect(registrationWindow(opens, closes, new Date('2030-02-01T07:59:59Z'))).toBe(RegistrationWindow.OPEN);
    expect(registrationWindow(opens, closes, closes)).toBe(RegistrationWindow.CLOSED);
  });
});
