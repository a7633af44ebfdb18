/**
 * Material's date and time pickers hold local `Date`s; the API wants calendar days (`YYYY-MM-DD`)
 * and Berlin wall-clock times (`HH:MM`). Only the shown components are read, never the device zone.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A picked day as the API's calendar day (`YYYY-MM-DD`), from the local date the picker gives. */
export function dayOf(date: Date | null | undefined): string {
  if (!date || Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A picked time as `HH:MM`. */
export function timeOf(date: Date | null | undefined): string {
  if (!date || Number.isNaN(date.getTime())) return '';
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A calendar day (`YYYY-MM-DD`) as the local date the picker shows; null if empty or malformed. */
export function dateOfDay(day: string | null | undefined): Date | null {
  const match = day ? ISO_DAY.exec(day) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/** `HH:MM` as a Date (today) for the time picker; null if empty or malformed. */
export function dateOfTime(time: string | null | undefined): Date | null {
  const match = time ? /^(\d{2}):(\d{2})$/.exec(time) : null;
  if (!match) return null;
  const date = new Date();
  date.setHours(Number(match[1]), Number(match[2]), 0, 0);
  return date;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
