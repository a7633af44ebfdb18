import { TestBed } from '@angular/core/testing';
import { localDraftKey, LocalDraftStore, shouldOfferLocalCopy } from './local-draft-copy';

describe('LocalDraftStore', () => {
  beforeEach(() => localStorage.clear());

  it('keeps one copy per enrolment and module and clears it', () => {
    const store = TestBed.inject(LocalDraftStore);
    store.write('e1', 'm1', { body: 'Text', typedAt: 5, attemptNo: 1 });
    expect(store.read('e1', 'm1')).toEqual({ body: 'Text', typedAt: 5, attemptNo: 1 });
    expect(store.read('e1', 'm2')).toBeNull();
    store.clear('e1', 'm1');
    expect(store.read('e1', 'm1')).toBeNull();
  });

  it('ignores broken entries', () => {
    localStorage.setItem(localDraftKey('e1', 'm1'), '{not json');
    expect(TestBed.inject(LocalDraftStore).read('e1', 'm1')).toBeNull();
    localStorage.setItem(localDraftKey('e1', 'm1'), JSON.stringify({ body: 1 }));
    expect(TestBed.inject(LocalDraftStore).read('e1', 'm1')).toBeNull();
  });
});

describe('shouldOfferLocalCopy', () => {
  const saved = '2026-03-10T14:32:00.000Z';
  const server = { attemptNo: 2, body: 'gespeichert', draftSavedAt: saved };
  const typedAfter = Date.parse(saved) + 60_000;

  it('offers a newer, different copy of the same attempt', () => {
    expect(shouldOfferLocalCopy({ body: 'mehr Text', typedAt: typedAfter, attemptNo: 2 }, server)).toBe(true);
  });

  it('does not offer an identical, older or foreign copy', () => {
    expect(shouldOfferLocalCopy(null, server)).toBe(false);
    expect(shouldOfferLocalCopy({ body: 'gespeichert', typedAt: typedAfter, attemptNo: 2 }, server)).toBe(false);
    expect(shouldOfferLocalCopy({ body: 'alt', typedAt: Date.parse(saved) - 1, attemptNo: 2 }, server)).toBe(false);
    expect(shouldOfferLocalCopy({ body: 'andere Fassung', typedAt: typedAfter, attemptNo: 1 }, server)).toBe(false);
  });

  it('offers a non-empty copy when the server has never saved this attempt', () => {
    expect(shouldOfferLocalCopy({ body: 'Anfang', typedAt: 1, attemptNo: 1 }, { attemptNo: 1, body: '', draftSavedAt: null })).toBe(true);
    expect(shouldOfferLocalCopy({ body: '  ', typedAt: 1, attemptNo: 1 }, { attemptNo: 1, body: '', draftSavedAt: null })).toBe(false);
  });
});
