import { TestBed } from '@angular/core/testing';
import { type AttendanceEntryInput, AttendanceService, type AttendanceSheet } from '@koko/web/progress/data-access';
import { AttendanceGrid } from './attendance-grid';
import { settle } from '@koko/web/shared/util/testing';

const programmeModule = { id: 'm1', position: 1, title: 'Perspektiven' };
const sheet: AttendanceSheet = {
  cohortId: 'c1',
  sessions: [
    { id: 's2', moduleId: 'm1', title: '', startsAt: '2026-03-10T08:00:00Z', endsAt: '2026-03-10T15:00:00Z', module: programmeModule },
    { id: 's1', moduleId: 'm1', title: '', startsAt: '2026-03-03T08:00:00Z', endsAt: '2026-03-03T15:00:00Z', module: programmeModule },
    { id: 's3', moduleId: 'm1', title: '', startsAt: '2099-03-17T08:00:00Z', endsAt: '2099-03-17T15:00:00Z', module: programmeModule },
  ],
  enrolments: [
    { id: 'e1', userId: 'u1', participant: { id: 'u1', displayName: 'Anna Müller' }, municipality: { id: 'k1', name: 'Bielefeld' } },
    { id: 'e2', userId: 'u2', participant: { id: 'u2', displayName: 'Ömer Demir' }, municipality: { id: 'k2', name: 'Köln' } },
  ],
  records: [{ sessionId: 's1', enrolmentId: 'e2', status: 'EXCUSED', excuseWaived: false }],
};

function setup(record: (cohortId: string, entries: AttendanceEntryInput[]) => Promise<unknown[]>) {
  const calls: AttendanceEntryInput[][] = [];
  TestBed.configureTestingModule({
    providers: [
      {
        provide: AttendanceService,
        useValue: {
          record: (cohortId: string, entries: AttendanceEntryInput[]) => {
            calls.push(entries);
            return record(cohortId, entries);
          },
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(AttendanceGrid);
  fixture.componentRef.setInput('cohortId', 'c1');
  fixture.componentRef.setInput('sheet', sheet);
  fixture.detectChanges();
  const element: HTMLElement = fixture.nativeElement;
  const cell = (enrolmentId: string, sessionId: string) =>
    element.querySelector<HTMLButtonElement>(`[data-testid="attendance-cell-${enrolmentId}-${sessionId}"]`) as HTMLButtonElement;
  const press = (target: HTMLElement, key: string) => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    fixture.detectChanges();
  };
  return { fixture, element, cell, press, calls };
}

describe('AttendanceGrid', () => {
  it('labels cells with name, module, session number (in time order) and value; one cell is tabbable', () => {
    const { element, cell } = setup(() => Promise.resolve([]));
    expect(cell('e1', 's1').getAttribute('aria-label')).toBe('Anna Müller, Modul 1 Termin 1: noch nicht erfasst, offen');
    expect(cell('e2', 's1').getAttribute('aria-label')).toBe('Ömer Demir, Modul 1 Termin 1: entschuldigt');
    expect(cell('e1', 's2').getAttribute('aria-label')).toBe('Anna Müller, Modul 1 Termin 2: noch nicht erfasst, offen');
    expect(cell('e1', 's3').getAttribute('aria-label')).toBe('Anna Müller, Modul 1 Termin 3: Termin hat noch nicht begonnen');
    expect(element.querySelectorAll('.cell-button[tabindex="0"]')).toHaveLength(1);
    expect(element.querySelector('th[scope="row"]')?.textContent).toContain('Anna Müller');
    expect(element.querySelector('th[scope="colgroup"]')?.textContent).toContain('Modul 1');
  });

  it('moves focus with the arrow keys', () => {
    const { cell, press } = setup(() => Promise.resolve([]));
    cell('e1', 's1').focus();
    press(cell('e1', 's1'), 'ArrowRight');
    expect(document.activeElement).toBe(cell('e1', 's2'));
    press(cell('e1', 's2'), 'ArrowDown');
    expect(document.activeElement).toBe(cell('e2', 's2'));
    expect(cell('e2', 's2').getAttribute('tabindex')).toBe('0');
    expect(cell('e1', 's1').getAttribute('tabindex')).toBe('-1');
  });

  it('shows the German keys in a legend and counts open entries of held sessions as to-do', () => {
    const { element } = setup(() => Promise.resolve([]));
    const legend = element.querySelector('[data-testid="attendance-legend"]')?.textContent ?? '';
    expect(legend).toMatch(/A\s+anwesend/);
    expect(legend).toMatch(/E\s+entschuldigt/);
    expect(legend).toMatch(/F\s+fehlt \(unentschuldigt\)/);
    // s1: Anna open (Ömer excused); s2: both open; s3 has not begun and is nobody's to-do yet.
    expect(element.querySelector('[data-testid="attendance-todo"]')?.textContent).toContain('Noch offen: 3 Einträge für stattgefundene Termine.');
    expect(element.querySelector('[data-testid="attendance-session-todo-s2"]')?.textContent).toContain('2 offen');
    expect(element.querySelector('[data-testid="attendance-session-todo-s3"]')).toBeNull();
    expect(element.querySelector('[data-testid="attendance-mark-all-s3"]')).toBeNull();
  });

  it('says why a key does nothing: the waiver on a cell that is not excused, a session not begun, an unknown letter', () => {
    const { cell, press, calls, element } = setup(() => Promise.resolve([]));
    const status = () => element.querySelector('[data-testid="attendance-status"]')?.textContent ?? '';
    press(cell('e1', 's1'), 'r');
    expect(status()).toContain('Taste R: Anrechnen ist nur bei einer entschuldigten Abwesenheit möglich');
    press(cell('e1', 's3'), 'a');
    expect(status()).toContain('Taste A: Modul 1 Termin 3 beginnt erst am');
    expect(cell('e1', 's3').getAttribute('data-status')).toBe('EMPTY');
    expect(cell('e1', 's3').getAttribute('aria-disabled')).toBe('true');
    press(cell('e1', 's1'), 'p');
    expect(status()).toContain('Taste P ist nicht belegt. A = anwesend');
    expect(calls).toEqual([]);
  });

  it('saves A (anwesend) at once and R only on an excused cell', async () => {
    const { fixture, cell, press, calls } = setup(() => Promise.resolve([]));
    press(cell('e1', 's1'), 'a');
    expect(cell('e1', 's1').getAttribute('data-save')).toBe('saving');
    press(cell('e1', 's1'), 'r');
    press(cell('e2', 's1'), 'r');
    await settle(fixture);
    expect(calls).toEqual([
      [{ enrolmentId: 'e1', sessionId: 's1', status: 'PRESENT', excuseWaived: false }],
      [{ enrolmentId: 'e2', sessionId: 's1', status: 'EXCUSED', excuseWaived: true }],
    ]);
    expect(cell('e1', 's1').getAttribute('data-save')).toBe('saved');
    expect(cell('e2', 's1').getAttribute('aria-label')).toBe('Ömer Demir, Modul 1 Termin 1: entschuldigt, angerechnet');
  });

  it('reverts a cell and shows the API message when saving fails', async () => {
    const apiError = { errors: [{ message: 'Die Person ist in diesem Durchgang nicht zugelassen.', extensions: { code: 'PARTICIPANT_NOT_IN_COHORT' } }] };
    const { fixture, element, cell, press } = setup(() => Promise.reject(apiError));
    press(cell('e2', 's1'), 'f');
    expect(cell('e2', 's1').getAttribute('data-status')).toBe('ABSENT');
    await settle(fixture);
    expect(cell('e2', 's1').getAttribute('data-status')).toBe('EXCUSED');
    expect(cell('e2', 's1').getAttribute('data-save')).toBe('error');
    expect(element.querySelector('[data-testid="form-error"]')?.textContent).toContain('Die Person ist in diesem Durchgang nicht zugelassen.');
  });

  it('marks everyone present with one request', async () => {
    const { fixture, element, calls } = setup(() => Promise.resolve([]));
    element.querySelector<HTMLButtonElement>('[data-testid="attendance-mark-all-s2"]')?.click();
    await settle(fixture);
    expect(calls).toEqual([
      [
        { enrolmentId: 'e1', sessionId: 's2', status: 'PRESENT', excuseWaived: false },
        { enrolmentId: 'e2', sessionId: 's2', status: 'PRESENT', excuseWaived: false },
      ],
    ]);
    expect(element.querySelector('[data-testid="attendance-status"]')?.textContent).toContain('2 Einträge für Modul 1 Termin 2 gespeichert.');
  });
});
