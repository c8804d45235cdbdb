/**
 * Time expressions, resolved against the document date at the precision it has.
 *   "jeudi matin" (doc 2022-01-06) → 2022-01-06, morning; (doc 2022-01) → 2022-01, weekday thursday
 *   "la nuit dernière" (doc 2022-01-06) → 2022-01-05 … 2022-01-06, night
 *   "le 5 janvier 2022" → 2022-01-05 (known); "dimanche" in past narration → the Sunday before
 * The resolution is ours: chrono-node reads "dimanche" as next Sunday and "mer Caspienne" as Wednesday.
 */
import { addDays, documentDateParts, isoDay, isoMonth, isValidDay, nearestWeekday, type Day } from '../common/calendar.js';
import { lookup, matchesIn } from '../common/patterns.js';
import type { DocumentDate, Precision, TimeExpression, Weekday } from '../core/schema.js';
import { evidenceAt } from '../core/spans.js';
import type { Sentence } from '../text/segment.js';
import type { CompiledPack } from './compiled.js';

interface Anchor { y: number; m: number | null; d: number | null }

function at(precision: Precision, day: Day): { start: string; end: string; precision: Precision } {
  if (precision === 'day') return { start: isoDay(day), end: isoDay(day), precision };
  if (precision === 'month') return { start: isoMonth(day.y, day.m), end: isoMonth(day.y, day.m), precision };
  return { start: String(day.y).padStart(4, '0'), end: String(day.y).padStart(4, '0'), precision };
}

/** The anchor's own interval when it is too coarse to move by days. */
function coarse(anchor: Anchor) {
  return anchor.m ? at('month', { y: anchor.y, m: anchor.m, d: 1 }) : at('year', { y: anchor.y, m: 1, d: 1 });
}

export function extractTimes(text: string, sentence: Sentence, cp: CompiledPack, docDate: DocumentDate | null, previous: TimeExpression | null): TimeExpression[] {
  const out: TimeExpression[] = [];
  const anchor: Anchor | null = docDate ? documentDateParts(docDate) : null;
  const re = cp.time;
  for (const m of matchesIn(re, text, sentence.start, sentence.end)) {
    if (m.index + m[0].length > sentence.end) break;
    const g = m.groups!;
    const evidence = evidenceAt(text, m.index, m.index + m[0].length);
    const base = { evidence, sentence: sentence.index };
    const code = cp.pack.code;
    const last = out.at(-1) ?? previous;

    if (g.lastNight) {
      if (!anchor) continue;
      const value = anchor.d
        ? { start: isoDay(addDays({ y: anchor.y, m: anchor.m!, d: anchor.d }, -1)), end: isoDay({ y: anchor.y, m: anchor.m!, d: anchor.d }), precision: 'day' as const }
        : coarse(anchor);
      out.push({ ...base, ...value, partOfDay: 'night', status: 'implied', rule: `${code}/time-last-night` });
    } else if (g.dayBefore) {
      // Relative to the event just narrated; without one, to publication.
      const ref = last?.precision === 'day' ? parseDay(last.start) : anchor?.d ? { y: anchor.y, m: anchor.m!, d: anchor.d } : null;
      const value = ref ? at('day', addDays(ref, -1)) : anchor ? coarse(anchor) : null;
      if (!value) continue;
      out.push({ ...base, ...value, status: 'implied', rule: `${code}/time-day-before` });
    } else if (g.relative) {
      if (!anchor) continue;
      const offset = lookup(cp.relativeDays, g.relative) ?? 0;
      const value = anchor.d ? at('day', addDays({ y: anchor.y, m: anchor.m!, d: anchor.d }, offset)) : coarse(anchor);
      const partOfDay = g.relativePart ? lookup(cp.partsOfDay, g.relativePart) : undefined;
      out.push({ ...base, ...value, ...(partOfDay ? { partOfDay } : {}), status: 'implied', rule: `${code}/time-relative-day` });
    } else if (g.holiday) {
      const named = lookup(cp.holidays, g.holiday);
      if (!named || !anchor) continue;
      // The last such day: "on Christmas Eve" in a January paper is December's.
      const year = anchor.m && named.month - anchor.m > 2 ? anchor.y - 1 : anchor.y;
      if (!isValidDay(year, named.month, named.day)) continue;
      out.push({ ...base, ...at('day', { y: year, m: named.month, d: named.day }), status: 'implied', rule: `${code}/time-holiday` });
    } else if ((g.day && g.dateMonth) || (g.mdDay && g.mdMonth)) {
      const monthFirst = !g.dateMonth;
      const month = lookup(cp.months, (g.dateMonth ?? g.mdMonth)!)!;
      const dayText = (g.day ?? g.mdDay)!;
      const yearText = g.year ?? g.mdYear;
      const digits = /^\d+/.exec(dayText);
      const day = digits ? Number(digits[0]) : 1;
      let year = yearText ? Number(yearText) : anchor?.y;
      if (year === undefined) continue;
      // "le 28 décembre" in a January dispatch is last year's.
      if (!yearText && anchor?.m && month - anchor.m > 2) year -= 1;
      if (!isValidDay(year, month, day)) continue;
      const weekdayText = g.dateWeekday ?? g.mdWeekday;
      const weekday = weekdayText ? lookup(cp.weekdays, weekdayText) : undefined;
      out.push({ ...base, ...at('day', { y: year, m: month, d: day }), ...(weekday ? { weekday } : {}),
        status: yearText ? 'known' : 'implied', rule: `${code}/${monthFirst ? 'time-month-day' : 'time-day-month'}` });
    } else if (g.weekday) {
      if (!anchor) continue;
      const weekday = lookup(cp.weekdays, g.weekday)!;
      const partOfDay = g.weekdayPart ? lookup(cp.partsOfDay, g.weekdayPart) : undefined;
      const directionText = g.direction ?? g.directionBefore;
      const direction = directionText ? lookup(cp.weekdayDirection, directionText) : undefined;
      const future = direction ? direction === 'future' : isFutureContext(text, sentence, m.index, cp);
      const value = anchor.d ? at('day', nearestWeekdayStrict(anchor, weekday, future, direction !== undefined)) : coarse(anchor);
      out.push({ ...base, ...value, weekday, ...(partOfDay ? { partOfDay } : {}), status: 'implied', rule: `${code}/time-weekday` });
    } else if (g.monthPart && g.partMonth) {
      const month = lookup(cp.months, g.partMonth)!;
      let year = g.partYear ? Number(g.partYear) : anchor?.y;
      if (year === undefined) continue;
      if (!g.partYear && anchor?.m && month - anchor.m > 2) year -= 1;
      out.push({ ...base, ...at('month', { y: year, m: month, d: 1 }), status: g.partYear ? 'known' : 'implied', rule: `${code}/time-month` });
    }
  }
  return out;
}

function parseDay(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

/** "dimanche dernier" on a Sunday is a week before; a bare "dimanche" on a Sunday is that day. */
function nearestWeekdayStrict(anchor: Anchor, weekday: Weekday, future: boolean, explicit: boolean): Day {
  const day = { y: anchor.y, m: anchor.m!, d: anchor.d! };
  const found = nearestWeekday(day, weekday, future);
  if (explicit && found.y === day.y && found.m === day.m && found.d === day.d) return addDays(day, future ? 7 : -7);
  return found;
}

/** A future cue in the words before a weekday ("doit se tenir jeudi") turns it forward. */
function isFutureContext(text: string, sentence: Sentence, at: number, cp: CompiledPack): boolean {
  const from = Math.max(sentence.start, at - 50);
  cp.futureCue.lastIndex = 0;
  return cp.futureCue.test(text.slice(from, at));
}
