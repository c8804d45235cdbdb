/**
 * eventwire export --format acled-csv|geojson|jsonl [--db FILE] [--out FILE] [query filters…]
 * One row / feature / line per incident.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../geo/index.js';
import { GAZETTEER_FILE } from '../extract/geocoder.js';
import { countryByCode } from '../geo/index.js';
import { acledCsv } from '../export/acled.js';
import { incidentsGeoJson } from '../export/geojson.js';
import { DEFAULT_DB, openStore } from '../store/open.js';
import { filterFrom, FILTER_OPTIONS } from './query-command.js';

export async function exportCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: false, options: { db: { type: 'string', default: DEFAULT_DB }, format: { type: 'string', default: 'jsonl' }, out: { type: 'string' }, ...FILTER_OPTIONS } });
  } catch (err) {
    process.stderr.write(`eventwire: ${(err as Error).message}\nusage: eventwire export --format acled-csv|geojson|jsonl [--db FILE] [--out FILE] [filters]\n`);
    return 2;
  }
  const { values } = parsed;
  const format = values.format!;
  if (!['acled-csv', 'geojson', 'jsonl'].includes(format)) {
    process.stderr.write(`eventwire: --format: expected acled-csv, geojson or jsonl, found "${format}"\n`);
    return 2;
  }
  const filter = filterFrom(values);
  if (typeof filter === 'string') { process.stderr.write(`eventwire: ${filter}\n`); return 2; }
  const store = openStore(values.db);
  try {
    const incidents = await store.queryIncidents(filter);
    let out: string;
    if (format === 'acled-csv') {
      let countryName: ((iso2: string) => string | null) | undefined;
      try { const gaz = loadGazetteer(GAZETTEER_FILE); countryName = (c) => countryByCode(gaz, c)?.name ?? null; } catch { countryName = undefined; }
      out = acledCsv(incidents, { countryName, timestamp: Math.floor(Date.now() / 1000) });
    } else if (format === 'geojson') out = `${JSON.stringify(incidentsGeoJson(incidents))}\n`;
    else out = incidents.map((i) => JSON.stringify(i)).join('\n') + (incidents.length ? '\n' : '');
    if (values.out) writeFileSync(values.out, out); else process.stdout.write(out);
    process.stderr.write(`eventwire: ${incidents.length} incident(s) exported\n`);
    return 0;
  } finally { await store.close(); }
}
