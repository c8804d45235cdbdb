/**
 * What the HTTP API reads: flat event rows, incidents, articles, facets and search, behind one
 * interface. `MemoryCatalog` (memory-catalog.ts) implements it over extractions held in memory;
 * a store-backed catalog loads the SQLite store (src/store/) into it.
 *   GET /api/events?type=Riots&country=KZ   → catalog.events(filter, page)
 *   GET /api/incidents/i3f2a…               → catalog.incident(id)
 */
import type { Article } from '../core/article.js';
import type { Count, Evidence, EventType, Extraction, Precision } from '../core/schema.js';

export interface EventFilter {
  /** words matched, accent- and case-folded, in the title, place, actors, type and sources */
  text?: string | undefined;
  types?: EventType[] | undefined;
  /** ISO 3166-1 alpha-2 codes */
  countries?: string[] | undefined;
  /** a place name (folded) or a GeoNames id */
  place?: string | undefined;
  /** YYYY-MM-DD, inclusive; an event matches when its date range overlaps [from, to] */
  from?: string | undefined;
  to?: string | undefined;
  minKilled?: number | undefined;
}

export type SortKey = 'date' | '-date' | 'killed' | '-killed';
export interface Page { limit: number; offset: number; sort: SortKey }
export interface PageOf<T> { total: number; limit: number; offset: number; items: T[] }

/** One event, flattened for tables, maps and exports; `id` is `articleId:eventId`. */
export interface EventRow {
  id: string;
  articleId: string;
  eventId: string;
  incidentId: string;
  type: EventType;
  subType: string;
  tags: string[];
  /** first and last day covered, padded to YYYY-MM-DD; precision says how much of it the text gave */
  date: string | null;
  dateEnd: string | null;
  datePrecision: Precision | null;
  country: string | null;
  countryName: string | null;
  place: string | null;
  admin1: string | null;
  geonameId: number | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: 1 | 2 | 3 | null;
  killed: number;
  killedMax: number | null;
  injured: number;
  actor1: string | null;
  actor2: string | null;
  sources: string[];
  trigger: string;
  confidence: number;
  partOf: string | null;
  title: string | null;
  articleDate: string | null;
}

export interface SourceFigure {
  source: string;
  articleId: string;
  eventId: string;
  kind: Count['kind'];
  /** who the figure counts (security-forces, assailants, civilians…), when the text says */
  category: string | null;
  min: number;
  max: number | null;
  evidence: Evidence;
}

export interface Contradiction {
  kind: Count['kind'];
  message: string;
  figures: SourceFigure[];
}

export interface IncidentRow {
  id: string;
  type: EventType;
  date: string | null;
  dateEnd: string | null;
  country: string | null;
  countryName: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  killed: number;
  killedMax: number | null;
  events: number;
  articles: number;
  sources: string[];
  contradictions: number;
  title: string | null;
}

export interface IncidentDetail {
  incident: IncidentRow;
  events: EventRow[];
  /** one column per article: its sources, its events and the figures each gives */
  sources: { articleId: string; title: string | null; date: string | null; sources: string[]; events: string[]; figures: SourceFigure[] }[];
  contradictions: Contradiction[];
}

export interface ArticleDetail {
  id: string;
  text: string;
  extraction: Extraction;
  incidents: string[];
}

export interface Facets {
  total: number;
  byType: Record<string, number>;
  byCountry: { country: string; name: string | null; count: number }[];
  /** per day, counts by type; the date range of the filter is not applied here, so a brush shows its context */
  byDay: { day: string; counts: Record<string, number> }[];
}

/** Map points in columns: parallel arrays, `a[i]` indexes `articles`, `p[i]` indexes `places`, `e[i]` is the event number (`ev<e>`),
 * `d[i]` the first day as days since 1970-01-01 (-1 when undated), `lat`/`lon` rounded to 3 decimals (about 100 m). */
export interface Points {
  total: number;
  types: EventType[];
  articles: string[];
  places: string[];
  p: number[];
  lat: number[];
  lon: number[];
  t: number[];
  k: number[];
  d: number[];
  a: number[];
  e: number[];
}

export interface SearchHit { articleId: string; title: string | null; date: string | null; score: number; snippet: string; highlights: { start: number; end: number }[] }

export interface Catalog {
  /** bumped whenever content changes: part of every ETag */
  readonly version: number;
  events(filter: EventFilter, page: Page): PageOf<EventRow>;
  /** every matching row, for exports and points */
  allEvents(filter: EventFilter): EventRow[];
  incidents(filter: EventFilter, page: Page): PageOf<IncidentRow>;
  incident(id: string): IncidentDetail | null;
  article(id: string): ArticleDetail | null;
  facets(filter: EventFilter): Facets;
  points(filter: EventFilter): Points;
  search(q: string, limit: number, offset: number): PageOf<SearchHit>;
  add(article: Article, extraction: Extraction): void;
}
