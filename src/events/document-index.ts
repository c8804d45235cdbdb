/**
 * What event assembly looks up for each frame, indexed once per document so that a frame costs
 * what its own sentence holds, not what the whole article holds (an article with 50,000 sentences
 * must not take 50,000² steps).
 */
import type { Attribution, Count, Entity, Evidence, TimeExpression } from '../core/schema.js';
import type { CountryCue, DocumentPlaces, PlaceMention } from '../extract/places.js';

export interface OrganisationMention { start: number; end: number; evidence: Evidence; entity: Entity }

export interface DocumentIndex {
  countsBySentence: Map<number, Count[]>;
  timesBySentence: Map<number, TimeExpression[]>;
  sourcesBySentence: Map<number, string[]>;
  countryCueBySentence: Map<number, CountryCue>;
  /** Place mentions that locate (not those acting as actors), sorted by start. */
  places: PlaceMention[];
  /** Admin-1 regions the text names ("Kandahar province"), as "country/name". */
  regions: ReadonlySet<string>;
  /** Places acting as actors ("Moscou et ses alliés"), sorted by start. */
  actingPlaces: PlaceMention[];
  /** Mentions of named organisations, sorted by start. */
  organisations: OrganisationMention[];
}

function group<T>(items: Iterable<T>, key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item); else map.set(k, [item]);
  }
  return map;
}

export function indexDocument(counts: Count[], times: TimeExpression[], attributions: Attribution[], places: DocumentPlaces, entities: Entity[]): DocumentIndex {
  const sourcesBySentence = new Map<number, string[]>();
  for (const a of attributions) for (const s of a.covers) {
    const list = sourcesBySentence.get(s);
    if (list) list.push(a.id); else sourcesBySentence.set(s, [a.id]);
  }
  const countryCueBySentence = new Map<number, CountryCue>();
  for (const c of places.countryCues) if (!countryCueBySentence.has(c.sentence)) countryCueBySentence.set(c.sentence, c);
  const byStart = <T extends { start: number }>(list: T[]) => list.sort((a, b) => a.start - b.start);
  const organisations: OrganisationMention[] = [];
  for (const e of entities) {
    if (e.kind !== 'organisation' || !e.named) continue;
    for (const m of e.mentions) organisations.push({ start: m.start, end: m.end, evidence: m, entity: e });
  }
  return {
    countsBySentence: group(counts, (c) => c.sentence),
    timesBySentence: group(times, (t) => t.sentence),
    sourcesBySentence,
    countryCueBySentence,
    // An institution named for a place ("Jackson Memorial Hospital") is not where anything it hears of happened.
    places: byStart(places.mentions.filter((m) => !m.asActor && !m.institution)),
    regions: new Set(places.mentions.flatMap((m) => (m.place?.kind === 'admin1' ? [`${m.place.country}/${m.place.name}`] : []))),
    actingPlaces: byStart(places.mentions.filter((m) => m.asActor)),
    organisations: byStart(organisations),
  };
}

/** The items of a list sorted by start that start in [from, to) and end by `endBy` (default: to). */
export function startingIn<T extends { start: number; end: number }>(sorted: T[], from: number, to: number, endBy = to): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.start < from) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < to; i++) if (sorted[i]!.end <= endBy) out.push(sorted[i]!);
  return out;
}
