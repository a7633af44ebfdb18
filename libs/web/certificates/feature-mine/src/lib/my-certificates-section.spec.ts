import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type MyCertificate, MyCertificatesService } from '@koko/web/certificates/data-access';
import { type Observable, of, throwError } from 'rxjs';
import { MyCertificatesSection } from './my-certificates-section';

function mine(overrides: Partial<MyCertificate>): MyCertificate {
  return {
    id: 'c1',
    number: 'KOKO-2026-000001',
    state: 'VALID',
    issuedAt: '2026-11-25T10:00:00.000Z',
    downloadUrl: '/api/certificates/c1.pdf',
    credentialUrl: null,
    linkedIn: null,
    verificationCode: 'code-1',
    printedName: 'Łukasz Żółć',
    revokedAt: null,
    supersededById: null,
    ...overrides,
  };
}

async function render(result: MyCertificate[] | Error, reissueWithCredential: (id: string) => Observable<string> = () => of('KOKO-2026-000099')) {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: MyCertificatesService, useValue: { list: () => (result instanceof Error ? throwError(() => result) : of(result)), reissueWithCredential } }],
  });
  const fixture = TestBed.createComponent(MyCertificatesSection);
  await fixture.whenStable();
  fixture.detectChanges();
  const element: HTMLElement = fixture.nativeElement;
  return { fixture, element, byTestId: (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`) };
}

describe('MyCertificatesSection', () => {
  beforeEach(() => localStorage.clear());

  it('offers the PDF of a valid certificate and links every one to its public verification', async () => {
    const { byTestId } = await render([
      mine({ id: 'c2', number: 'KOKO-2026-000002', verificationCode: 'code-2', downloadUrl: '/api/certificates/c2.pdf' }),
      mine({ state: 'SUPERSEDED', supersededById: 'c2' }),
      mine({ id: 'c3', number: 'KOKO-2025-000009', state: 'REVOKED', revokedAt: '2025-12-01T10:00:00.000Z' }),
    ]);
    expect(byTestId('my-certificate-KOKO-2026-000002')?.textContent).toContain('Gültig');
    expect(byTestId('my-certificate-download-KOKO-2026-000002')?.getAttribute('href')).toBe('/api/certificates/c2.pdf');
    expect(byTestId('my-certificate-verify-KOKO-2026-000002')?.getAttribute('href')).toBe('/verify/code-2');
    expect(byTestId('my-certificate-KOKO-2026-000001')?.textContent).toContain('Dieses Zertifikat wurde durch KOKO-2026-000002 ersetzt.');
    expect(byTestId('my-certificate-download-KOKO-2026-000001')).toBeNull();
    expect(byTestId('my-certificate-KOKO-2025-000009')?.textContent).toContain('widerrufen und ist nicht mehr gültig');
    expect(byTestId('my-certificate-download-KOKO-2025-000009')).toBeNull();
  });

  it('offers the signed digital credential of a valid certificate that has one', async () => {
    const { byTestId } = await render([
      mine({ id: 'c2', number: 'KOKO-2026-000002', credentialUrl: '/api/certificates/c2/credential.json' }),
      mine({ state: 'REVOKED', revokedAt: '2026-12-01T10:00:00.000Z', credentialUrl: '/api/certificates/c1/credential.json' }),
      mine({ id: 'c3', number: 'KOKO-2025-000009' }),
    ]);
    const link = byTestId('my-certificate-credential-KOKO-2026-000002');
    expect(link?.getAttribute('href')).toBe('/api/certificates/c2/credential.json');
    expect(link?.textContent).toContain('Digitalen Nachweis herunterladen');
    expect(byTestId('my-certificate-KOKO-2026-000002')?.textContent).toContain('signiertes Open Badge 3.0');
    expect(byTestId('my-certificate-credential-KOKO-2026-000001')).toBeNull();
    // Issued before credentials existed.
    expect(byTestId('my-certificate-credential-KOKO-2025-000009')).toBeNull();
  });

  it('offers to reissue a valid certificate issued before credentials existed, and shows why it failed', async () => {
    const asked: string[] = [];
    const { fixture, byTestId } = await render([mine({}), mine({ id: 'c2', number: 'KOKO-2026-000002', credentialUrl: '/api/certificates/c2/credential.json' })], (id) => {
      asked.push(id);
      return throwError(() => new Error('Das Zertifikat wurde nicht gefunden.'));
    });
    expect(byTestId('my-certificate-KOKO-2026-000001')?.textContent).toContain('bevor es digitale Nachweise gab');
    expect(byTestId('my-certificate-reissue-with-credential-KOKO-2026-000002')).toBeNull();
    const button = byTestId('my-certificate-reissue-with-credential-KOKO-2026-000001') as HTMLButtonElement;
    expect(button.textContent).toContain('Digitalen Nachweis anfordern');
    button.click();
    fixture.detectChanges();
    expect(asked).toEqual(['c1']);
    expect(byTestId('my-certificate-KOKO-2026-000001')?.querySelector('[role="alert"]')?.textContent?.trim().length).toBeGreaterThan(0);
    expect(button.disabled).toBe(false);
  });

  it('shows the LinkedIn values for copying and the pre-filling link', async () => {
    const linkedIn = {
      name: 'Zertifikat Konfliktmanager:in – KoKo II',
      organizationName: 'Hochschule Niederrhein',
      issueYear: 2026,
      issueMonth: 11,
      certUrl: 'https://campus.example/verify/code-1',
      certId: 'KOKO-2026-000001',
      addUrl: 'https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&certId=KOKO-2026-000001',
    };
    const { element, byTestId } = await render([mine({ linkedIn }), mine({ id: 'c9', number: 'KOKO-2026-000009', state: 'REVOKED', revokedAt: '2026-12-01T10:00:00.000Z', linkedIn: null })]);
    const block = byTestId('my-certificate-linkedin-KOKO-2026-000001') as HTMLElement;
    expect(block.querySelector('summary')?.textContent).toContain('Auf LinkedIn zeigen');
    expect(byTestId('linkedin-name')?.textContent).toBe('Zertifikat Konfliktmanager:in – KoKo II');
    expect(byTestId('linkedin-organization')?.textContent).toBe('Hochschule Niederrhein');
    expect(byTestId('linkedin-issued')?.textContent).toBe('November 2026');
    expect(byTestId('linkedin-id')?.textContent).toBe('KOKO-2026-000001');
    expect(byTestId('linkedin-url')?.textContent).toBe('https://campus.example/verify/code-1');
    expect(byTestId('my-certificate-linkedin-add-KOKO-2026-000001')?.getAttribute('href')).toBe(linkedIn.addUrl);
    expect([...block.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'))).toContain('Name kopieren');
    expect(element.querySelector('[data-testid="my-certificate-linkedin-KOKO-2026-000009"]')).toBeNull();
  });

  it('explains when there is no certificate yet, and shows errors', async () => {
    expect((await render([])).byTestId('empty-state')?.textContent).toContain('Sie haben noch kein Zertifikat.');
    TestBed.resetTestingModule();
    expect((await render(new Error('boom'))).byTestId('error-state')).not.toBeNull();
  });
});
