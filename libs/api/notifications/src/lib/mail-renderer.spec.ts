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

describe('MailRenderer: enrolment mails', () => {
  const renderer = new MailRenderer('Europe/Berlin');
  const decision = {
    displayName: 'Grete Beispiel',
    cohortName: 'Durchgang <2026>',
    dashboardUrl: 'http://campus.test/mein-weg',
    message: 'Bitte bringen Sie\nIhren Laptop mit.',
    bySelf: false,
  };
  const decisions = ['enrolment-admitted', 'enrolment-moved-up', 'enrolment-waitlisted', 'enrolment-declined', 'enrolment-withdrawn'] as const;

  it.each(decisions.flatMap((template) => (['de', 'en'] as const).map((locale) => [template, locale] as const)))(
    '%s (%s) names the cohort, links the overview and quotes the message',
    (template, locale) => {
      const mail = renderer.render(template, locale, decision);
      expect(mail.subject).toContain('Durchgang <2026>');
      expect(mail.html).toContain('Durchgang &lt;2026&gt;');
      expect(mail.html).toContain('href="http://campus.test/mein-weg"');
      expect(mail.text).toContain('http://campus.test/mein-weg');
      expect(mail.text).toContain('Bitte bringen Sie\nIhren Laptop mit.');
      expect(renderer.render(template, locale, { ...decision, message: null }).text).not.toMatch(/Nachricht des Programmteams|Message from the programme team/);
    },
  );

  it('words a participant’s own withdrawal as theirs', () => {
    const own = renderer.render('enrolment-withdrawn', 'de', { ...decision, bySelf: true });
    expect(own.text).toContain('dass Sie Ihre Teilnahme');
    expect(own.text).toContain('Ihre Begründung:');
    expect(renderer.render('enrolment-withdrawn', 'de', decision).text).toContain('Nachricht des Programmteams:');
  });

  it('carries the set-password link only for a new account (one mail, no separate invitation)', () => {
    const context = { displayName: 'Grete', cohortName: 'Frühjahr 2026', setPasswordUrl: 'http://campus.test/einladung?token=abc', expiresAt: '2026-03-09T10:00:00.000Z' };
    const de = renderer.render('application-received', 'de', context);
    expect(de.text).toContain('Bitte legen Sie über den folgenden Link Ihr Passwort fest');
    expect(de.text).toContain('http://campus.test/einladung?token=abc');
    expect(de.html).toContain('href="http://campus.test/einladung?token&#x3D;abc"'); // HTML-escaped, decoded by the mail client
    expect(de.text).not.toContain('eingeladen');
    const existing = renderer.render('application-received', 'en', { ...context, setPasswordUrl: null, expiresAt: null });
    expect(existing.text).not.toContain('password');
    expect(existing.text).not.toContain('einladung');
  });

  it('asks an existing account to sign in', () => {
    const mail = renderer.render('application-existing-account', 'en', { displayName: 'Grete', cohortName: 'Frühjahr 2026', signInUrl: 'http://campus.test/bewerben/1' });
    expect(mail.text).toContain('http://campus.test/bewerben/1');
    expect(mail.text).toContain('If this was not you');
  });
});
