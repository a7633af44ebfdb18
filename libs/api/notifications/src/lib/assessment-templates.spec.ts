import { MailRenderer } from './mail-renderer';

describe('MailRenderer: transfer assignment mails', () => {
  const renderer = new MailRenderer('Europe/Berlin');
  const module = { cohortName: 'Durchgang <Frühjahr>', modulePosition: 2, moduleTitle: 'Interessen, Werte, Verhandlung', attemptNo: 1 };
  const locales = ['de', 'en'] as const;

  it.each(locales)('submission received (%s) names participant, module and lateness and links the grading page', (locale) => {
    const context = { ...module, displayName: 'Tina Trainerin', participantName: 'Pia Probst', late: true, submittedAt: '2026-03-02T09:30:00.000Z', gradingUrl: 'http://campus.test/trainer/bewertung/a1' };
    const mail = renderer.render('submission-received', locale, context);
    expect(mail.subject).toBe(locale === 'de' ? 'Neue Einreichung (verspätet): Modul 2 – Pia Probst' : 'New submission (late): module 2 – Pia Probst');
    expect(mail.text).toContain(locale === 'de' ? '2. März 2026 um 10:30' : '2 March 2026 at 10:30');
    expect(mail.html).toContain('Durchgang &lt;Frühjahr&gt;');
    expect(mail.html).toContain('href="http://campus.test/trainer/bewertung/a1"');
    const onTime = renderer.render('submission-received', locale, { ...context, late: false });
    expect(onTime.subject).not.toMatch(/verspätet|late/);
    expect(onTime.text).not.toMatch(/verspätet|late\./);
  });

  it.each(locales)('feedback released (%s) says passed or not passed', (locale) => {
    const context = { ...module, displayName: 'Pia', passed: true, nextAttemptNo: null, assignmentUrl: 'http://campus.test/mein-weg/modul/2?enrolment=e1' };
    const passed = renderer.render('feedback-released', locale, context);
    expect(passed.subject).toBe(locale === 'de' ? 'Bestanden: Ihre Transferaufgabe zu Modul 2' : 'Passed: your transfer assignment for module 2');
    expect(passed.text).toContain(context.assignmentUrl);
    const failed = renderer.render('feedback-released', locale, { ...context, passed: false });
    expect(failed.text).toContain(locale === 'de' ? 'nicht bestanden' : 'not passed');
  });

  it.each(locales)('revision requested (%s) mentions the next attempt, or the limit', (locale) => {
    const context = { ...module, displayName: 'Pia', passed: false, nextAttemptNo: 2, assignmentUrl: 'http://campus.test/mein-weg/modul/2?enrolment=e1' };
    const mail = renderer.render('revision-requested', locale, context);
    expect(mail.subject).toBe(locale === 'de' ? 'Bitte überarbeiten: Ihre Transferaufgabe zu Modul 2' : 'Please revise: your transfer assignment for module 2');
    expect(mail.text).toContain(locale === 'de' ? 'der 2. Versuch geöffnet' : 'Attempt 2 is now open');
    expect(renderer.render('revision-requested', locale, { ...context, nextAttemptNo: null }).text).toContain(
      locale === 'de' ? 'Höchstzahl an Versuchen' : 'maximum number of attempts',
    );
  });

  it.each(locales)('extension granted (%s) gives the new and the old date and the reason', (locale) => {
    const context = {
      displayName: 'Pia',
      moduleTitle: 'Eskalation',
      dueAt: '2026-04-10T21:59:00.000Z',
      previousDueAt: '2026-03-31T21:59:00.000Z',
      reason: 'Krankheit <attestiert>',
      assignmentUrl: 'http://campus.test/mein-weg/modul/4?enrolment=e1',
    };
    const mail = renderer.render('extension-granted', locale, context);
    expect(mail.text).toContain(locale === 'de' ? '10. April 2026 um 23:59' : '10 April 2026 at 23:59');
    expect(mail.text).toContain(locale === 'de' ? '(bisher: 31. März 2026 um 23:59)' : '(previously: 31 March 2026 at 23:59)');
    expect(mail.text).toContain('Krankheit <attestiert>');
    expect(mail.html).toContain('Krankheit &lt;attestiert&gt;');
    expect(renderer.render('extension-granted', locale, { ...context, previousDueAt: null }).text).not.toMatch(/bisher|previously/);
  });

  it.each(locales)('deadline reminder (%s): a week before and a last call', (locale) => {
    const context = { ...module, displayName: 'Pia', kind: '7d', lastCall: false, dueAt: '2026-03-15T22:59:00.000Z', extended: false, assignmentUrl: 'http://campus.test/mein-weg/modul/2?enrolment=e1' };
    const week = renderer.render('deadline-reminder', locale, context);
    expect(week.subject).toBe(
      locale === 'de' ? 'Erinnerung: Transferaufgabe zu Modul 2 bis 15. März 2026 um 23:59' : 'Reminder: transfer assignment for module 2 due 15 March 2026 at 23:59',
    );
    const last = renderer.render('deadline-reminder', locale, { ...context, kind: '1d', lastCall: true, extended: true });
    expect(last.subject).toMatch(locale === 'de' ? /^Letzte Erinnerung:/ : /^Final reminder:/);
    expect(last.text).toContain(locale === 'de' ? 'Ihr verlängerter Abgabetermin' : 'your extended due date');
  });

  it.each(locales)('submission digest (%s) lists every submission with its link', (locale) => {
    const submission = (n: number, late: boolean) => ({
      attemptId: `a${n}`,
      attemptNo: 1,
      cohortName: 'Frühjahr',
      modulePosition: n,
      moduleTitle: `Modul-Titel ${n}`,
      participantName: `Person ${n}`,
      submittedAt: '2026-03-02T09:30:00.000Z',
      late,
      gradingUrl: `http://campus.test/trainer/bewertung/a${n}`,
    });
    const context = { displayName: 'Tina', count: 2, one: false, submissions: [submission(1, false), submission(3, true)], queueUrl: 'http://campus.test/trainer/bewertung' };
    const mail = renderer.render('submission-digest', locale, context);
    expect(mail.subject).toBe(locale === 'de' ? 'Tägliche Zusammenfassung: 2 neue Einreichungen' : 'Daily summary: 2 new submissions');
    for (const n of [1, 3]) {
      expect(mail.text).toContain(`Person ${n}`);
      expect(mail.html).toContain(`href="http://campus.test/trainer/bewertung/a${n}"`);
    }
    expect(mail.text.match(/verspätet|, late/g)).toHaveLength(1);
    expect(renderer.render('submission-digest', locale, { ...context, count: 1, one: true, submissions: [submission(1, false)] }).subject).toMatch(
      locale === 'de' ? /1 neue Einreichung$/ : /1 new submission$/,
    );
  });
});
