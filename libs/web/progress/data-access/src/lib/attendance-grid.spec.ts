import { actionForKey, type AttendanceKeys, EMPTY_ATTENDANCE, groupSessionsByModule, moveInGrid, sessionStarted, toEntry } from './attendance-grid';

const programmeModule = (position: number) => ({ id: `m${position}`, position, title: `Modul ${position}` });

describe('groupSessionsByModule', () => {
  it('orders modules by position and numbers sessions within each module by start', () => {
    const groups = groupSessionsByModule([
      { id: 's3', startsAt: '2026-03-02T08:00:00Z', module: programmeModule(2) },
      { id: 's2', startsAt: '2026-02-02T08:00:00Z', module: programmeModule(1) },
      { id: 's1', startsAt: '2026-01-02T08:00:00Z', module: programmeModule(1) },
    ]);
    expect(groups.map((g) => [g.position, g.columns.map((c) => `${c.session.id}#${c.number}`)])).toEqual([
      [1, ['s1#1', 's2#2']],
      [2, ['s3#1']],
    ]);
  });
});

describe('actionForKey', () => {
  const de: AttendanceKeys = { present: 'A', excused: 'E', absent: 'F', waiver: 'R' };
  const en: AttendanceKeys = { present: 'P', excused: 'E', absent: 'A', waiver: 'W' };
  const set = (status: 'PRESENT' | 'EXCUSED' | 'ABSENT' | null, excuseWaived = false) => ({ kind: 'set', value: { status, excuseWaived } });

  it('follows the UI language: German A = anwesend, F = fehlt; English P = present, A = absent', () => {
    expect(actionForKey(EMPTY_ATTENDANCE, 'a', de)).toEqual(set('PRESENT'));
    expect(actionForKey(EMPTY_ATTENDANCE, 'F', de)).toEqual(set('ABSENT'));
    expect(actionForKey(EMPTY_ATTENDANCE, 'e', de)).toEqual(set('EXCUSED'));
    expect(actionForKey(EMPTY_ATTENDANCE, 'p', en)).toEqual(set('PRESENT'));
    expect(actionForKey({ status: 'PRESENT', excuseWaived: false }, 'a', en)).toEqual(set('ABSENT'));
    expect(actionForKey({ status: 'ABSENT', excuseWaived: false }, 'Delete', de)).toEqual(set(null));
  });

  it('toggles the waiver only on an excused cell, keeps it when E is pressed again, and says why otherwise', () => {
    expect(actionForKey({ status: 'EXCUSED', excuseWaived: false }, 'r', de)).toEqual(set('EXCUSED', true));
    expect(actionForKey({ status: 'EXCUSED', excuseWaived: true }, 'w', en)).toEqual(set('EXCUSED', false));
    expect(actionForKey({ status: 'EXCUSED', excuseWaived: true }, 'e', de)).toEqual(set('EXCUSED', true));
    expect(actionForKey({ status: 'PRESENT', excuseWaived: false }, 'r', de)).toEqual({ kind: 'waiverNeedsExcuse' });
  });

  it('names an unknown letter and leaves other keys alone', () => {
    expect(actionForKey(EMPTY_ATTENDANCE, 'p', de)).toEqual({ kind: 'unknownLetter', letter: 'P' });
    expect(actionForKey(EMPTY_ATTENDANCE, 'Tab', de)).toBeUndefined();
    expect(actionForKey(EMPTY_ATTENDANCE, 'Enter', de)).toBeUndefined();
    expect(actionForKey(EMPTY_ATTENDANCE, '1', de)).toBeUndefined();
  });
});

describe('sessionStarted', () => {
  it('is true from the start time on', () => {
    const now = Date.parse('2026-03-03T08:00:00Z');
    expect(sessionStarted({ startsAt: '2026-03-03T08:00:00Z' }, now)).toBe(true);
    expect(sessionStarted({ startsAt: '2026-03-03T08:00:01Z' }, now)).toBe(false);
  });
});

describe('toEntry', () => {
  it('never sends a waiver for anything but an excused absence', () => {
    expect(toEntry('e1', 's1', { status: 'ABSENT', excuseWaived: true })).toEqual({
      enrolmentId: 'e1',
      sessionId: 's1',
      status: 'ABSENT',
      excuseWaived: false,
    });
    expect(toEntry('e1', 's1', EMPTY_ATTENDANCE).status).toBeNull();
  });
});

describe('moveInGrid', () => {
  const size = { rows: 3, cols: 4 };
  it('moves by arrow keys and stops at the edges', () => {
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowRight', size)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowUp', size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 2, col: 3 }, 'ArrowDown', size)).toEqual({ row: 2, col: 3 });
    expect(moveInGrid({ row: 1, col: 1 }, 'ArrowLeft', size)).toEqual({ row: 1, col: 0 });
  });

  it('jumps with Home/End and Ctrl+Home/End', () => {
    expect(moveInGrid({ row: 1, col: 2 }, 'Home', size)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 2 }, 'End', size)).toEqual({ row: 1, col: 3 });
    expect(moveInGrid({ row: 1, col: 2 }, 'End', size, true)).toEqual({ row: 2, col: 3 });
    expect(moveInGrid({ row: 1, col: 2 }, 'Home', size, true)).toEqual({ row: 0, col: 0 });
  });

  it('ignores other keys and empty grids', () => {
    expect(moveInGrid({ row: 0, col: 0 }, 'Tab', size)).toBeUndefined();
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowDown', { rows: 0, cols: 0 })).toBeUndefined();
  });
});
