import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type CertificateBatchProgress, CertificatesAdminService, type CohortCertificates } from '@koko/web/certificates/data-access';
import { ConfirmService, Notifier } from '@koko/web/shared/ui';
import { of, Subject, throwError } from 'rxjs';
import { CohortCertificatesPage } from './cohort-certificates-page';
import { candidate, certificate, cohortData } from './test-data';
import { settle } from '@koko/web/shared/util/testing';

async function render(data: CohortCertificates | Error, confirmed = true) {
  const batches = new Subject<CertificateBatchProgress>();
  const service = {
    cohort: jest.fn(() => (data instanceof Error ? throwError(() => data) : of(data))),
    issue: jest.fn().mockResolvedValue(certificate({ id: 'new', number: 'KOKO-2026-000009' })),
    issueMany: jest.fn().mockResolvedValue({ id: 'b1', total: 2, done: 0, failed: 0, state: 'queued' }),
    watchBatch: jest.fn(() => batches.asObservable()),
    retryBatch: jest.fn().mockResolvedValue({ id: 'b1', total: 2, done: 1, failed: 0, state: 'queued', failureReason: null }),
    setAutoIssue: jest.fn().mockResolvedValue(undefined),
  };
  const confirm = { confirm: jest.fn().mockResolvedValue(confirmed) };
  const notifier = { success: jest.fn() };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: CertificatesAdminService, useValue: service },
      { provide: ConfirmService, useValue: confirm },
      { provide: Notifier, useValue: notifier },
    ],
  });
  const fixture = TestBed.createComponent(CohortCertificatesPage);
  fixture.componentRef.setInput('id', 'co1');
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const checkbox = (id: string) => element.querySelector<HTMLInputElement>(`[data-testid="${id}"] input`) as HTMLInputElement;
  return { fixture, element, byTestId, checkbox, service, confirm, notifier, batches };
}

const eligible = candidate('e1', 'Łukasz Żółć', { eligible: true });
const issued = candidate('e2', 'Anna Müller', { eligible: true, current: certificate() });
const notYet = candidate('e3', 'Ağa Çelik', { complete: 3 });
const eligible2 = candidate('e4', 'Nguyễn Thu Hà', { eligible: true });

describe('CohortCertificatesPage', () => {
  beforeEach(() => localStorage.clear());

  it('lists participants with eligibility, the reason why not, and the current certificate', async () => {
    const { byTestId, element } = await render(cohortData([eligible, issued, notYet]));
    expect(byTestId('certificates-heading')?.textContent).toContain('Zertifikate: KoKo II – Durchgang 2026');
    expect(byTestId('certificates-counts')?.textContent).toContain('3 Teilnehmer:innen · 2 berechtigt · 1 mit gültigem Zertifikat');
    expect(byTestId('certificate-eligibility-e3')?.textContent).toContain('3 von 5 Modulen abgeschlossen');
    expect(byTestId('certificate-eligibility-e3')?.textContent).toContain('Offen: Module 4, 5');
    expect(byTestId('certificate-progress-link-e3')?.getAttribute('href')).toBe('/trainer/durchgaenge/co1/fortschritt');
    expect(byTestId('certificate-number-e2')?.textContent).toBe('KOKO-2026-000001');
    expect(byTestId('certificate-download-c1')?.getAttribute('href')).toBe('/api/certificates/c1.pdf');
    expect(byTestId('certificate-issue-e1')).not.toBeNull();
    expect(byTestId('certificate-issue-e2')).toBeNull();
    expect(byTestId('certificate-issue-e3')).toBeNull();
    expect(byTestId('certificate-revoke-c1')).not.toBeNull();
    expect(byTestId('certificate-reissue-c1')).not.toBeNull();
    expect(byTestId('certificates-zip')?.getAttribute('href')).toBe('/api/cohorts/co1/certificates.zip');
    // Only rows that can be issued are selectable.
    expect(element.querySelectorAll('[data-testid^="certificate-select-"]')).toHaveLength(1);
  });

  it('issues one certificate after confirmation and reloads', async () => {
    const { fixture, byTestId, service, confirm, notifier } = await render(cohortData([eligible]));
    byTestId('certificate-issue-e1')?.click();
    await settle(fixture);
    expect(confirm.confirm).toHaveBeenCalledWith(expect.objectContaining({ title: 'Zertifikat für Łukasz Żółć ausstellen?' }));
    expect(service.issue).toHaveBeenCalledWith('e1');
    expect(notifier.success).toHaveBeenCalledWith('Zertifikat KOKO-2026-000009 für Łukasz Żółć ausgestellt.');
    expect(service.cohort).toHaveBeenCalledTimes(2);
  });

  it('does nothing when the confirmation is declined', async () => {
    const { fixture, byTestId, service } = await render(cohortData([eligible]), false);
    byTestId('certificate-issue-e1')?.click();
    await settle(fixture);
    expect(service.issue).not.toHaveBeenCalled();
  });

  it('shows the API’s message when issuing is refused', async () => {
    const { fixture, byTestId, service } = await render(cohortData([eligible]));
    service.issue.mockRejectedValueOnce({ errors: [{ message: 'Łukasz Żółć hat noch nicht alle fünf Module abgeschlossen.', extensions: { code: 'NOT_ELIGIBLE' } }] });
    byTestId('certificate-issue-e1')?.click();
    await settle(fixture);
    expect(byTestId('form-error')?.textContent).toContain('hat noch nicht alle fünf Module abgeschlossen');
  });

  it('issues the selection as a batch, shows live progress and reloads once it is finished', async () => {
    const { fixture, byTestId, checkbox, service, notifier, batches } = await render(cohortData([eligible, eligible2, issued]));
    expect(byTestId('certificate-issue-all')?.textContent).toContain('Alle berechtigten ausstellen (2)');
    checkbox('certificate-select-e1').click();
    await settle(fixture);
    expect(byTestId('certificates-selected')?.textContent).toContain('1 ausgewählt');
    byTestId('certificate-issue-selected')?.click();
    await settle(fixture);
    expect(service.issueMany).toHaveBeenCalledWith('co1', ['e1']);
    expect(byTestId('certificate-batch-count')?.textContent).toContain('0 von 2 ausgestellt');
    expect((byTestId('certificate-issue-all') as HTMLButtonElement).disabled).toBe(true);

    batches.next({ id: 'b1', total: 2, done: 1, failed: 0, state: 'running' });
    await settle(fixture);
    expect(byTestId('certificate-batch-count')?.textContent).toContain('1 von 2 ausgestellt');
    expect(service.cohort).toHaveBeenCalledTimes(1);

    batches.next({ id: 'b1', total: 2, done: 1, failed: 1, state: 'finished' });
    await settle(fixture);
    expect(byTestId('certificate-batch-summary')?.textContent).toContain('Nicht ausgestellt: 1');
    expect(notifier.success).toHaveBeenCalledWith('1 Zertifikat(e) ausgestellt.');
    expect(service.cohort).toHaveBeenCalledTimes(2);
  });

  it('stops polling a failed batch, shows the reason and retries it on request', async () => {
    const { fixture, byTestId, service, notifier, batches } = await render(cohortData([eligible, eligible2]));
    byTestId('certificate-issue-all')?.click();
    await settle(fixture);
    batches.next({ id: 'b1', total: 2, done: 1, failed: 0, state: 'failed', failureReason: 'DATABASE_UNAVAILABLE' });
    await settle(fixture);

    expect(byTestId('certificate-batch-progress')?.getAttribute('data-state')).toBe('failed');
    expect(byTestId('certificate-batch-progress')?.textContent).toContain('Ausstellen abgebrochen');
    expect(byTestId('certificate-batch-failure')?.textContent).toContain('nach 1 von 2 Zertifikaten abgebrochen, weil die Datenbank vorübergehend nicht erreichbar war');
    // What was issued before the failure shows; no "issued" confirmation for a failed batch; new batches are possible.
    expect(service.cohort).toHaveBeenCalledTimes(2);
    expect(notifier.success).not.toHaveBeenCalled();
    expect((byTestId('certificate-issue-all') as HTMLButtonElement).disabled).toBe(false);

    byTestId('certificate-batch-retry')?.click();
    await settle(fixture);
    expect(service.retryBatch).toHaveBeenCalledWith('b1');
    expect(notifier.success).toHaveBeenCalledWith('Das Ausstellen wird fortgesetzt.');
    expect(service.watchBatch).toHaveBeenCalledTimes(2);
    expect(byTestId('certificate-batch-retry')).toBeNull();
    expect(byTestId('certificate-batch-progress')?.textContent).toContain('Zertifikate werden ausgestellt');
    expect(document.activeElement).toBe(byTestId('certificate-batch-progress'));

    batches.next({ id: 'b1', total: 2, done: 2, failed: 0, state: 'finished', failureReason: null });
    await settle(fixture);
    expect(byTestId('certificate-batch-summary')?.textContent).toContain('Fertig: 2 von 2 Zertifikaten ausgestellt.');
  });

  it('names an unexpected failure and keeps the retry when the retry itself is refused', async () => {
    const { fixture, byTestId, service, batches } = await render(cohortData([eligible, eligible2]));
    service.retryBatch.mockRejectedValueOnce(new Error('Netzwerkfehler'));
    byTestId('certificate-issue-all')?.click();
    await settle(fixture);
    batches.next({ id: 'b1', total: 2, done: 0, failed: 0, state: 'failed', failureReason: 'INTERNAL' });
    await settle(fixture);
    expect(byTestId('certificate-batch-failure')?.textContent).toContain('wegen eines unerwarteten Fehlers abgebrochen');

    byTestId('certificate-batch-retry')?.click();
    await settle(fixture);
    expect(byTestId('certificate-batch-retry-error')?.textContent?.trim().length).toBeGreaterThan(0);
    expect(byTestId('certificate-batch-retry')).not.toBeNull();
    expect(service.watchBatch).toHaveBeenCalledTimes(1);
  });

  it('issues all eligible without naming them', async () => {
    const { fixture, byTestId, service } = await render(cohortData([eligible, eligible2]));
    byTestId('certificate-issue-all')?.click();
    await settle(fixture);
    expect(service.issueMany).toHaveBeenCalledWith('co1', undefined);
  });

  it('expands the history with superseded and revoked certificates and why', async () => {
    const current = certificate({ id: 'c3', number: 'KOKO-2026-000003', supersedesId: 'c2' });
    const superseded = certificate({ id: 'c2', number: 'KOKO-2026-000002', state: 'SUPERSEDED', supersededById: 'c3', reissueReason: 'Namenskorrektur' });
    const revoked = certificate({ id: 'c1', state: 'REVOKED', revokedAt: '2026-05-01T10:00:00.000Z', revocationReason: 'ISSUED_IN_ERROR', revocationNote: 'Doppelt erfasst' });
    const { fixture, byTestId } = await render(cohortData([candidate('e2', 'Anna Müller', { eligible: true, current, history: [current, superseded, revoked] })]));
    const toggle = byTestId('certificate-history-toggle-e2') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settle(fixture);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(byTestId('certificate-history-c3')?.textContent).toContain('Neu ausgestellt anstelle von KOKO-2026-000002');
    expect(byTestId('certificate-history-c2')?.textContent).toContain('Ersetzt durch KOKO-2026-000003');
    expect(byTestId('certificate-history-c2')?.textContent).toContain('Grund der Neuausstellung: Namenskorrektur');
    expect(byTestId('certificate-history-c1')?.textContent).toContain('Grund: Irrtümlich ausgestellt');
    expect(byTestId('certificate-history-c1')?.textContent).toContain('Erläuterung: Doppelt erfasst');
  });

  it('shows the stored auto-issue setting and saves a change at once', async () => {
    const data = cohortData([eligible]);
    const { fixture, element, service, notifier } = await render({ ...data, cohort: { ...data.cohort, autoIssueCertificates: true } });
    const toggle = element.querySelector<HTMLButtonElement>('[data-testid="certificate-auto-issue"] button') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    toggle.click();
    await settle(fixture);
    expect(service.setAutoIssue).toHaveBeenCalledWith('co1', false);
    expect(notifier.success).toHaveBeenCalledWith('Zertifikate werden in diesem Durchgang nicht mehr automatisch ausgestellt.');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
  });

  it('shows empty and error states', async () => {
    let view = await render(cohortData([]));
    expect(view.byTestId('empty-state')?.textContent).toContain('noch keine zugelassenen Teilnehmer:innen');
    TestBed.resetTestingModule();
    view = await render(new Error('boom'));
    expect(view.byTestId('error-state')?.textContent).toContain('Es ist ein Fehler aufgetreten');
  });
});
