/**
 * From an extraction to the rows the store indexes: one per event, with the figures each source gives.
 * "Selon le ministère de l'Intérieur, au moins huit…" → figure {killed, 8, open, source: ministère de l'Intérieur}.
 */
import type { Event, Extraction } from '../core/schema.js';
import { foldName as fold } from '../geo/fold.js';
import type { EventRow, FailureRow, IncidentRecord, MergeEvent } from './store.js';

/** A database row as both drivers return it: column name → value. */
export type Row = Record<string, unknown>;

export function eventRowOf(hash: string, e: Event): EventRow {
  const place = e.where?.place ?? null;
  const sum = (kind: string) => {
    const cs = e.counts.filter((c) => c.kind === kind);
    if (cs.length === 0) return { min: null, max: null };
    // Several figures of one kind in one event are usually different victim groups: they add up.
    const byCat = new Map<string, { min: number; max: number | null }>();
    for (const c of cs) {
      const k = c.who?.category ?? '';
      const prev = byCat.get(k);
      if (!prev || c.min > prev.min) byCat.set(k, { min: c.min, max: c.max });
    }
    let min = 0; let max: number | null = 0;
    for (const v of byCat.values()) { min += v.min; max = max === null || v.max === null ? null : max + v.max; }
    return { min, max };
  };
  const killed = sum('killed');
  const injured = sum('injured');
  return {
    id: `${hash}:${e.id}`,
    articleHash: hash,
    localId: e.id,
    type: e.type,
    subType: e.subType,
    tags: e.tags,
    partOf: e.partOf ? `${hash}:${e.partOf}` : null,
    dateStart: e.when?.start ?? null,
    dateEnd: e.when?.end ?? null,
    datePrecision: e.when?.precision ?? null,
    weekday: e.when?.weekday ?? null,
    dateRule: e.when?.rule ?? null,
    country: place?.metonymy?.standsFor ?? place?.country ?? null,
    admin1: place?.admin1 ?? null,
    location: place?.name ?? e.where?.mention ?? null,
    geonameId: place?.geonameId ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    geoPrecision: place?.precision ?? null,
    placeKind: place?.kind ?? null,
    actor1: e.actor1?.name ?? null,
    actor1Category: e.actor1?.category ?? null,
    actor2: e.actor2?.name ?? null,
    actor2Category: e.actor2?.category ?? null,
    killedMin: killed.min, killedMax: killed.max,
    injuredMin: injured.min, injuredMax: injured.max,
    confidence: e.confidence,
  };
}

/** Who says it: the attribution's speaker (with its first outlet), else the article's outlet. */
export function sourceLabels(x: Extraction): { byAttribution: Map<string, string>; article: string } {
  const byAttribution = new Map<string, string>();
  for (const a of x.attributions) {
    const via = a.via[0]?.text;
    byAttribution.set(a.id, via && via !== a.speaker.text ? `${a.speaker.text} (via ${via})` : a.speaker.text);
  }
  let host: string | null = null;
  if (x.doc.url) { try { host = new URL(x.doc.url).hostname.replace(/^www\./, ''); } catch { host = null; } }
  return { byAttribution, article: x.doc.source ?? host ?? x.doc.title ?? (x.doc.file ? x.doc.file.split('/').at(-1)! : x.doc.id) };
}

/**
 * Names that identify a happening across articles: the named people mentioned near the event
 * (within `window` characters of its cues). Organisations ("Chicago Police") name the reporters of
 * many happenings and are left out; a round-up article's names stay with the event they are near.
 */
export function significantNames(x: Extraction, e?: Event, window = 400): string[] {
  const names = new Set<string>();
  const cues = e ? [e.trigger, ...e.triggers] : [];
  const near = (m: { start: number; end: number }) => !e || cues.some((c) => m.end >= c.start - window && m.start <= c.end + window);
  for (const en of x.entities) {
    if (!en.named || en.kind !== 'person' || !en.mentions.some(near)) continue;
    const f = fold(en.name);
    if (f.length < 4) continue;
    names.add(f);
    // A person is often named in full once, then by surname: keep the last word too.
    if (en.kind === 'person') { const last = f.split(' ').at(-1)!; if (last.length >= 4 && last !== f) names.add(last); }
  }
  return [...names].sort();
}

export function mergeEventsOf(hash: string, x: Extraction, meta: { date: string | null; lang: string; source: string | null; title: string | null }): MergeEvent[] {
  const labels = sourceLabels(x);
  // The article's main event takes every person the article names; the others, those named near them.
  const main = mainEventOf(x.events.map((e) => ({ localId: e.id, type: e.type, partOf: e.partOf, tags: e.tags })));
  return x.events.map((e) => ({
    ...eventRowOf(hash, e),
    articleDate: meta.date, articleLang: meta.lang, articleSource: labels.article, articleTitle: meta.title,
    names: significantNames(x, e.id === main ? undefined : e),
    figures: e.counts.filter((c) => c.kind === 'killed' || c.kind === 'injured').map((c) => {
      const sourceId = c.sourceId ?? e.sources[0] ?? null;
      return {
        kind: c.kind, min: c.min, max: c.max, category: c.who?.category ?? null,
        source: (sourceId ? labels.byAttribution.get(sourceId) : null) ?? labels.article,
      };
    }),
  }));
}

/**
 * The event an article is mainly about: the first violent or protest event that is not a report on
 * another, else the first event. Scoring maps each article to this event's incident.
 */
export function mainEventOf(events: readonly { localId: string; type: string; partOf: string | null; tags: string[] }[]): string | null {
  const primary = events.find((e) => e.type !== 'Strategic developments' && !e.partOf && !e.tags.includes('casualty-report'));
  return (primary ?? events.find((e) => e.type !== 'Strategic developments') ?? events[0])?.localId ?? null;
}

/** A `failures` row, read back the same way from either back end. */
export function failureOf(r: Row): FailureRow {
  return {
    location: r.location as string, code: r.code as string, message: r.message as string, hash: r.hash as string | null,
    extractorVersion: r.extractor_version as string | null, severity: r.severity === 'warning' ? 'warning' : 'error',
  };
}

/** An `events` row with its merge data, as incident merging reads it from either back end. */
export function mergeEventOf(r: Row): MergeEvent {
  const extra = JSON.parse(r.merge as string) as Pick<MergeEvent, 'articleDate' | 'articleLang' | 'articleSource' | 'articleTitle' | 'names' | 'figures'>;
  return {
    id: r.id as string, articleHash: r.article_hash as string, localId: r.local_id as string, type: r.type as string, subType: r.sub_type as string,
    tags: JSON.parse(r.tags as string) as string[], partOf: r.part_of as string | null,
    dateStart: r.date_start as string | null, dateEnd: r.date_end as string | null, datePrecision: r.date_precision as string | null,
    weekday: r.weekday as string | null, dateRule: r.date_rule as string | null,
    country: r.country as string | null, admin1: r.admin1 as string | null, location: r.location as string | null,
    geonameId: r.geoname_id as number | null, lat: r.lat as number | null, lon: r.lon as number | null,
    geoPrecision: r.geo_precision as number | null, placeKind: r.place_kind as string | null,
    actor1: r.actor1 as string | null, actor1Category: r.actor1_category as string | null,
    actor2: r.actor2 as string | null, actor2Category: r.actor2_category as string | null,
    killedMin: r.killed_min as number | null, killedMax: r.killed_max as number | null,
    injuredMin: r.injured_min as number | null, injuredMax: r.injured_max as number | null,
    confidence: r.confidence as number,
    ...extra,
  };
}

/**
 * Each article's incident (the incident of its main event) and the document ids it was read under,
 * from (article, event, incident) rows ordered by article and event, and (hash, doc_id) input rows.
 */
export function articleIncidentsOf(rows: Row[], inputs: Row[]): { hash: string; docIds: string[]; incident: string | null }[] {
  const docIds = new Map<string, string[]>();
  for (const r of inputs) {
    const list = docIds.get(r.hash as string) ?? [];
    list.push(r.doc_id as string);
    docIds.set(r.hash as string, list);
  }
  const byArticle = new Map<string, { localId: string; type: string; partOf: string | null; tags: string[]; incident: string | null }[]>();
  for (const r of rows) {
    const list = byArticle.get(r.hash as string) ?? [];
    if (r.local_id) list.push({ localId: r.local_id as string, type: r.type as string, partOf: r.part_of as string | null, tags: JSON.parse(r.tags as string) as string[], incident: r.incident_id as string | null });
    byArticle.set(r.hash as string, list);
  }
  return [...byArticle].map(([hash, events]) => {
    const main = mainEventOf(events);
    return { hash, docIds: docIds.get(hash) ?? [], incident: events.find((e) => e.localId === main)?.incident ?? null };
  });
}

/** An `incident_events` row: one member of an incident with the reasons it joined. */
export function memberOf(m: Row): IncidentRecord['members'][number] {
  return { eventId: m.event_id as string, reasons: JSON.parse(m.reasons as string) as string[], impliedDate: m.implied_date as string | null };
}

/** An `incidents` row with its members, read back the same way from either back end. */
export function incidentOf(r: Row, members: IncidentRecord['members']): IncidentRecord {
  const detail = JSON.parse(r.detail as string) as Pick<IncidentRecord, 'articles' | 'sources' | 'figures'>;
  return {
    id: r.id as string, block: r.block as string, type: r.type as string, subType: r.sub_type as string,
    dateStart: r.date_start as string | null, dateEnd: r.date_end as string | null, datePrecision: r.date_precision as string | null,
    country: r.country as string | null, admin1: r.admin1 as string | null, location: r.location as string | null,
    lat: r.lat as number | null, lon: r.lon as number | null, geoPrecision: r.geo_precision as number | null,
    killedMin: r.killed_min as number | null, killedMax: r.killed_max as number | null,
    injuredMin: r.injured_min as number | null, injuredMax: r.injured_max as number | null,
    // PostgreSQL answers a boolean, SQLite 0 or 1
    fatalities: r.fatalities as number, contradiction: r.contradiction === true || r.contradiction === 1,
    actor1: r.actor1 as string | null, actor1Category: r.actor1_category as string | null,
    actor2: r.actor2 as string | null, actor2Category: r.actor2_category as string | null,
    ...detail,
    members,
  };
}
