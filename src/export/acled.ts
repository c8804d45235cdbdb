/**
 * Incidents as ACLED rows: ACLED's column names and codes. One row per incident.
 *   time_precision: 1 day, 2 week (unused: we never date to a week), 3 month or year.
 *   inter1/inter2: ACLED_INTER of the actor category (0 when there is no actor); interaction: the two
 *   codes, lower first ("17"); with one actor, its code then 0 ("60").
 *   fatalities: the conservative figure of src/incidents/merge.ts (docs/store.md: per victim category,
 *   the lowest lower bound any source gives; categories add up; open ranges count their lower bound).
 */
import { ACLED_INTER } from '../events/acled.js';
import type { ActorCategory } from '../core/schema.js';
import type { IncidentRecord } from '../store/store.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'inter1', 'actor2', 'inter2',
  'interaction', 'iso', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes',
  'fatalities', 'tags', 'timestamp',
] as const;

const ISO_NUMERIC: Readonly<Record<string, number>> = {
  KZ: 398, US: 840, FR: 250, RU: 643, UA: 804, ES: 724, GB: 826, DE: 276, ML: 466, BF: 854, NE: 562, NG: 566, SY: 760, IQ: 368,
  AF: 4, YE: 887, SO: 706, CD: 180, SD: 729, ET: 231, MX: 484, CO: 170, VE: 862, BR: 76, IN: 356, PK: 586, IL: 376, PS: 275,
  LB: 422, LY: 434, TN: 788, DZ: 12, MA: 504, EG: 818, TR: 792, IR: 364, KG: 417, UZ: 860, TJ: 762, BY: 112, GE: 268, AM: 51, AZ: 31,
  CM: 120, TD: 148, CF: 140, MZ: 508, KE: 404, HT: 332, CA: 124, BE: 56, CH: 756, IT: 380, PT: 620, CN: 156, JP: 392, MM: 104, PH: 608,
};

const inter = (category: string | null) => (category && category in ACLED_INTER ? ACLED_INTER[category as ActorCategory] : 0);

export function interaction(i1: number, i2: number): string {
  if (i1 === 0 && i2 === 0) return '';
  if (i2 === 0 || i1 === 0) return `${Math.max(i1, i2)}0`;
  return `${Math.min(i1, i2)}${Math.max(i1, i2)}`;
}

/** ACLED dates are days: a month-only incident is dated to the 15th, a year-only one to 1 July (time_precision 3). */
export function acledDate(start: string | null): string | null {
  if (!start) return null;
  if (start.length === 7) return `${start}-15`;
  if (start.length === 4) return `${start}-07-01`;
  return start;
}

const coord = (x: number | null) => (x === null ? null : Number(x.toFixed(4)));

export function timePrecision(p: string | null): number {
  return p === 'day' ? 1 : 3;
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',');
}

export interface AcledOptions { countryName?: (iso2: string) => string | null; timestamp?: number }

export function acledRow(inc: IncidentRecord, options: AcledOptions = {}): Record<(typeof ACLED_COLUMNS)[number], string | number | null> {
  const i1 = inter(inc.actor1Category);
  const i2 = inter(inc.actor2Category);
  const perSource = [...new Map(inc.figures.filter((f) => f.kind === 'killed').map((f) => [`${f.source}`, f])).values()]
    .map((f) => `${f.source}: ${f.max === null ? `≥ ${f.min}` : f.max === f.min ? f.min : `${f.min}–${f.max}`} killed`);
  const notes = [
    `${inc.subType}${inc.location ? ` in ${inc.location}` : ''}${inc.dateStart ? ` on ${inc.dateStart}` : ''}.`,
    perSource.length ? `Figures by source: ${perSource.join('; ')}.` : '',
    inc.contradiction ? 'Sources contradict each other on the figures.' : '',
    `${inc.articles.length} article(s).`,
  ].filter(Boolean).join(' ');
  return {
    event_id_cnty: `${inc.country ?? 'XX'}${inc.id.slice(4, 12)}`,
    event_date: acledDate(inc.dateStart),
    year: inc.dateStart ? Number(inc.dateStart.slice(0, 4)) : null,
    time_precision: timePrecision(inc.datePrecision),
    event_type: inc.type,
    sub_event_type: inc.subType,
    actor1: inc.actor1, inter1: i1 || null, actor2: inc.actor2, inter2: i2 || null,
    interaction: interaction(i1, i2),
    iso: inc.country ? ISO_NUMERIC[inc.country] ?? null : null,
    country: inc.country ? options.countryName?.(inc.country) ?? inc.country : null,
    admin1: inc.admin1,
    location: inc.location,
    latitude: coord(inc.lat), longitude: coord(inc.lon), geo_precision: inc.geoPrecision,
    source: inc.sources.join('; '),
    source_scale: inc.sources.length > 1 ? 'Other-Multiple' : 'Other',
    notes,
    fatalities: inc.fatalities,
    tags: inc.contradiction ? 'contradicting sources' : '',
    timestamp: options.timestamp ?? 0,
  };
}

export function acledCsv(incidents: readonly IncidentRecord[], options: AcledOptions = {}): string {
  const lines = [ACLED_COLUMNS.join(',')];
  for (const inc of incidents) { const r = acledRow(inc, options); lines.push(csvLine(ACLED_COLUMNS.map((c) => r[c]))); }
  return `${lines.join('\n')}\n`;
}
