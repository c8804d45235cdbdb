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

function rowOf(x: Extraction, e: Event, article: Article): EventRow {
  const place = e.where?.place ?? null;
  const range = e.when ? padRange(e.when.start, e.when.end) : null;
  const killed = killedOf(e.counts, 'killed');
  const injured = killedOf(e.counts, 'injured');
  return {
    id: `${x.doc.id}:${e.id}`,
    articleId: x.doc.id,
    eventId: e.id,
    incidentId: `i${shortHash(incidentKey(e, x, range?.[0] ?? null))}`,
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

function haystackOf(r: EventRow): string {
  return ` ${foldName([r.title, r.place, r.admin1, r.countryName, r.country, r.actor1, r.actor2, r.type, r.subType, r.trigger, ...r.sources, ...r.tags].filter(Boolean).join(' '))} `;
}

function words(text: string): string[] {
  return foldName(text).split(' ').filter((w) => w.length > 1);
}

interface Built {
  /** rows sorted by date, newest first (undated last) */
  byDate: EventRow[];
  hay: Map<EventRow, string>;
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

  add(article: Article, extraction: Extraction): void {
    const id = extraction.doc.id;
    if (this.#articles.has(id)) this.#unindex(id);
    const rows = extraction.events.map((e) => rowOf(extraction, e, article));
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
    for (const a of this.#articles.values()) all.push(...a.rows);
    all.sort((x, y) => (x.date === y.date ? (x.id < y.id ? -1 : 1) : x.date === null ? 1 : y.date === null ? -1 : x.date < y.date ? 1 : -1));
    const hay = new Map<EventRow, string>();
    for (const r of all) hay.set(r, haystackOf(r));
    const groups = new Map<string, EventRow[]>();
    for (const r of all) {
      let g = groups.get(r.incidentId);
      if (!g) groups.set(r.incidentId, (g = []));
      g.push(r);
    }
    const incidents = new Map<string, { row: IncidentRow; events: EventRow[] }>();
    for (const [id, events] of groups) incidents.set(id, { row: this.#incidentRow(id, events), events });
    this.#built = { byDate: all, hay, incidents };
    return this.#built;
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
    const contradictions = this.#contradictions(this.#figures(events)).length;
    const dates = events.map((e) => e.date).filter((d): d is string => d !== null).sort();
    const ends = events.map((e) => e.dateEnd).filter((d): d is string => d !== null).sort();
    return {
      id, type: first.type, date: dates[0] ?? null, dateEnd: ends.at(-1) ?? null,
      country: first.country, countryName: first.countryName, place: first.place, lat: first.lat, lon: first.lon,
      killed, killedMax, events: events.length, articles: articles.size, sources: [...sources], contradictions,
      title: first.title,
    };
  }

  #matcher(filter: EventFilter, ignoreDates = false): ((r: EventRow) => boolean) | null {
    const tests: ((r: EventRow) => boolean)[] = [];
    const b = this.#build();
    if (filter.types && filter.types.length > 0) {
      const set = new Set<string>(filter.types);
      tests.push((r) => set.has(r.type));
    }
    if (filter.countries && filter.countries.length > 0) {
      const set = new Set(filter.countries.map((c) => c.toUpperCase()));
      tests.push((r) => r.country !== null && set.has(r.country));
    }
    if (filter.place) {
      const p = filter.place.trim();
      if (/^\d+$/.test(p)) {
        const id = Number(p);
        tests.push((r) => r.geonameId === id);
      } else {
        const f = foldName(p);
        tests.push((r) => (r.place !== null && foldName(r.place) === f) || (r.admin1 !== null && foldName(r.admin1) === f));
      }
    }
    if (!ignoreDates && filter.from) {
      const from = filter.from;
      tests.push((r) => r.dateEnd !== null && r.dateEnd >= from);
    }
    if (!ignoreDates && filter.to) {
      const to = filter.to;
      tests.push((r) => r.date !== null && r.date <= to);
    }
    if (filter.minKilled !== undefined && filter.minKilled > 0) {
      const k = filter.minKilled;
      tests.push((r) => r.killed >= k);
    }
    if (filter.text && filter.text.trim() !== '') {
      const ws = words(filter.text);
      if (ws.length > 0) tests.push((r) => ws.every((w) => b.hay.get(r)!.includes(` ${w}`)));
    }
    if (tests.length === 0) return null;
    return (r) => {
      for (const t of tests) if (!t(r)) return false;
      return true;
    };
  }

  allEvents(filter: EventFilter): EventRow[] {
    const b = this.#build();
    const m = this.#matcher(filter);
    return m ? b.byDate.filter(m) : b.byDate;
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
    return { total: rows.length, limit: page.limit, offset: page.offset, items: sorted.slice(page.offset, page.offset + page.limit) };
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
    return { incident: g.row, events: g.events, sources: [...byArticle.values()], contradictions: this.#contradictions(figures) };
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
    const m = this.#matcher(filter, true);
    const dayRows = m ? this.#build().byDate.filter(m) : this.#build().byDate;
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
      p.lat.push(Math.round(r.lat * 1e4) / 1e4);
      p.lon.push(Math.round(r.lon * 1e4) / 1e4);
      p.t.push(typeIndex.get(r.type)!);
      p.k.push(r.killed);
      p.d.push(r.date ?? '');
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
