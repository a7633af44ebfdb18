import { AppConfig } from '@koko/api/core/config';
import { CertificateIssuedEvent, CertificateReissuedEvent, CertificateRevokedEvent } from '@koko/shared';
import { EntityManager } from 'typeorm';
import { CertificateMailListener, revocationReasonLabel } from './certificate-mail.listener';
import { MailRenderer } from './mail-renderer';
import { MailRecipientSource } from './mail-recipients';
import { OutboxService } from './outbox.service';

const base = {
  certificateId: 'c1',
  number: 'KOKO-2026-000042',
  cohortId: 'k1',
  holderId: 'u1',
  printedName: 'Łukasz Żółć',
  actorId: 'a1',
};

describe('MailRenderer: certificate mails', () => {
  const renderer = new MailRenderer('Europe/Berlin');
  const locales = ['de', 'en'] as const;

  it.each(locales)('certificate issued (%s) names the number and links the overview and the verification page', (locale) => {
    const context = {
      displayName: 'Łukasz <Żółć>',
      number: 'KOKO-2026-000042',
      certificateTitle: 'Konfliktmanagerin',
      automatic: false,
      dashboardUrl: 'http://campus.test/mein-weg',
      verificationUrl: 'http://campus.test/verify/abc_DEF-123',
    };
    const mail = renderer.render('certificate-issued', locale, context);
    expect(mail.subject).toBe(
      locale === 'de' ? 'Ihr Zertifikat „Konfliktmanagerin“ ist ausgestellt (KOKO-2026-000042)' : 'Your certificate “Konfliktmanagerin” has been issued (KOKO-2026-000042)',
    );
    expect(mail.text).toContain(locale === 'de' ? 'Guten Tag Łukasz <Żółć>,' : 'Hello Łukasz <Żółć>,');
    expect(mail.html).toContain('Łukasz &lt;Żółć&gt;');
    expect(mail.text).toContain('http://campus.test/mein-weg');
    expect(mail.text).toContain('http://campus.test/verify/abc_DEF-123');
    expect(mail.html).toContain('href="http://campus.test/mein-weg"');
    expect(mail.html).toContain('href="http://campus.test/verify/abc_DEF-123"');
    expect(mail.text).toContain('Hochschule Niederrhein');
    expect(mail.text).not.toMatch(/automatisch ausgestellt|issued automatically/);
    const automatic = renderer.render('certificate-issued', locale, { ...context, automatic: true });
    expect(automatic.text).toContain(locale === 'de' ? 'automatisch ausgestellt' : 'issued automatically');
    expect(automatic.html).toContain(locale === 'de' ? 'automatisch ausgestellt' : 'issued automatically');
  });

  it.each(locales)('certificate revoked (%s) gives the date, the translated reason and the note', (locale) => {
    const context = {
      displayName: 'Pia',
      number: 'KOKO-2026-000042',
      reasonLabel: revocationReasonLabel('requirements_not_met', locale),
      note: 'Modul 3 wurde <nachträglich> nicht anerkannt.',
      revokedAt: '2026-03-02T09:30:00.000Z',
    };
    const mail = renderer.render('certificate-revoked', locale, context);
    expect(mail.subject).toBe(locale === 'de' ? 'Ihr Zertifikat KOKO-2026-000042 wurde widerrufen' : 'Your certificate KOKO-2026-000042 has been revoked');
    expect(mail.text).toContain(locale === 'de' ? 'am 2. März 2026 um 10:30 widerrufen' : 'on 2 March 2026 at 10:30');
    expect(mail.text).toContain(locale === 'de' ? 'Grund: Voraussetzungen nicht erfüllt' : 'Reason: Requirements not met');
    expect(mail.text).toContain('Modul 3 wurde <nachträglich> nicht anerkannt.');
    expect(mail.html).toContain('Modul 3 wurde &lt;nachträglich&gt; nicht anerkannt.');
    const withoutNote = renderer.render('certificate-revoked', locale, { ...context, note: null });
    expect(withoutNote.text).not.toMatch(/Erläuterung|Explanation/);
    expect(withoutNote.html).not.toMatch(/Erläuterung|Explanation/);
  });

  it.each(locales)('certificate reissued (%s) gives the new and the old number and the reason', (locale) => {
    const context = { displayName: 'Łukasz Żółć', number: 'KOKO-2026-000043', previousNumber: 'KOKO-2026-000042', reason: 'Name korrigiert', dashboardUrl: 'http://campus.test/mein-weg' };
    const mail = renderer.render('certificate-reissued', locale, context);
    expect(mail.subject).toBe(locale === 'de' ? 'Ihr Zertifikat wurde neu ausgestellt: KOKO-2026-000043' : 'Your certificate has been reissued: KOKO-2026-000043');
    expect(mail.text).toContain('KOKO-2026-000042');
    expect(mail.text).toContain('Name korrigiert');
    expect(mail.html).toContain('href="http://campus.test/mein-weg"');
  });

  it('translates every revocation reason category in both languages', () => {
    for (const reason of ['issued_in_error', 'requirements_not_met', 'misconduct', 'other']) {
      expect(revocationReasonLabel(reason, 'de')).not.toBe(reason);
      expect(revocationReasonLabel(reason, 'en')).not.toBe(reason);
    }
    expect(revocationReasonLabel('issued_in_error', 'de')).toBe('Irrtümlich ausgestellt');
    expect(revocationReasonLabel('misconduct', 'en')).toBe('Misconduct');
  });
});

describe('CertificateMailListener', () => {
  const manager = {} as EntityManager;
  const people = (locale: 'de' | 'en' = 'de', email: string | null = 'lukasz@example.org'): MailRecipientSource => ({
    recipients: async (ids) => new Map(ids.filter((id) => id === 'u1').map((id) => [id, { email, displayName: 'Lukasz (Konto)', locale, active: true }])),
  });
  const setup = (source = people()) => {
    const enqueue = jest.fn().mockResolvedValue(undefined);
    const config = { publicUrl: 'http://campus.test' } as AppConfig;
    return { enqueue, listener: new CertificateMailListener({ enqueue } as unknown as OutboxService, config, source) };
  };

  it('mails the holder’s account when a certificate is issued, addressed with the printed name, saying whether it was automatic', async () => {
    const { enqueue, listener } = setup();
    const payload: CertificateIssuedEvent = { ...base, certificateTitle: 'Konfliktmanager', verificationUrl: 'http://campus.test/verify/x', dashboardUrl: 'http://campus.test/mein-weg', automatic: true };
    await listener.onIssued({ payload, manager });
    expect(enqueue).toHaveBeenCalledWith(manager, {
      to: 'lukasz@example.org',
      locale: 'de',
      template: 'certificate-issued',
      context: { displayName: 'Łukasz Żółć', number: 'KOKO-2026-000042', certificateTitle: 'Konfliktmanager', automatic: true, dashboardUrl: 'http://campus.test/mein-weg', verificationUrl: 'http://campus.test/verify/x' },
    });
  });

  it('translates the reason category into the holder’s language', async () => {
    const { enqueue, listener } = setup(people('en'));
    const payload: CertificateRevokedEvent = { ...base, reason: 'issued_in_error', note: null, revokedAt: '2026-03-02T09:30:00.000Z' };
    await listener.onRevoked({ payload, manager });
    expect(enqueue.mock.calls[0][1]).toMatchObject({ locale: 'en', template: 'certificate-revoked', context: { reasonLabel: 'Issued in error', note: null } });
  });

  it('names the new and the previous number on a reissue and links the overview', async () => {
    const { enqueue, listener } = setup();
    const payload: CertificateReissuedEvent = {
      ...base,
      number: 'KOKO-2026-000043',
      previousId: 'c0',
      previousNumber: 'KOKO-2026-000042',
      reason: 'Name korrigiert',
      printedNameBefore: 'Lukasz Zolc',
      printedNameAfter: 'Łukasz Żółć',
    };
    await listener.onReissued({ payload, manager });
    expect(enqueue.mock.calls[0][1]).toMatchObject({
      template: 'certificate-reissued',
      context: { number: 'KOKO-2026-000043', previousNumber: 'KOKO-2026-000042', reason: 'Name korrigiert', dashboardUrl: 'http://campus.test/mein-weg' },
    });
  });

  it('sends nothing when the account is gone', async () => {
    const { enqueue, listener } = setup();
    await listener.onIssued({ payload: { ...base, holderId: null, certificateTitle: 'Konfliktmanager:in', verificationUrl: '', dashboardUrl: '', automatic: false }, manager });
    await listener.onRevoked({ payload: { ...base, holderId: null, reason: 'other', note: null, revokedAt: '' }, manager });
    expect(enqueue).not.toHaveBeenCalled();
  });

  it('sends nothing when the account is anonymised (no address)', async () => {
    const { enqueue, listener } = setup(people('de', null));
    await listener.onRevoked({ payload: { ...base, reason: 'other', note: null, revokedAt: '' }, manager });
    expect(enqueue).not.toHaveBeenCalled();
  });
});
