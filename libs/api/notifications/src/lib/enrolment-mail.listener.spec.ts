import { stateChangeTemplate } from './enrolment-mail.listener';

describe('stateChangeTemplate', () => {
  it('picks the mail for the new state', () => {
    expect(stateChangeTemplate({ to: 'admitted', movedUp: false })).toBe('enrolment-admitted');
    expect(stateChangeTemplate({ to: 'admitted', movedUp: true })).toBe('enrolment-moved-up');
    expect(stateChangeTemplate({ to: 'waitlisted', movedUp: false })).toBe('enrolment-waitlisted');
    expect(stateChangeTemplate({ to: 'declined', movedUp: false })).toBe('enrolment-declined');
    expect(stateChangeTemplate({ to: 'withdrawn', movedUp: false })).toBe('enrolment-withdrawn');
    expect(stateChangeTemplate({ to: 'completed', movedUp: false })).toBeNull();
  });
});
