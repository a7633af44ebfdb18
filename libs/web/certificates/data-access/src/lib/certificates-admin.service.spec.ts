import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { CertificatesAdminService, cohortCertificatesZipPath } from './certificates-admin.service';
import type { CertificateBatchProgress } from './cohort-certificates';

describe('CertificatesAdminService.watchBatch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks every second and completes with the finished state', () => {
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: {} }] });
    const service = TestBed.inject(CertificatesAdminService);
    const states: CertificateBatchProgress[] = [
      { id: 'b1', total: 2, done: 1, failed: 0, state: 'running' },
      { id: 'b1', total: 2, done: 2, failed: 0, state: 'finished' },
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

describe('cohortCertificatesZipPath', () => {
  it('points at the API’s streamed ZIP', () => {
    expect(cohortCertificatesZipPath('c 1')).toBe('/api/cohorts/c%201/certificates.zip');
  });
});
