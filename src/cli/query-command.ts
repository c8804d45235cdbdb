/**
 * eventwire query [--db FILE] [--text WORDS] [--type T] [--country CC] [--place NAME] [--from D] [--to D]
 *                 [--min-killed N] [--bbox minLon,minLat,maxLon,maxLat] [--limit N] [--format table|json|csv]
 * Incidents matching every filter. `--text` searches the articles (diacritics ignored: "interieur"
 * finds "l'Intérieur"); each word is quoted, so punctuation never breaks the query.
 */
import { parseArgs } from 'node:util';
import { csvLine } from '../export/acled.js';
import { DEFAULT_DB, openStore } from '../store/open.js';
import type { IncidentRecord, QueryFilter } from '../store/store.js';

export const FILTER_OPTIONS = {
  text: { type: 'string' }, type: { type: 'string' }, country: { type: 'string' }, place: { type: 'string' },
  from: { type: 'string' }, to: { type: 'string' }, 'min-killed': { type: 'string' }, bbox: { type: 'string' }, limit: { type: 'string' },
} as const;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The filter the options describe, or the usage error. */
export function filterFrom(v: Record<string, string | boolean | undefined>): QueryFilter | string {
  const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : null);
  for (const k of ['from', 'to']) if (s(k) && !DATE.test(s(k)!)) return `--${k}: expected YYYY, YYYY-MM or YYYY-MM-DD, found "${s(k)}"`;
  const minKilled = s('min-killed') === null ? null : Number(s('min-killed'));
  if (minKilled !== null && !(Number.isInteger(minKilled) && minKilled >= 0)) return `--min-killed: expected a whole number ≥ 0, found "${s('min-killed')}"`;
  let bbox: QueryFilter['bbox'] = null;
  if (s('bbox')) {
    const n = s('bbox')!.split(',').map(Number);
    if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return `--bbox: expected minLon,minLat,maxLon,maxLat, found "${s('bbox')}"`;
    bbox = n as [number, number, number, number];
  }
  const limit = s('limit') === null ? null : Number(s('limit'));
  if (limit !== null && !(Number.isInteger(limit) && limit > 0)) return `--limit: expected a whole number > 0, found "${s('limit')}"`;
  // `--to 2022-01` means up to the end of January: compare against the padded upper bound.
  const to = s('to');
  return {
    text: s('text'), type: s('type'), country: s('country'), place: s('place'), from: s('from'),
    to: to ? (to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to) : null, minKilled, bbox, limit,
  };
}

const range = (min: number | null, max: number | null) => (min === null ? '—' : max === null ? `≥${min}` : min === max ? `${min}` : `${min}–${max}`);

export function incidentLine(i: IncidentRecord): string {
  const figures = [...new Map(i.figures.filter((f) => f.kind === 'killed').map((f) => [f.source, f])).values()]
    .map((f) => `${f.source}: ${range(f.min, f.max)} killed`).join('; ');
  return [
    i.id, `${i.dateStart ?? '?'}${i.datePrecision && i.datePrecision !== 'day' ? ` (${i.datePrecision})` : ''}`, `${i.type} / ${i.subType}`,
    `${i.location ?? '?'}${i.country ? `, ${i.country}` : ''}`, `killed ${range(i.killedMin, i.killedMax)}${i.contradiction ? ' ⚠ sources contradict' : ''}`,
    `${i.articles.length} article(s)`, figures,
  ].filter(Boolean).join('  |  ');
}

const CSV_COLUMNS = ['id', 'date_start', 'date_end', 'date_precision', 'type', 'sub_type', 'country', 'admin1', 'location', 'latitude', 'longitude',
  'killed_min', 'killed_max', 'injured_min', 'injured_max', 'fatalities', 'contradiction', 'articles', 'sources'];

export async function queryCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { db: { type: 'string', default: DEFAULT_DB }, format: { type: 'string', default: 'table' }, ...FILTER_OPTIONS } });
  } catch (err) {
    process.stderr.write(`eventwire: ${(err as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const format = values.format!;
  if (!['table', 'json', 'csv'].includes(format)) { process.stderr.write(`eventwire: --format: expected table, json or csv, found "${format}"\n`); return 2; }
  const filter = filterFrom({ ...values, text: values.text ?? (positionals.length ? positionals.join(' ') : undefined) });
  if (typeof filter === 'string') { process.stderr.write(`eventwire: ${filter}\n`); return 2; }
  const store = openStore(values.db);
  try {
    const incidents = await store.queryIncidents(filter);
    if (format === 'json') process.stdout.write(`${JSON.stringify(incidents, null, 2)}\n`);
    else if (format === 'csv') {
      process.stdout.write(`${CSV_COLUMNS.join(',')}\n`);
      for (const i of incidents) {
        process.stdout.write(`${csvLine([i.id, i.dateStart, i.dateEnd, i.datePrecision, i.type, i.subType, i.country, i.admin1, i.location, i.lat, i.lon,
          i.killedMin, i.killedMax, i.injuredMin, i.injuredMax, i.fatalities, i.contradiction ? 1 : 0, i.articles.length, i.sources.join('; ')])}\n`);
      }
    } else for (const i of incidents) process.stdout.write(`${incidentLine(i)}\n`);
    process.stderr.write(`eventwire: ${incidents.length} incident(s)\n`);
    return 0;
  } finally { await store.close(); }
}
