import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CertificateVerificationService, type CredentialVerification, type PublicCertificate } from '@koko/web/certificates/data-access';
import { VerifyPage } from './verify-page';
import { settle } from '@koko/web/shared/util/testing';

function cert(overrides: Partial<PublicCertificate> = {}): PublicCertificate {
  return {
    kind: 'CERTIFICATE',
    state: 'VALID',
    number: 'KOKO-2026-000042',
    printedName: 'Łukasz Żółć',
    programmeTitle: 'KoKo II – Kommunales Konfliktmanagement fördern',
    issuedOn: '2026-03-01',
    revokedOn: null,
    revocationReason: null,
    supersededByCode: null,
    verificationCode: 'code-42',
    ...overrides,
  };
}

function checked(overrides: Partial<CredentialVerification> = {}): CredentialVerification {
  return {
    verified: true,
    signatureValid: true,
    issuedHere: true,
    issuerId: 'did:web:campus.example',
    issuerName: 'Hochschule Niederrhein',
    revoked: false,
    validFrom: '2026-03-01T09:30:00Z',
    validUntil: null,
    outsideValidity: false,
    holderName: 'Łukasz Żółć',
    achievementName: 'Konfliktmanager:in',
    ...overrides,
  };
}

async function render(code: string | undefined, service: Partial<Record<keyof CertificateVerificationService, jest.Mock>>) {
  TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: CertificateVerificationService, useValue: service }] });
  const fixture = TestBed.createComponent(VerifyPage);
  if (code !== undefined) fixture.componentRef.setInput('code', code);
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = (id: string, scope: ParentNode = element) => scope.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { fixture, element, byTestId };
}

describe('VerifyPage', () => {
  beforeEach(() => localStorage.clear());

  it('shows a valid certificate from the URL: kind, state, name, programme, date and number only', async () => {
    const byCode = jest.fn().mockResolvedValue(cert());
    const { byTestId } = await render('code-42', { byCode });
    expect(byCode).toHaveBeenCalledWith('code-42');
    const result = byTestId('verify-code-result') as HTMLElement;
    expect(byTestId('verify-state', result)?.textContent).toContain('Gültig');
    expect(byTestId('verify-name', result)?.textContent).toBe('Łukasz Żółć');
    expect(byTestId('verify-issued-on', result)?.textContent).toBe('1. März 2026');
    expect(byTestId('verify-number', result)?.textContent).toBe('KOKO-2026-000042');
    expect(byTestId('verify-kind', result)?.textContent).toBe('Zertifikat');
    expect(result.querySelectorAll('dt')).toHaveLength(5);
  });

  it('shows revocation date and reason, and links a superseded one to its successor', async () => {
    let view = await render('a', { byCode: jest.fn().mockResolvedValue(cert({ state: 'REVOKED', revokedOn: '2026-04-02', revocationReason: 'MISCONDUCT' })) });
    expect(view.byTestId('verify-state')?.textContent).toContain('Widerrufen am 2. April 2026 – Grund: Fehlverhalten');
    TestBed.resetTestingModule();
    view = await render('b', { byCode: jest.fn().mockResolvedValue(cert({ state: 'SUPERSEDED', supersededByCode: 'new-code' })) });
    expect(view.byTestId('verify-state')?.textContent).toContain('Ersetzt durch ein neueres Zertifikat');
    expect(view.byTestId('verify-successor-link')?.getAttribute('href')).toBe('/verify/new-code');
  });

  it('says a plain "not found" for an unknown code and shows the API’s message for a malformed one', async () => {
    let view = await render('unknown', { byCode: jest.fn().mockResolvedValue(null) });
    expect(view.byTestId('verify-not-found')?.textContent).toBe('Zertifikat nicht gefunden.');
    expect(view.byTestId('verify-name')).toBeNull();
    TestBed.resetTestingModule();
    const malformed = { errors: [{ message: 'Dieser Prüfcode ist ungültig.', extensions: { code: 'CODE_MALFORMED' } }] };
    view = await render('x', { byCode: jest.fn().mockRejectedValue(malformed) });
    expect(view.byTestId('verify-error')?.textContent).toBe('Dieser Prüfcode ist ungültig.');
  });

  it('validates the search fields and searches by normalised number and surname', async () => {
    const byNumber = jest.fn().mockResolvedValue(cert());
    const { fixture, element, byTestId } = await render(undefined, { byNumber });
    expect(byTestId('verify-code-result')).toBeNull();
    byTestId('verify-search')?.click();
    await settle(fixture);
    expect(byNumber).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Bitte geben Sie die Zertifikatsnummer ein.');
    expect(element.textContent).toContain('Bitte geben Sie den Nachnamen ein.');

    const number = byTestId('verify-number-input') as HTMLInputElement;
    number.value = 'KOKO-26-1';
    number.dispatchEvent(new Event('input'));
    await settle(fixture);
    expect(element.textContent).toContain('Die Nummer hat die Form KOKO-Jahr-sechs Ziffern');

    number.value = ' koko-2026-000042 ';
    number.dispatchEvent(new Event('input'));
    const surname = byTestId('verify-surname-input') as HTMLInputElement;
    surname.value = ' Żółć ';
    surname.dispatchEvent(new Event('input'));
    byTestId('verify-search')?.click();
    await settle(fixture);
    expect(byNumber).toHaveBeenCalledWith('KOKO-2026-000042', 'Żółć');
    expect(byTestId('verify-state', byTestId('verify-search-result') as HTMLElement)?.textContent).toContain('Gültig');
  });

  it('checks a chosen file and says whether it is an unaltered original', async () => {
    const byFile = jest.fn().mockResolvedValueOnce({ original: true, certificate: cert() }).mockResolvedValueOnce({ original: false, certificate: null });
    const { fixture, byTestId } = await render(undefined, { byFile });
    const input = byTestId('verify-file-input') as HTMLInputElement;
    const choose = async (name: string) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [new File(['%PDF-1.7'], name, { type: 'application/pdf' })] });
      input.dispatchEvent(new Event('change'));
      await settle(fixture);
    };
    await choose('zertifikat.pdf');
    expect(byFile).toHaveBeenCalledTimes(1);
    let result = byTestId('verify-file-result') as HTMLElement;
    expect(result.textContent).toContain('Geprüfte Datei: zertifikat.pdf');
    expect(result.textContent).toContain('Unverändertes Original: Diese Datei ist genau das ausgestellte PDF von Zertifikat KOKO-2026-000042.');
    expect(byTestId('verify-state', result)?.textContent).toContain('Gültig');

    await choose('bearbeitet.pdf');
    result = byTestId('verify-file-result') as HTMLElement;
    expect(result.textContent).toContain('Kein unverändertes Original');
    expect(byTestId('verify-state', result)).toBeNull();
  });

  it('refuses a file that is too large without sending it', async () => {
    const byFile = jest.fn();
    const { fixture, byTestId } = await render(undefined, { byFile });
    const input = byTestId('verify-file-input') as HTMLInputElement;
    const big = new File(['x'], 'scan.pdf');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { configurable: true, value: [big] });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
    expect(byFile).not.toHaveBeenCalled();
    expect(byTestId('verify-file-result')?.textContent).toContain('Die Datei ist zu groß');
  });

  it('checks a dropped credential file and shows signature, issuer, status and dates', async () => {
    const byCredential = jest.fn().mockResolvedValueOnce(checked()).mockResolvedValueOnce(checked({ verified: false, revoked: true }));
    const { fixture, byTestId } = await render(undefined, { byCredential });
    const input = byTestId('verify-credential-file-input') as HTMLInputElement;
    expect(input.getAttribute('accept')).toContain('application/json');
    const choose = async (name: string) => {
      const file = new File(['{"type":["VerifiableCredential"]}'], name, { type: 'application/json' });
      // jsdom's File has no text().
      Object.defineProperty(file, 'text', { value: () => Promise.resolve('{"type":["VerifiableCredential"]}') });
      Object.defineProperty(input, 'files', { configurable: true, value: [file] });
      input.dispatchEvent(new Event('change'));
      await settle(fixture);
    };
    await choose('nachweis.json');
    expect(byCredential).toHaveBeenCalledWith('{"type":["VerifiableCredential"]}');
    let result = byTestId('verify-credential-result') as HTMLElement;
    expect(result.textContent).toContain('Geprüfte Datei: nachweis.json');
    expect(byTestId('credential-verdict', result)?.textContent).toContain('Gültig: Dieser digitale Nachweis ist echt');
    expect(byTestId('credential-signature', result)?.textContent).toContain('Gültig (Data Integrity, eddsa-rdfc-2022)');
    expect(byTestId('credential-issuer', result)?.textContent).toContain('Hochschule Niederrhein');
    expect(byTestId('credential-status', result)?.textContent).toBe('Nicht widerrufen');
    expect(byTestId('credential-valid-from', result)?.textContent).toBe('1. März 2026 um 10:30');
    expect(byTestId('credential-valid-until', result)?.textContent).toBe('Unbefristet');
    expect(byTestId('credential-holder', result)?.textContent).toBe('Łukasz Żółć');

    await choose('nachweis.json');
    result = byTestId('verify-credential-result') as HTMLElement;
    expect(byTestId('credential-verdict', result)?.getAttribute('data-state')).toBe('REVOKED');
    expect(byTestId('credential-status', result)?.textContent).toBe('Widerrufen');
  });

  it('checks pasted JSON, asks for it when empty and shows a foreign or tampered credential as not valid', async () => {
    const byCredential = jest.fn().mockResolvedValueOnce(checked({ verified: false, issuedHere: false, signatureValid: false, revoked: null })).mockResolvedValueOnce(checked({ verified: false, signatureValid: false }));
    const { fixture, element, byTestId } = await render(undefined, { byCredential });
    byTestId('verify-credential-submit')?.click();
    await settle(fixture);
    expect(byCredential).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Bitte fügen Sie den Inhalt der JSON-Datei ein.');
    const paste = byTestId('verify-credential-paste') as HTMLTextAreaElement;
    paste.value = ' {"x": 1} ';
    paste.dispatchEvent(new Event('input'));
    byTestId('verify-credential-submit')?.click();
    await settle(fixture);
    expect(byCredential).toHaveBeenCalledWith('{"x": 1}');
    expect(byTestId('credential-verdict')?.textContent).toContain('Nicht von diesem Portal ausgestellt');
    expect(byTestId('credential-signature')?.textContent).toBe('Nicht geprüft');
    expect(byTestId('credential-status')?.textContent).toBe('Unbekannt');
    byTestId('verify-credential-submit')?.click();
    await settle(fixture);
    expect(byTestId('credential-verdict')?.textContent).toContain('Die Signatur passt nicht zum Inhalt');
  });
});
