import { MailRenderer } from './mail-renderer';

describe('MailRenderer', () => {
  const renderer = new MailRenderer('Europe/Berlin');
  const context = {
    invitedByName: 'Ada <Admin>',
    acceptUrl: 'http://localhost:3000/einladung?token=abc',
    expiresAt: '2026-12-02T10:00:00.000Z',
  };

  it('renders German with local time and escapes HTML', () => {
    const mail = renderer.render('invitation', 'de', context);
    expect(mail.subject).toBe('Ihre Einladung zu KoKo Campus');
    expect(mail.html).toContain('Ada &lt;Admin&gt;');
    expect(mail.html).toContain('lang="de"');
    expect(mail.text).toContain('Ada <Admin>');
    expect(mail.text).toContain('2. Dezember 2026 um 11:00');
    expect(mail.text).toContain(context.acceptUrl);
  });

  it('renders English', () => {
    const mail = renderer.render('invitation', 'en', context);
    expect(mail.subject).toBe('Your invitation to KoKo Campus');
    expect(mail.text).toContain('2 December 2026');
  });

  it('fails loudly when the context misses a variable', () => {
    expect(() => renderer.render('password-reset', 'de', { displayName: 'X' })).toThrow();
  });
});
