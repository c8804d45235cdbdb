/**
 * ISAF press releases (Afghanistan 2009–2013) with expert codes. The release date is read from the
 * release's own dateline (the set gives no separate date) and passed as the article date, so that
 * "yesterday" and "Sunday" resolve against it:
 *   "KABUL, Afghanistan (Nov. 20, 2011)"         → 2011-11-20
 *   "2012-06-S-026 … KABUL, Afghanistan (June 14)" → 2012-06-14 (year from the release number)
 *   "ISAF Joint Command … 2011-07-S-003"          → 2011-07 (month precision; "011-07-S-051", its first digit lost, too)
 * Scored: the first event's start date against `start_date`, the province (admin-1) of any of our
 * event places, and our killed / captured figures against `min_killed` / `min_captured`.
 */
import { isValidDay } from '../../common/calendar.js';
import type { Article } from '../../core/article.js';
import type { DocumentDate, Extraction } from '../../core/schema.js';
import { fold, limited, readJsonLines, setFiles } from '../data.js';
import { ErrorLog } from '../error-log.js';
import { Tally } from '../metrics.js';
import { articleFigure, describeCount, describeEvent, describeWhere, eventWheres, extractSafely } from '../predictions.js';
import type { Extract, ScoreResult, SetScorer } from '../types.js';

export interface IsafGold { start_date?: string | null; province?: string[]; min_killed?: number; min_captured?: number; event_type?: string[] }
export interface IsafRecord { id: string; text: string; gold: IsafGold }

export function loadIsaf(dir: string): IsafRecord[] {
  return setFiles(dir, ['.jsonl']).flatMap((f) => readJsonLines(f) as IsafRecord[]).filter((r) => typeof r.text === 'string' && r.gold);
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const FULL_DATE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(20\\d\\d)\\b`);
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b(?!\\s*,?\\s*\\d)`);
// "2011-07-S-003"; a few releases lost the number's first digit in the copy ("011-07-S-051").
const RELEASE_NUMBER = /(?<![\d-])(20\d\d|0[01]\d)-(\d\d)-[A-Z]{1,3}-(?:\d+|X+)/;

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => MONTHS[name.toLowerCase().slice(0, 3)]!;

/** The release date from the head of the release (its first 600 characters); null when none. */
export function releaseDate(text: string): DocumentDate | null {
  const head = text.slice(0, 600);
  const full = FULL_DATE.exec(head);
  if (full) {
    const y = Number(full[3]); const m = monthOf(full[1]!); const d = Number(full[2]);
    if (isValidDay(y, m, d)) return { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
  }
  const number = RELEASE_NUMBER.exec(head);
  if (!number) return null;
  const ny = 2000 + (Number(number[1]) % 1000); const nm = Number(number[2]);
  if (nm < 1 || nm > 12) return null;
  const md = MONTH_DAY.exec(head);
  if (md) {
    const m = monthOf(md[1]!); const d = Number(md[2]);
    // A January release may date its text in December of the year before, and the reverse.
    const y = nm === 1 && m === 12 ? ny - 1 : nm === 12 && m === 1 ? ny + 1 : ny;
    if (isValidDay(y, m, d)) return { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
  }
  return { value: `${ny}-${pad(nm)}`, precision: 'month' };
}

export function articleOf(r: IsafRecord): Article {
  return { id: r.id, text: r.text, date: releaseDate(r.text), lang: 'en', title: null, url: null, source: null, file: `isaf:${r.id}` };
}

/** GeoNames admin-1 spellings → the ISAF coders' spelling, where they differ. */
const PROVINCE_SPELLINGS: Readonly<Record<string, string>> = {
  paktia: 'paktya', khowst: 'khost', oruzgan: 'uruzgan', maidanwardak: 'wardak', sarepol: 'sarepul', ghowr: 'ghor',
};

export const provinceKey = (s: string): string => {
  const key = fold(s).replace(/\s+province$/, '').replace(/\s+/g, '');
  return PROVINCE_SPELLINGS[key] ?? key;
};

/** Any of our event places is the province, or lies in it (its admin-1). */
export function provinceCorrect(x: Extraction, provinces: readonly string[]): boolean {
  const wanted = new Set(provinces.filter(Boolean).map(provinceKey));
  for (const e of x.events) {
    for (const w of eventWheres(e)) {
      const p = w.place;
      const names = [p?.admin1, p?.kind === 'admin1' ? p.name : null, p?.kind === 'admin1' ? w.mention : null].filter((s): s is string => !!s);
      if (names.some((n) => wanted.has(provinceKey(n)))) return true;
    }
  }
  return false;
}

export function scoreIsaf(records: readonly IsafRecord[], extract: Extract): ScoreResult {
  const log = new ErrorLog();
  const date = new Tally(); const province = new Tally(); const killed = new Tally(); const captured = new Tally();
  let undated = 0; let failed = 0;
  for (const r of records) {
    const article = articleOf(r);
    if (!article.date) undated++;
    const { x, failed: f } = extractSafely(extract, article, log);
    if (f) failed++;
    const g = r.gold;
    // A release reports an operation (a raid, a detention: often not a violent type), so its
    // first event is the one the codes describe, not the first violent one.
    const event = x.events.find((e) => !e.partOf) ?? x.events[0] ?? null;
    const released = article.date ? `${article.date.value}` : 'no release date';
    if (g.start_date) {
      const w = event?.when;
      const ok = !!w && w.precision === 'day' && w.start === g.start_date;
      if (!date.add(ok)) log.add('start date', `${r.id}: gold ${g.start_date}, ours ${w ? `${w.start} (${w.precision}, "${w.evidence?.text ?? ''}", ${w.rule})` : 'none'} on ${describeEvent(event)}; released ${released}`);
    }
    const provinces = (g.province ?? []).filter(Boolean);
    if (provinces.length) {
      if (!province.add(provinceCorrect(x, provinces))) log.add('province', `${r.id}: gold ${provinces.join('/')}, ours ${x.events.flatMap(eventWheres).map(describeWhere).join('; ') || 'no event place'}`);
    }
    if (typeof g.min_killed === 'number') {
      const k = articleFigure(x, ['killed']);
      if (!killed.add(k.value === g.min_killed)) log.add('killed', `${r.id}: gold ≥${g.min_killed}, ours ${k.value} — ${describeCount(k.count)}`);
    }
    if (typeof g.min_captured === 'number') {
      const c = articleFigure(x, ['arrested']);
      if (!captured.add(c.value === g.min_captured)) log.add('captured', `${r.id}: gold ≥${g.min_captured}, ours ${c.value} — ${describeCount(c.count)}`);
    }
  }
  const metrics = [
    date.metric('start date exact', 'first event date, day precision, against start_date; release date from the dateline'),
    province.metric('province correct', 'admin-1 of any event place'),
    killed.metric('min killed exact', 'largest lower bound among our killed counts, 0 when none'),
    captured.metric('min captured exact', 'largest lower bound among our arrested counts, 0 when none'),
  ];
  const notes = [`${records.length} press releases, ${undated} without a readable release date`, ...log.summary()];
  if (failed) notes.push(`${failed} releases failed to extract (scored as finding nothing)`);
  return { metrics, errors: log.sample(), notes };
}

export const isafPr: SetScorer = {
  set: 'isaf-pr',
  lang: 'en',
  folder: 'isaf-pr',
  needsPack: true,
  headline: ['start date exact', 'province correct', 'min killed exact', 'min captured exact'],
  async score(ctx) {
    const records = loadIsaf(ctx.setDir);
    if (records.length === 0) throw new Error(`${ctx.setDir}: expected JSONL records {id, text, gold}, found none`);
    return scoreIsaf(limited(records, ctx.limit), ctx.extract);
  },
  async describe(ctx) {
    const records = loadIsaf(ctx.setDir);
    const dated = records.filter((r) => releaseDate(r.text)).length;
    return `${records.length} press releases (${dated} with a readable release date) waiting for the en pack`;
  },
};
