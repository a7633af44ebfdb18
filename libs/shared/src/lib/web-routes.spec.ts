import { WebRoute, webUrl } from './web-routes';

describe('webUrl', () => {
  const base = 'https://campus.example.org';

  it('fills in parameters and the query', () => {
    expect(webUrl(base, WebRoute.GRADING_ATTEMPT, { attemptId: 'a1' })).toBe('https://campus.example.org/trainer/bewertung/a1');
    expect(webUrl(base, WebRoute.ASSIGNMENT, { position: 3 }, { enrolment: 'e1' })).toBe('https://campus.example.org/mein-weg/modul/3?enrolment=e1');
    expect(webUrl(base, WebRoute.PASSWORD_RESET, {}, { token: 'a b+c' })).toBe('https://campus.example.org/passwort-neu?token=a+b%2Bc');
    expect(webUrl(base, WebRoute.MY_WAY)).toBe('https://campus.example.org/mein-weg');
  });

  it('refuses a missing parameter instead of linking to ":attemptId"', () => {
    expect(() => webUrl(base, WebRoute.GRADING_ATTEMPT)).toThrow(/attemptId/);
  });
});
