/**
 * Geoparsing (GeoWebNews, TR-News, LGL, GeoVirus): scored by the geocoding engineer's
 * `src/geo/eval-geoparsing.ts` (`scoreGeoparsing(dataDir)`), imported at run time so that this
 * module builds whether or not that file is there yet. Its report is taken as it is, given our
 * status and time; absent, the set is `missing-data` with a note saying why.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Metric, ScoreResult, SetScorer } from '../types.js';

interface GeoReport { set?: string; metrics: Metric[]; errors?: string[]; notes?: string[] }
type GeoModule = { scoreGeoparsing?: (dataDir: string, options?: { limit: number | null }) => Promise<GeoReport> };

/** The compiled module next to ours, or its TypeScript source when run through tsx. */
function geoScorerUrl(): URL | null {
  const js = new URL('../../geo/eval-geoparsing.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return js;
  const ts = new URL('../../geo/eval-geoparsing.ts', import.meta.url);
  return existsSync(fileURLToPath(ts)) ? js : null;
}

/** Turns whatever the geo scorer returned into our result, keeping only well-formed metrics. */
export function adoptGeoReport(report: GeoReport): ScoreResult {
  if (!report || !Array.isArray(report.metrics)) throw new Error(`scoreGeoparsing: expected { metrics: Metric[] }, found ${JSON.stringify(report)?.slice(0, 60)}`);
  const metrics = report.metrics.filter((m) => typeof m?.name === 'string' && Number.isFinite(m.value) && Number.isFinite(m.n));
  const dropped = report.metrics.length - metrics.length;
  const notes = [...(report.notes ?? []), ...(dropped ? [`${dropped} malformed metric(s) dropped`] : [])];
  return { metrics, ...(report.errors ? { errors: report.errors.slice(0, 10) } : {}), ...(notes.length ? { notes } : {}) };
}

export const geoparsing: SetScorer = {
  set: 'geoparsing',
  lang: 'en',
  folder: 'geoparsing',
  // Toponym recognition and resolution use the gazetteer only, not a language pack.
  needsPack: false,
  headline: ['GeoWebNews resolution accuracy@161km', 'LGL resolution accuracy@161km', 'TR-News resolution accuracy@161km', 'GeoWebNews recognition F1'],
  async score(ctx) {
    const url = geoScorerUrl();
    if (!url) return { status: 'missing-data', metrics: [], notes: ['src/geo/eval-geoparsing.ts is not there yet (the geocoding engineer writes it)'] };
    const mod = (await import(url.href)) as GeoModule;
    if (typeof mod.scoreGeoparsing !== 'function') throw new Error(`${url.pathname}: expected an exported function scoreGeoparsing(dataDir), found none`);
    const result = adoptGeoReport(await mod.scoreGeoparsing(ctx.dataDir, { limit: ctx.limit }));
    if (ctx.limit !== null) result.notes = [...(result.notes ?? []), '--limit is passed on; the geo scorer may score every document regardless'];
    return result;
  },
};
