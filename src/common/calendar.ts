/**
 * Date arithmetic on plain calendar days (UTC, no time zones): the only date maths in the project.
 * A day is kept as {y, m, d}; ISO strings are produced at the precision asked for.
 */
import type { DocumentDate, Precision, Weekday } from '../core/schema.js';

export interface Day { y: number; m: number; d: number }

export const WEEKDAYS: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function weekdayOf(day: Day): Weekday {
  return WEEKDAYS[new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay()]!;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also an ISO timestamp, cut to its day); null when invalid. */
export function parseDocumentDate(value: string): DocumentDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { value: pad(y, 4), precision: 'year' };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return { value: isoMonth(y, mo), precision: 'month' };
  const d = Number(m[3]);
  if (!isValidDay(y, mo, d)) return null;
  return { value: isoDay({ y, m: mo, d }), precision: 'day' };
}

/** The document date as calendar parts; month and day are null below their precision. */
export function documentDateParts(date: DocumentDate): { y: number; m: number | null; d: number | null } {
  const [y, m, d] = date.value.split('-').map(Number);
  return { y: y!, m: date.precision === 'year' ? null : m!, d: date.precision === 'day' ? d! : null };
}

/** The interval of days a date at some precision covers, as ISO strings at that precision. */
export function spanOf(precision: Precision, y: number, m?: number | null, d?: number | null): { start: string; end: string } {
  if (precision === 'day' && m && d) { const s = isoDay({ y, m, d }); return { start: s, end: s }; }
  if (precision !== 'year' && m) { const s = isoMonth(y, m); return { start: s, end: s }; }
  return { start: pad(y, 4), end: pad(y, 4) };
}

/** The most recent `weekday` on or before `day` (news narrates the past); `forward` for future tense. */
export function nearestWeekday(day: Day, weekday: Weekday, forward: boolean): Day {
  const target = WEEKDAYS.indexOf(weekday);
  const from = WEEKDAYS.indexOf(weekdayOf(day));
  const delta = forward ? (target - from + 7) % 7 : -((from - target + 7) % 7);
  return addDays(day, delta);
}
