/**
 * The one store interface the CLI, ingest, incident merging and export talk to. SQLite
 * (src/store/sqlite/) is the default; a PostgreSQL implementation fills the same interface.
 * Methods are async so that a networked store fits without touching callers; every method that
 * writes is atomic (one transaction), so a crash between two calls loses or duplicates nothing.
 */
import type { Extraction } from '../core/schema.js';

/** An article as stored: keyed by the hash of its normalised text. */
export interface StoredArticle {
  hash: string;
  docId: string | null;
  url: string | null;
  title: string | null;
  source: string | null;
  lang: string;
  date: string | null;
  datePrecision: string | null;
  file: string | null;
  text: string;
  extraction: Extraction;
  extractorVersion: string;
}

/** One input record (a file, `file:line`, a feed item) and the article it yielded. */
export interface InputRef { location: string; hash: string; docId: string | null }

export interface FailureRow {
  location: string;
  code: string;
  message: string;
  /** Set when the text was read but extraction failed: a re-run skips it unless forced or a newer extractor. */
  hash: string | null;
  extractorVersion: string | null;
  /** 'warning': the input was read despite the problem (invalid UTF-8 replaced with U+FFFD). */
  severity?: 'error' | 'warning';
}

export interface KnownArticle { hash: string; extractorVersion: string }

/** The fields incident merging reads from an event (one row of `events`). */
export interface EventRow {
  id: string;
  articleHash: string;
  localId: string;
  type: string;
  subType: string;
  tags: string[];
  partOf: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string | null;
  weekday: string | null;
  dateRule: string | null;
  country: string | null;
  admin1: string | null;
  location: string | null;
  geonameId: number | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: number | null;
  placeKind: string | null;
  actor1: string | null;
  actor1Category: string | null;
  actor2: string | null;
  actor2Category: string | null;
  killedMin: number | null;
  killedMax: number | null;
  injuredMin: number | null;
  injuredMax: number | null;
  confidence: number;
}

/** Everything merging needs about an event: the row plus its article's names and figures by source. */
export interface MergeEvent extends EventRow {
  articleDate: string | null;
  articleLang: string;
  articleSource: string | null;
  articleTitle: string | null;
  /** Named people and organisations of the article (folded), media excluded. */
  names: string[];
  /** Figures of the event, each with who said it. */
  figures: { kind: string; min: number; max: number | null; category: string | null; source: string }[];
}

export interface IncidentSource { source: string; article: string; kind: string; min: number; max: number | null; category: string | null }

export interface IncidentRecord {
  id: string;
  block: string;
  type: string;
  subType: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string | null;
  country: string | null;
  admin1: string | null;
  location: string | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: number | null;
  killedMin: number | null;
  killedMax: number | null;
  injuredMin: number | null;
  injuredMax: number | null;
  /** ACLED fatalities, derived conservatively (docs/store.md). */
  fatalities: number;
  contradiction: boolean;
  actor1: string | null;
  actor1Category: string | null;
  actor2: string | null;
  actor2Category: string | null;
  articles: string[];
  sources: string[];
  figures: IncidentSource[];
  members: { eventId: string; reasons: string[]; impliedDate: string | null }[];
}

export interface QueryFilter {
  text?: string | null;
  type?: string | null;
  country?: string | null;
  place?: string | null;
  from?: string | null;
  to?: string | null;
  minKilled?: number | null;
  bbox?: [number, number, number, number] | null; // minLon, minLat, maxLon, maxLat
  limit?: number | null;
}

export interface StoreStats { articles: number; inputs: number; events: number; incidents: number; failures: number; dirtyBlocks: number }

export interface Store {
  readonly kind: string;
  readonly location: string;
  findArticle(hash: string, url: string | null): Promise<KnownArticle | null>;
  findFailure(hash: string): Promise<FailureRow | null>;
  /** Saves articles (replacing older versions with their events), their inputs and failures, in one transaction. */
  saveBatch(batch: { articles: StoredArticle[]; inputs: InputRef[]; failures: FailureRow[] }): Promise<void>;
  failures(): Promise<FailureRow[]>;
  dirtyBlocks(): Promise<string[]>;
  eventsForMerging(blocks: string[]): Promise<MergeEvent[]>;
  /** Replaces the incidents of the given blocks and clears them from the dirty list, atomically. */
  replaceIncidents(blocks: string[], incidents: IncidentRecord[]): Promise<void>;
  /** Marks every block dirty (a forced re-merge). */
  markAllDirty(): Promise<void>;
  /** Title and text of the given articles (wording similarity in merging; without it, merging uses events only). */
  articleTexts?(hashes: string[]): Promise<Map<string, string>>;
  /** Re-derives every event row from the stored extractions (no extraction), marking all blocks dirty. */
  rederiveEvents(): Promise<number>;
  queryIncidents(filter: QueryFilter): Promise<IncidentRecord[]>;
  /** article hash → incident id of the article's main event; with the doc ids of its inputs. */
  articleIncidents(): Promise<{ hash: string; docIds: string[]; incident: string | null }[]>;
  stats(): Promise<StoreStats>;
  /** Every stored value in a canonical order, without row ids and clock times (to compare two stores). */
  dump(): Promise<string>;
  close(): Promise<void>;
}

/** The block (unit of incremental re-merging) an event belongs to: its country, or "?" when unplaced. */
export function blockOf(country: string | null): string {
  return country ?? '?';
}
