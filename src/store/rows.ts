/**
 * From an extraction to the rows the store indexes: one per event, with the figures each source gives.
 * "Selon le ministère de l'Intérieur, au moins huit…" → figure {killed, 8, open, source: ministère de l'Intérieur}.
 */
import type { Event, Extraction } from '../core/schema.js';
import { foldName as fold } from '../geo/fold.js';
import type { EventRow, MergeEvent } from './store.js';

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
