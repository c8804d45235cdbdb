/**
 * The catalog held in memory: event rows sorted once by date, incidents grouped on demand,
 * an inverted index of article words for search. 100,000 events filter in a few milliseconds;
 * the HTTP layer caches serialized answers per query and catalog version.
 *   add(article, extraction) → rows ev1…evN, incident "Riots at Almaty on 2022-01-05"
 */
import { createHash } from 'node:crypto';
import type { Article } from '../core/article.js';
import type { Count, Event, EventType, Extraction } from '../core/schema.js';
import { EventTypeSchema } from '../core/schema.js';
import { foldName } from '../geo/fold.js';
import type {
  ArticleDetail, Catalog, Contradiction, EventFilter, EventRow, Facets, IncidentDetail, IncidentRow, Page, PageOf,
  Points, SearchHit, SourceFigure,
} from './catalog.js';

const TYPES = EventTypeSchema.options;

interface StoredArticle { article: Article; extraction: Extraction; rows: EventRow[] }

/** "2022-01" → ["2022-01-01", "2022-01-31"]; "2022" → whole year. */
export function padRange(start: string, end: string): [string, string] {
  const lo = start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
  let hi = end;
  if (end.length === 4) hi = `${end}-12-31`;
  else if (end.length === 7) {
    const [y, m] = end.split('-').map(Number) as [number, number];
    hi = `${end}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return [lo, hi];
}

function killedOf(counts: Count[], kind: Count['kind']): { min: number; max: number | null } {
  let min = 0;
  let max: number | null = 0;
  for (const c of counts) {
    if (c.kind !== kind) continue;
    if (c.min > min) min = c.min;
    if (max !== null) max = c.max === null ? null : Math.max(max, c.max);
  }
  return { min, max };
}

function sourceNames(x: Extraction, ids: string[]): string[] {
  const names: string[] = [];
  for (const id of ids) {
    const a = x.attributions.find((at) => at.id === id);
    if (!a) continue;
    names.push(a.via.length > 0 ? `${a.speaker.text} via ${a.via.map((v) => v.text).join(', ')}` : a.speaker.text);
  }
  return names;
}

function shortHash(s: string): string {
  return createHash('sha1').update(s).digest('hex').slice(0, 12);
}

/** Events at the same place, on the same first day, of the same type, are one incident; a casualty
 * report joins the incident of the event it reports on. */
function incidentKey(e: Event, x: Extraction, date: string | null): string {
  let ev = e;
  for (let hops = 0; ev.partOf && hops < 5; hops++) {
    const parent = x.events.find((p) => p.id === ev.partOf);
    if (!parent) break;
    ev = parent;
  }
  const p = ev.where?.place;
  const where = p ? (p.geonameId !== null ? `g${p.geonameId}` : `${p.country}:${foldName(p.name)}`) : `doc:${x.doc.id}`;
  return `${ev.type}|${where}|${date ?? `undated:${x.doc.id}`}`;
}

function rowOf(x: Extraction, e: Event, article: Article, incidentOf?: ReadonlyMap<string, string>): EventRow {
  const place = e.where?.place ?? null;
  const range = e.when ? padRange(e.when.start, e.when.end) : null;
  const killed = killedOf(e.counts, 'killed');
  const injured = killedOf(e.counts, 'injured');
  return {
    id: `${x.doc.id}:${e.id}`,
    articleId: x.doc.id,
    eventId: e.id,
    incidentId: incidentOf?.get(e.id) ?? `i${shortHash(incidentKey(e, x, range?.[0] ?? null))}`,
    type: e.type,
    subType: e.subType,
    tags: e.tags,
    date: range?.[0] ?? null,
    dateEnd: range?.[1] ?? null,
    datePrecision: e.when?.precision ?? null,
    country: place?.country ?? e.actor1?.country ?? null,
    countryName: place?.countryName ?? null,
    place: place?.name ?? null,
    admin1: place?.admin1 ?? null,
    geonameId: place?.geonameId ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    geoPrecision: place?.precision ?? null,
    killed: killed.min,
    killedMax: killed.max,
    injured: injured.min,
    actor1: e.actor1?.name ?? null,
    actor2: e.actor2?.name ?? null,
    sources: sourceNames(x, e.sources),
    trigger: e.trigger.text,
    confidence: e.confidence,
    partOf: e.partOf,
    title: article.title ?? x.doc.title ?? leadOf(article.text),
    articleDate: x.doc.date?.value ?? null,
  };
}

/** A headline for an untitled article: its first sentence, cut at 90 characters. */
export function leadOf(text: string): string {
  const first = text.trim().split(/(?<=[.!?])\s|\n/)[0] ?? '';
  return first.length > 90 ? `${first.slice(0, 88).replace(/\s+\S*$/, '')}…` : first;
}

function words(text: string): string[] {
  return foldName(text).split(' ').filter((w) => w.length > 1);
}

const DAY_MS = 86_400_000;
const dayNumber = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY_MS);
const NO_DAY = -2_000_000_000;

/** Everything a query scans, in columns indexed like `byDate`: a filter over 100,000 events reads
 * a few typed arrays instead of 100,000 objects. */
interface Built {
  /** rows sorted by date, newest first (undated last) */
  byDate: EventRow[];
  type: Uint8Array;
  country: Int32Array;
  countries: Map<string, number>;
  place: Int32Array;
  admin1: Int32Array;
  places: Map<string, number>;
  geoname: Int32Array;
  killed: Float64Array;
  from: Int32Array;
  to: Int32Array;
  /** folded word of a row's title, place, actors, type and sources → row numbers, ascending; keys sorted */
  vocab: Map<string, number[]>;
  vocabKeys: string[];
  incidents: Map<string, { row: IncidentRow; events: EventRow[] }>;
}

export class MemoryCatalog implements Catalog {
  #version = 0;
  readonly #articles = new Map<string, StoredArticle>();
  /** folded word → article ids */
  readonly #words = new Map<string, Set<string>>();
  #built: Built | null = null;

  get version(): number {
    return this.#version;
  }

  get size(): number {
    return this.#articles.size;
  }

  /** `incidentOf` (event id → incident id) keeps incidents merged elsewhere (the store); without it,
   * events at one place, day and type are grouped here. */
  add(article: Article, extraction: Extraction, incidentOf?: ReadonlyMap<string, string>): void {
    const id = extraction.doc.id;
    if (this.#articles.has(id)) this.#unindex(id);
    const rows = extraction.events.map((e) => rowOf(extraction, e, article, incidentOf));
    this.#articles.set(id, { article, extraction, rows });
    for (const w of new Set(words(`${article.title ?? ''} ${article.text}`))) {
      let set = this.#words.get(w);
      if (!set) this.#words.set(w, (set = new Set()));
      set.add(id);
    }
    this.#version++;
    this.#built = null;
  }

  #unindex(id: string): void {
    for (const set of this.#words.values()) set.delete(id);
  }

  #build(): Built {
    if (this.#built) return this.#built;
    const all: EventRow[] = [];
    for (const a of this.#articles.values()) for (const r of a.rows) all.push(r);
    all.sort((x, y) => (x.date === y.date ? (x.id < y.id ? -1 : 1) : x.date === null ? 1 : y.date === null ? -1 : x.date < y.date ? 1 : -1));
    const n = all.length;
    const typeIndex = new Map<string, number>(TYPES.map((t, i) => [t, i]));
    const countries = new Map<string, number>();
    const places = new Map<string, number>();
    const code = (map: Map<string, number>, key: string | null) => {
      if (key === null) return -1;
      let i = map.get(key);
      if (i === undefined) map.set(key, (i = map.size));
      return i;
    };
    const b: Built = {
      byDate: all, type: new Uint8Array(n), country: new Int32Array(n), countries, place: new Int32Array(n), admin1: new Int32Array(n), places,
      geoname: new Int32Array(n), killed: new Float64Array(n), from: new Int32Array(n), to: new Int32Array(n),
      vocab: new Map(), vocabKeys: [], incidents: new Map(),
    };
    const foldCache = new Map<string, string>();
    const fold = (s: string | null) => {
      if (s === null) return null;
      let f = foldCache.get(s);
      if (f === undefined) foldCache.set(s, (f = foldName(s)));
      return f;
    };
    for (let i = 0; i < n; i++) {
      const r = all[i]!;
      b.type[i] = typeIndex.get(r.type) ?? 255;
      b.country[i] = code(countries, r.country);
      b.place[i] = code(places, fold(r.place));
      b.admin1[i] = code(places, fold(r.admin1));
      b.geoname[i] = r.geonameId ?? -1;
      b.killed[i] = r.killed;
      b.from[i] = r.date ? dayNumber(r.date) : NO_DAY;
      b.to[i] = r.dateEnd ? dayNumber(r.dateEnd) : NO_DAY;
      const seen = new Set<string>();
      for (const field of [r.title, r.place, r.admin1, r.countryName, r.country, r.actor1, r.actor2, r.type, r.subType, r.trigger, ...r.sources, ...r.tags]) {
        const f = fold(field ?? null);
        if (!f) continue;
        for (const w of f.split(' ')) {
          if (w.length === 0 || seen.has(w)) continue;
          seen.add(w);
          let list = b.vocab.get(w);
          if (!list) b.vocab.set(w, (list = []));
          list.push(i);
        }
      }
    }
    b.vocabKeys = [...b.vocab.keys()].sort();
    const groups = new Map<string, EventRow[]>();
    for (const r of all) {
      let g = groups.get(r.incidentId);
      if (!g) groups.set(r.incidentId, (g = []));
      g.push(r);
    }
    for (const [id, events] of groups) b.incidents.set(id, { row: this.#incidentRow(id, events), events });
    this.#built = b;
    return b;
  }

  /** Row numbers whose words start with every query word ("alma" finds Almaty). */
  #textMatches(b: Built, text: string): Uint8Array | null {
    const ws = words(text);
    if (ws.length === 0) return null;
    const hits = new Uint8Array(b.byDate.length);
    for (let j = 0; j < ws.length; j++) {
      const w = ws[j]!;
      let lo = 0;
      let hi = b.vocabKeys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (b.vocabKeys[mid]! < w) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < b.vocabKeys.length && b.vocabKeys[k]!.startsWith(w); k++) {
        for (const i of b.vocab.get(b.vocabKeys[k]!)!) if (hits[i] === j) hits[i] = j + 1;
      }
    }
    for (let i = 0; i < hits.length; i++) hits[i] = hits[i] === ws.length ? 1 : 0;
    return hits;
  }

  #figures(events: EventRow[]): SourceFigure[] {
    const figures: SourceFigure[] = [];
    for (const r of events) {
      const x = this.#articles.get(r.articleId)!.extraction;
      const e = x.events.find((ev) => ev.id === r.eventId)!;
      for (const c of e.counts) {
        const at = c.sourceId ? x.attributions.find((a) => a.id === c.sourceId) : undefined;
        figures.push({
          source: at ? at.speaker.text : (x.doc.source ?? 'the article'),
          articleId: r.articleId, eventId: r.eventId, kind: c.kind, category: c.who?.category ?? null, min: c.min, max: c.max, evidence: c.evidence,
        });
      }
    }
    return figures;
  }

  #contradictions(figures: SourceFigure[]): Contradiction[] {
    const out: Contradiction[] = [];
    const byKind = new Map<string, SourceFigure[]>();
    for (const f of figures) {
      let list = byKind.get(f.kind);
      if (!list) byKind.set(f.kind, (list = []));
      list.push(f);
    }
    for (const [kind, list] of byKind) {
      // two figures contradict when their ranges cannot both be true: [min, max] do not overlap
      const clash: SourceFigure[] = [];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if (a.articleId === b.articleId && a.source === b.source) continue;
          // eight soldiers and dozens of assailants are two groups, not two versions of one figure
          const generic = (c: string | null) => c === null || c === 'people';
          if (a.category !== b.category && !generic(a.category) && !generic(b.category)) continue;
          const disjoint = (a.max !== null && a.max < b.min) || (b.max !== null && b.max < a.min);
          if (disjoint) for (const f of [a, b]) if (!clash.includes(f)) clash.push(f);
        }
      }
      if (clash.length > 0) {
        const shown = clash.map((f) => `${f.source}: ${f.min}${f.max === null ? '+' : f.max !== f.min ? `–${f.max}` : ''}`).join('; ');
        out.push({ kind: kind as Count['kind'], message: `sources disagree on ${kind}: ${shown}`, figures: clash });
      }
    }
    return out;
  }

  #incidentRow(id: string, events: EventRow[]): IncidentRow {
    const first = events.find((e) => e.lat !== null) ?? events[0]!;
    let killed = 0;
    let killedMax: number | null = 0;
    const sources = new Set<string>();
    const articles = new Set<string>();
    for (const e of events) {
      killed = Math.max(killed, e.killed);
      if (killedMax !== null) killedMax = e.killedMax === null ? null : Math.max(killedMax, e.killedMax);
      for (const s of e.sources) sources.add(s);
      articles.add(e.articleId);
    }
    const dates = events.map((e) => e.date).filter((d): d is string => d !== null).sort();
    const ends = events.map((e) => e.dateEnd).filter((d): d is string => d !== null).sort();
    return {
      id, type: first.type, date: dates[0] ?? null, dateEnd: ends.at(-1) ?? null,
      country: first.country, countryName: first.countryName, place: first.place, lat: first.lat, lon: first.lon,
      // counted when the row is shown (#withContradictions): figures are read from the extractions
      killed, killedMax, events: events.length, articles: articles.size, sources: [...sources], contradictions: -1,
      title: first.title,
    };
  }

  #withContradictions(row: IncidentRow, events: EventRow[]): IncidentRow {
    if (row.contradictions < 0) row.contradictions = events.length > 1 ? this.#contradictions(this.#figures(events)).length : 0;
    return row;
  }

  /** The row numbers (in date order) that pass the filter. */
  #select(filter: EventFilter, ignoreDates = false): number[] | null {
    const b = this.#build();
    const n = b.byDate.length;
    const tests: ((i: number) => boolean)[] = [];
    if (filter.types && filter.types.length > 0) {
      const ok = new Uint8Array(256);
      for (const t of filter.types) ok[TYPES.indexOf(t)] = 1;
      tests.push((i) => ok[b.type[i]!] === 1);
    }
    if (filter.countries && filter.countries.length > 0) {
      const codes = new Set(filter.countries.map((c) => b.countries.get(c.toUpperCase()) ?? -9));
      tests.push((i) => codes.has(b.country[i]!));
    }
    if (filter.place) {
      const p = filter.place.trim();
      if (/^\d+$/.test(p)) {
        const id = Number(p);
        tests.push((i) => b.geoname[i] === id);
      } else {
        const c = b.places.get(foldName(p)) ?? -9;
        tests.push((i) => b.place[i] === c || b.admin1[i] === c);
      }
    }
    if (!ignoreDates && filter.from) {
      const from = dayNumber(filter.from);
      tests.push((i) => b.to[i] !== NO_DAY && b.to[i]! >= from);
    }
    if (!ignoreDates && filter.to) {
      const to = dayNumber(filter.to);
      tests.push((i) => b.from[i] !== NO_DAY && b.from[i]! <= to);
    }
    if (filter.minKilled !== undefined && filter.minKilled > 0) {
      const k = filter.minKilled;
      tests.push((i) => b.killed[i]! >= k);
    }
    if (filter.text && filter.text.trim() !== '') {
      const hits = this.#textMatches(b, filter.text);
      if (hits) tests.push((i) => hits[i] === 1);
    }
    if (tests.length === 0) return null;
    const out: number[] = [];
    outer: for (let i = 0; i < n; i++) {
      for (const t of tests) if (!t(i)) continue outer;
      out.push(i);
    }
    return out;
  }

  allEvents(filter: EventFilter): EventRow[] {
    const b = this.#build();
    const sel = this.#select(filter);
    return sel ? sel.map((i) => b.byDate[i]!) : b.byDate;
  }

  events(filter: EventFilter, page: Page): PageOf<EventRow> {
    const rows = this.allEvents(filter);
    const sorted = sortRows(rows, page.sort, (r) => r.killed, (r) => r.date);
    return { total: rows.length, limit: page.limit, offset: page.offset, items: sorted.slice(page.offset, page.offset + page.limit) };
  }

  incidents(filter: EventFilter, page: Page): PageOf<IncidentRow> {
    const b = this.#build();
    const ids = new Set<string>();
    const rows: IncidentRow[] = [];
    for (const r of this.allEvents(filter)) {
      if (ids.has(r.incidentId)) continue;
      ids.add(r.incidentId);
      rows.push(b.incidents.get(r.incidentId)!.row);
    }
    const sorted = sortRows(rows, page.sort, (r) => r.killed, (r) => r.date);
    const items = sorted.slice(page.offset, page.offset + page.limit).map((r) => this.#withContradictions(r, b.incidents.get(r.id)!.events));
    return { total: rows.length, limit: page.limit, offset: page.offset, items };
  }

  incident(id: string): IncidentDetail | null {
    const g = this.#build().incidents.get(id);
    if (!g) return null;
    const figures = this.#figures(g.events);
    const byArticle = new Map<string, IncidentDetail['sources'][number]>();
    for (const e of g.events) {
      let col = byArticle.get(e.articleId);
      if (!col) {
        const a = this.#articles.get(e.articleId)!;
        byArticle.set(e.articleId, (col = { articleId: e.articleId, title: e.title, date: a.extraction.doc.date?.value ?? null, sources: [], events: [], figures: [] }));
      }
      col.events.push(e.eventId);
      for (const s of e.sources) if (!col.sources.includes(s)) col.sources.push(s);
    }
    for (const f of figures) byArticle.get(f.articleId)!.figures.push(f);
    return { incident: this.#withContradictions(g.row, g.events), events: g.events, sources: [...byArticle.values()], contradictions: this.#contradictions(figures) };
  }

  article(id: string): ArticleDetail | null {
    const a = this.#articles.get(id);
    if (!a) return null;
    return { id, text: a.article.text, extraction: a.extraction, incidents: [...new Set(a.rows.map((r) => r.incidentId))] };
  }

  facets(filter: EventFilter): Facets {
    const rows = this.allEvents(filter);
    const byType: Record<string, number> = {};
    for (const t of TYPES) byType[t] = 0;
    const byCountry = new Map<string, { country: string; name: string | null; count: number }>();
    for (const r of rows) {
      byType[r.type] = (byType[r.type] ?? 0) + 1;
      if (r.country) {
        let c = byCountry.get(r.country);
        if (!c) byCountry.set(r.country, (c = { country: r.country, name: r.countryName, count: 0 }));
        c.count++;
        if (!c.name && r.countryName) c.name = r.countryName;
      }
    }
    const b = this.#build();
    const sel = this.#select(filter, true);
    const dayRows = sel ? sel.map((i) => b.byDate[i]!) : b.byDate;
    const days = new Map<string, Record<string, number>>();
    for (const r of dayRows) {
      if (!r.date) continue;
      let c = days.get(r.date);
      if (!c) days.set(r.date, (c = {}));
      c[r.type] = (c[r.type] ?? 0) + 1;
    }
    return {
      total: rows.length,
      byType,
      byCountry: [...byCountry.values()].sort((a, b) => b.count - a.count || a.country.localeCompare(b.country)),
      byDay: [...days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, counts]) => ({ day, counts })),
    };
  }

  points(filter: EventFilter): Points {
    const rows = this.allEvents(filter);
    const articles: string[] = [];
    const articleIndex = new Map<string, number>();
    const places: string[] = [];
    const placeIndex = new Map<string, number>();
    const p: Points = { total: 0, types: [...TYPES], articles, places, p: [], lat: [], lon: [], t: [], k: [], d: [], a: [], e: [] };
    const typeIndex = new Map<string, number>(TYPES.map((t, i) => [t, i]));
    for (const r of rows) {
      if (r.lat === null || r.lon === null) continue;
      let ai = articleIndex.get(r.articleId);
      if (ai === undefined) {
        ai = articles.length;
        articles.push(r.articleId);
        articleIndex.set(r.articleId, ai);
      }
      const name = r.place ?? '';
      let pi = placeIndex.get(name);
      if (pi === undefined) {
        pi = places.length;
        places.push(name);
        placeIndex.set(name, pi);
      }
      p.p.push(pi);
      p.lat.push(Math.round(r.lat * 1e3) / 1e3);
      p.lon.push(Math.round(r.lon * 1e3) / 1e3);
      p.t.push(typeIndex.get(r.type)!);
      p.k.push(r.killed);
      p.d.push(r.date ? dayNumber(r.date) : -1);
      p.a.push(ai);
      p.e.push(Number(r.eventId.replace(/^\D+/, '')) || 0);
    }
    p.total = p.lat.length;
    return p;
  }

  search(q: string, limit: number, offset: number): PageOf<SearchHit> {
    const ws = words(q);
    if (ws.length === 0) return { total: 0, limit, offset, items: [] };
    let ids: string[] | null = null;
    for (const w of ws) {
      const set: Set<string> = this.#words.get(w) ?? new Set<string>();
      ids = ids === null ? [...set] : ids.filter((id: string) => set.has(id));
    }
    const hits: SearchHit[] = [];
    for (const id of ids ?? []) {
      const a = this.#articles.get(id)!;
      hits.push(hitOf(a, ws));
    }
    hits.sort((x, y) => y.score - x.score || ((y.date ?? '') < (x.date ?? '') ? -1 : 1));
    return { total: hits.length, limit, offset, items: hits.slice(offset, offset + limit) };
  }
}

function sortRows<T>(rows: T[], sort: Page['sort'], killed: (r: T) => number, date: (r: T) => string | null): T[] {
  if (sort === '-date') return rows; // rows come newest first
  const out = rows.slice();
  if (sort === 'date') out.reverse();
  else if (sort === '-killed') out.sort((a, b) => killed(b) - killed(a));
  else if (sort === 'killed') out.sort((a, b) => killed(a) - killed(b));
  if (sort === 'date') {
    // undated rows stay last in both directions
    const dated = out.filter((r) => date(r) !== null);
    return dated.concat(out.filter((r) => date(r) === null));
  }
  return out;
}

/** Each word found in the text (folded, so "Almaty" finds "ALMATY"), scored by occurrences; the
 * snippet is the text around the first one, with offsets into the article text. */
function hitOf(a: StoredArticle, ws: string[]): SearchHit {
  const text = a.article.text;
  const highlights: { start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  const wanted = new Set(ws);
  for (const m of text.matchAll(re)) {
    if (wanted.has(foldName(m[0]))) highlights.push({ start: m.index!, end: m.index! + m[0].length });
    if (highlights.length >= 200) break;
  }
  const first = highlights[0]?.start ?? 0;
  const from = Math.max(0, first - 80);
  const to = Math.min(text.length, first + 160);
  return {
    articleId: a.extraction.doc.id,
    title: a.article.title,
    date: a.extraction.doc.date?.value ?? null,
    score: highlights.length,
    snippet: `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
    highlights,
  };
}

export function isEventType(s: string): s is EventType {
  return (TYPES as readonly string[]).includes(s);
}
