import { EMPTY_ATTENDANCE, groupSessionsByModule, moveInGrid, toEntry, valueForKey } from './attendance-grid';

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

describe('valueForKey', () => {
  it('sets present, excused, absent and clears', () => {
    expect(valueForKey(EMPTY_ATTENDANCE, 'p')).toEqual({ status: 'PRESENT', excuseWaived: false });
    expect(valueForKey(EMPTY_ATTENDANCE, 'E')).toEqual({ status: 'EXCUSED', excuseWaived: false });
    expect(valueForKey({ status: 'PRESENT', excuseWaived: false }, 'a')).toEqual({ status: 'ABSENT', excuseWaived: false });
    expect(valueForKey({ status: 'ABSENT', excuseWaived: false }, 'Delete')).toEqual(EMPTY_ATTENDANCE);
  });

  it('toggles the waiver only on an excused cell and keeps it when E is pressed again', () => {
    expect(valueForKey({ status: 'EXCUSED', excuseWaived: false }, 'w')).toEqual({ status: 'EXCUSED', excuseWaived: true });
    expect(valueForKey({ status: 'EXCUSED', excuseWaived: true }, 'w')).toEqual({ status: 'EXCUSED', excuseWaived: false });
    expect(valueForKey({ status: 'EXCUSED', excuseWaived: true }, 'e')).toEqual({ status: 'EXCUSED', excuseWaived: true });
    expect(valueForKey({ status: 'PRESENT', excuseWaived: false }, 'w')).toBeUndefined();
    expect(valueForKey(EMPTY_ATTENDANCE, 'x')).toBeUndefined();
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
