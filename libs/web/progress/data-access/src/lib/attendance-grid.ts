import type { AttendanceEntryInput, AttendanceStatus } from '@koko/web/shared/data-access-graphql';

/** One cell of the attendance grid; `status: null` is an empty cell. */
export interface AttendanceValue {
  status: AttendanceStatus | null;
  excuseWaived: boolean;
}

export const EMPTY_ATTENDANCE: AttendanceValue = { status: null, excuseWaived: false };

export function cellKey(enrolmentId: string, sessionId: string): string {
  return `${enrolmentId}:${sessionId}`;
}

export function sameAttendance(a: AttendanceValue, b: AttendanceValue): boolean {
  return a.status === b.status && a.excuseWaived === b.excuseWaived;
}

export function toEntry(enrolmentId: string, sessionId: string, value: AttendanceValue): AttendanceEntryInput {
  return { enrolmentId, sessionId, status: value.status, excuseWaived: value.status === 'EXCUSED' && value.excuseWaived };
}

interface GridSession {
  id: string;
  startsAt: string;
  module: { id: string; position: number; title: string };
}

export interface GridColumn<S extends GridSession> {
  session: S;
  /** 1-based number of the session within its module ("Termin 2"). */
  number: number;
  position: number;
}

export interface GridModuleGroup<S extends GridSession> {
  moduleId: string;
  position: number;
  title: string;
  columns: GridColumn<S>[];
}

/** Sessions as columns, grouped by module in programme order, each group by start time. */
export function groupSessionsByModule<S extends GridSession>(sessions: readonly S[]): GridModuleGroup<S>[] {
  const groups = new Map<string, GridModuleGroup<S>>();
  const sorted = [...sessions].sort(
    (a, b) => a.module.position - b.module.position || a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id),
  );
  for (const session of sorted) {
    let group = groups.get(session.module.id);
    if (!group) {
      group = { moduleId: session.module.id, position: session.module.position, title: session.module.title, columns: [] };
      groups.set(session.module.id, group);
    }
    group.columns.push({ session, number: group.columns.length + 1, position: session.module.position });
  }
  return [...groups.values()];
}

/**
 * The letters that set a cell, in the UI language (German A = anwesend, E = entschuldigt, F = fehlt,
 * R = anrechnen; English P = present, E = excused, A = absent, W = waive). They come from the dictionary.
 */
export interface AttendanceKeys {
  present: string;
  excused: string;
  absent: string;
  waiver: string;
}

/** What a key press in a focused cell does. */
export type AttendanceKeyAction =
  | { kind: 'set'; value: AttendanceValue }
  /** A value key that cannot apply to this cell (the waiver on anything but an excused absence). */
  | { kind: 'waiverNeedsExcuse' }
  /** A letter that is not one of the keys: the grid says which ones are. */
  | { kind: 'unknownLetter'; letter: string };

/** `undefined` when the key is no letter and no Delete/Backspace (Tab, Enter, arrows … keep their meaning). */
export function actionForKey(current: AttendanceValue, key: string, keys: AttendanceKeys): AttendanceKeyAction | undefined {
  const pressed = key.toLowerCase();
  if (pressed === 'delete' || pressed === 'backspace') return { kind: 'set', value: EMPTY_ATTENDANCE };
  if (pressed.length !== 1 || !/\p{L}/u.test(pressed)) return undefined;
  switch (pressed) {
    case keys.present.toLowerCase():
      return { kind: 'set', value: { status: 'PRESENT', excuseWaived: false } };
    case keys.excused.toLowerCase():
      return { kind: 'set', value: { status: 'EXCUSED', excuseWaived: current.status === 'EXCUSED' && current.excuseWaived } };
    case keys.absent.toLowerCase():
      return { kind: 'set', value: { status: 'ABSENT', excuseWaived: false } };
    case keys.waiver.toLowerCase():
      // The waiver exists only for excused absences.
      return current.status === 'EXCUSED' ? { kind: 'set', value: { status: 'EXCUSED', excuseWaived: !current.excuseWaived } } : { kind: 'waiverNeedsExcuse' };
    default:
      return { kind: 'unknownLetter', letter: key.toUpperCase() };
  }
}

/** A session that has not begun cannot have been attended; its cells take no value. */
export function sessionStarted(session: { startsAt: string }, now: number): boolean {
  return Date.parse(session.startsAt) <= now;
}

export interface GridPosition {
  row: number;
  col: number;
}

/** Roving focus: arrow keys move one cell, Home/End to the row's ends, Ctrl+Home/End to the grid's corners. */
export function moveInGrid(
  from: GridPosition,
  key: string,
  size: { rows: number; cols: number },
  ctrl = false,
): GridPosition | undefined {
  if (size.rows === 0 || size.cols === 0) return undefined;
  const clampRow = (row: number) => Math.min(size.rows - 1, Math.max(0, row));
  const clampCol = (col: number) => Math.min(size.cols - 1, Math.max(0, col));
  switch (key) {
    case 'ArrowUp':
      return { row: clampRow(from.row - 1), col: from.col };
    case 'ArrowDown':
      return { row: clampRow(from.row + 1), col: from.col };
    case 'ArrowLeft':
      return { row: from.row, col: clampCol(from.col - 1) };
    case 'ArrowRight':
      return { row: from.row, col: clampCol(from.col + 1) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return ctrl ? { row: size.rows - 1, col: size.cols - 1 } : { row: from.row, col: size.cols - 1 };
    case 'PageUp':
      return { row: 0, col: from.col };
    case 'PageDown':
      return { row: size.rows - 1, col: from.col };
    default:
      return undefined;
  }
}
