/**
 * Exports of event rows: ACLED-style CSV (ACLED's column names, one row per event) and GeoJSON
 * (a Point feature per located event). Cells that a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`, `+1`, `@SUM`) are prefixed with a quote: article text is untrusted.
 */
import type { EventRow } from './catalog.js';

const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'actor2', 'country', 'iso', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'notes', 'fatalities', 'tags', 'article_id', 'event_id', 'incident_id',
] as const;

const DISORDER: Readonly<Record<string, string>> = {
  Battles: 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  Riots: 'Political violence',
  Protests: 'Demonstrations',
  'Strategic developments': 'Strategic developments',
};

const TIME_PRECISION = { day: 1, month: 2, year: 3 } as const;

function cell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function acledCsv(rows: EventRow[]): string {
  const lines = [ACLED_COLUMNS.join(',')];
  for (const r of rows) {
    const values: (string | number | null)[] = [
      `${r.country ?? 'XX'}${r.articleId.slice(0, 8)}${r.eventId.replace(/^\D+/, '')}`,
      r.date, r.date ? Number(r.date.slice(0, 4)) : null, r.datePrecision ? TIME_PRECISION[r.datePrecision] : null,
      DISORDER[r.type] ?? null, r.type, r.subType, r.actor1, r.actor2, r.countryName, r.country, r.admin1, r.place,
      r.lat, r.lon, r.geoPrecision, r.sources.join('; '), r.title ?? r.trigger, r.killed, r.tags.join(';'),
      r.articleId, r.eventId, r.incidentId,
    ];
    lines.push(values.map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function geoJson(rows: EventRow[]): unknown {
  return {
    type: 'FeatureCollection',
    features: rows.filter((r) => r.lat !== null && r.lon !== null).map((r) => ({
      type: 'Feature',
      id: r.id,
      geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
      properties: {
        type: r.type, subType: r.subType, date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision,
        country: r.country, place: r.place, admin1: r.admin1, geoPrecision: r.geoPrecision,
        killed: r.killed, killedMax: r.killedMax, injured: r.injured, actor1: r.actor1, actor2: r.actor2,
        sources: r.sources, articleId: r.articleId, eventId: r.eventId, incidentId: r.incidentId, tags: r.tags,
      },
    })),
  };
}
