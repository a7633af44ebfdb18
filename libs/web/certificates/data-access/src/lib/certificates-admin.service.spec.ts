import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, of } from 'rxjs';
import { CertificatesAdminService, cohortCertificatesZipPath } from './certificates-admin.service';
import type { CertificateBatchProgress } from './cohort-certificates';

describe('CertificatesAdminService.watchBatch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks every second and completes with the finished state', () => {
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: {} }] });
    const service = TestBed.inject(CertificatesAdminService);
    const states: CertificateBatchProgress[] = [
      { id: 'b1', total: 2, done: 1, failed: 0, state: 'running', failureReason: null },
      { id: 'b1', total: 2, done: 2, failed: 0, state: 'finished', failureReason: null },
    ];
    const batch = jest.spyOn(service, 'batch').mockImplementation(() => of(states.shift() as CertificateBatchProgress));
    const seen: string[] = [];
    let completed = false;
    service.watchBatch('b1').subscribe({ next: (b) => seen.push(`${b.done}/${b.total} ${b.state}`), complete: () => (completed = true) });

    expect(batch).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1000);
    expect(seen).toEqual(['1/2 running']);
    jest.advanceTimersByTime(1000);
    expect(seen).toEqual(['1/2 running', '2/2 finished']);
    expect(completed).toBe(true);
    jest.advanceTimersByTime(5000);
    expect(batch).toHaveBeenCalledTimes(2);
  });
});

describe('CertificatesAdminService.watchBatch on a failed batch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('stops asking once the batch has failed', () => {
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: {} }] });
    const service = TestBed.inject(CertificatesAdminService);
    const states: CertificateBatchProgress[] = [
      { id: 'b1', total: 3, done: 1, failed: 0, state: 'running', failureReason: null },
      { id: 'b1', total: 3, done: 1, failed: 0, state: 'failed', failureReason: 'DATABASE_UNAVAILABLE' },
    ];
    const batch = jest.spyOn(service, 'batch').mockImplementation(() => of(states.shift() as CertificateBatchProgress));
    const seen: string[] = [];
    let completed = false;
    service.watchBatch('b1').subscribe({ next: (b) => seen.push(b.state), complete: () => (completed = true) });

    jest.advanceTimersByTime(2000);
    expect(seen).toEqual(['running', 'failed']);
    expect(completed).toBe(true);
    jest.advanceTimersByTime(10_000);
    expect(batch).toHaveBeenCalledTimes(2);
  });
});

describe('CertificatesAdminService.retryBatch', () => {
  it('sends retryCertificateBatch and answers the queued batch', async () => {
    const queued = { id: 'b1', total: 3, done: 1, failed: 0, state: 'queued', failureReason: null };
    const mutate = jest.fn(() => of({ data: { retryCertificateBatch: queued } }));
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: { mutate } }] });
    const service = TestBed.inject(CertificatesAdminService);
    await expect(service.retryBatch('b1')).resolves.toEqual(queued);
    expect(mutate).toHaveBeenCalledWith(expect.objectContaining({ variables: { id: 'b1' } }));
  });
});

describe('cohortCertificatesZipPath', () => {
  it('points at the API’s streamed ZIP', () => {
    expect(cohortCertificatesZipPath('c 1')).toBe('/api/cohorts/c%201/certificates.zip');
  });
});

describe('CertificatesAdminService.toIssue', () => {
  it('asks once for every cohort and hands the counted list on', async () => {
    const rows = [{ cohortId: 'c1', cohortName: 'KoKo II – Durchgang 2025', count: 2 }];
    const query = jest.fn(() => of({ data: { certificatesToIssue: rows } }));
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: { query } }] });
    const service = TestBed.inject(CertificatesAdminService);
    await expect(firstValueFrom(service.toIssue())).resolves.toEqual(rows);
    expect(query).toHaveBeenCalledTimes(1);
    expect(query).toHaveBeenCalledWith(expect.objectContaining({ fetchPolicy: 'network-only' }));
  });
});
