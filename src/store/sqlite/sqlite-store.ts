/**
 * The default store: one SQLite file (better-sqlite3 12.x; 13 segfaults on Node 20), WAL journal,
 * migrations by `PRAGMA user_version`, FTS5 over articles, R*Tree boxes over events and incidents.
 */
import Database from 'better-sqlite3';
import { EventwireError, ERROR_CODES } from '../../core/errors.js';
import { articleIncidentsOf, failureOf, incidentOf, memberOf, mergeEventOf, mergeEventsOf, type Row } from '../rows.js';
import {
  blockOf, type FailureRow, type IncidentRecord, type InputRef, type KnownArticle, type MergeEvent, type QueryFilter,
  type Store, type StoreStats, type StoredArticle,
} from '../store.js';
import { MIGRATIONS } from './migrations.js';


/** A user's words as an FTS5 query: every term double-quoted, so `l'Intérieur` or `AND(` cannot break it. */
export function ftsQuery(text: string): string | null {
  const terms = text.split(/\s+/).map((t) => t.trim()).filter(Boolean);
  if (terms.length === 0) return null;
  return terms.map((t) => {
    const prefix = t.endsWith('*') && t.length > 1;
    const word = prefix ? t.slice(0, -1) : t;
    return `"${word.replaceAll('"', '""')}"${prefix ? '*' : ''}`;
  }).join(' ');
}

export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly db: Database.Database;
  private readonly st: Record<string, Database.Statement>;

  constructor(readonly location: string) {
    try {
      this.db = new Database(location);
    } catch (err) {
      throw new EventwireError(ERROR_CODES.INPUT_UNREADABLE, `cannot open the database (${(err as Error).message})`, location);
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    const version = migrate(this.db);
    if (version > MIGRATIONS.at(-1)!.version) {
      throw new EventwireError(ERROR_CODES.BAD_OPTION, `expected a database at schema version ≤ ${MIGRATIONS.at(-1)!.version}, found ${version} (made by a newer eventwire)`, location);
    }
    const p = (sql: string) => this.db.prepare(sql);
    this.st = {
      byHash: p('SELECT hash, extractor_version AS v FROM articles WHERE hash = ?'),
      byUrl: p('SELECT hash, extractor_version AS v FROM articles WHERE url = ? LIMIT 1'),
      failureByHash: p("SELECT * FROM failures WHERE hash = ? AND severity = 'error' LIMIT 1"),
      deleteArticle: p('DELETE FROM articles WHERE hash = ?'),
      eventBlocksOf: p('SELECT DISTINCT coalesce(country, \'?\') AS b FROM events WHERE article_hash = ?'),
      insertArticle: p(`INSERT INTO articles (hash, doc_id, url, title, source, lang, date, date_precision, file, text, extraction, extractor_version, ingested_at)
        VALUES (@hash, @docId, @url, @title, @source, @lang, @date, @datePrecision, @file, @text, @extraction, @extractorVersion, @ingestedAt)`),
      insertEvent: p(`INSERT INTO events (id, article_hash, local_id, type, sub_type, tags, part_of, date_start, date_end, date_precision, weekday, date_rule,
        country, admin1, location, geoname_id, lat, lon, geo_precision, place_kind, actor1, actor1_category, actor2, actor2_category,
        killed_min, killed_max, injured_min, injured_max, confidence, merge)
        VALUES (@id, @articleHash, @localId, @type, @subType, @tags, @partOf, @dateStart, @dateEnd, @datePrecision, @weekday, @dateRule,
        @country, @admin1, @location, @geonameId, @lat, @lon, @geoPrecision, @placeKind, @actor1, @actor1Category, @actor2, @actor2Category,
        @killedMin, @killedMax, @injuredMin, @injuredMax, @confidence, @merge)`),
      dirty: p('INSERT OR IGNORE INTO dirty_blocks (block) VALUES (?)'),
      input: p(`INSERT INTO inputs (location, hash, doc_id) VALUES (@location, @hash, @docId)
        ON CONFLICT(location) DO UPDATE SET hash = excluded.hash, doc_id = excluded.doc_id
        WHERE inputs.hash IS NOT excluded.hash OR inputs.doc_id IS NOT excluded.doc_id`),
      failure: p(`INSERT INTO failures (location, code, message, hash, extractor_version, severity) VALUES (@location, @code, @message, @hash, @extractorVersion, @severity)
        ON CONFLICT(location) DO UPDATE SET code = excluded.code, message = excluded.message, hash = excluded.hash,
          extractor_version = excluded.extractor_version, severity = excluded.severity
        WHERE failures.code IS NOT excluded.code OR failures.message IS NOT excluded.message OR failures.hash IS NOT excluded.hash
          OR failures.extractor_version IS NOT excluded.extractor_version OR failures.severity IS NOT excluded.severity`),
      clearFailure: p("DELETE FROM failures WHERE location = ? AND severity = 'error'"),
      clearFailureHash: p("DELETE FROM failures WHERE hash = ? AND severity = 'error'"),
      insertIncident: p(`INSERT INTO incidents (id, block, type, sub_type, date_start, date_end, date_precision, country, admin1, location, lat, lon, geo_precision,
        killed_min, killed_max, injured_min, injured_max, fatalities, contradiction, actor1, actor1_category, actor2, actor2_category, n_articles, detail)
        VALUES (@id, @block, @type, @subType, @dateStart, @dateEnd, @datePrecision, @country, @admin1, @location, @lat, @lon, @geoPrecision,
        @killedMin, @killedMax, @injuredMin, @injuredMax, @fatalities, @contradiction, @actor1, @actor1Category, @actor2, @actor2Category, @nArticles, @detail)`),
      insertMember: p('INSERT INTO incident_events (event_id, incident_id, reasons, implied_date) VALUES (?, ?, ?, ?)'),
      deleteIncidents: p('DELETE FROM incidents WHERE block = ?'),
      undirty: p('DELETE FROM dirty_blocks WHERE block = ?'),
    };
  }

  async findArticle(hash: string, url: string | null): Promise<KnownArticle | null> {
    const row = (this.st.byHash!.get(hash) ?? (url ? this.st.byUrl!.get(url) : undefined)) as { hash: string; v: string } | undefined;
    return row ? { hash: row.hash, extractorVersion: row.v } : null;
  }

  async findFailure(hash: string): Promise<FailureRow | null> {
    const r = this.st.failureByHash!.get(hash) as Row | undefined;
    return r ? failureOf(r) : null;
  }

  private insertEvents(a: { hash: string; extraction: StoredArticle['extraction']; date: string | null; lang: string; source: string | null; title: string | null }): void {
    for (const m of mergeEventsOf(a.hash, a.extraction, { date: a.date, lang: a.lang, source: a.source, title: a.title })) {
      const { articleDate, articleLang, articleSource, articleTitle, names, figures, tags, ...row } = m;
      this.st.insertEvent!.run({
        ...row, tags: JSON.stringify(tags),
        merge: JSON.stringify({ articleDate, articleLang, articleSource, articleTitle, names, figures }),
      });
      this.st.dirty!.run(blockOf(m.country));
    }
  }

  async articleTexts(hashes: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const q = this.db.prepare('SELECT title, text FROM articles WHERE hash = ?');
    for (const h of hashes) {
      const r = q.get(h) as { title: string | null; text: string } | undefined;
      if (r) out.set(h, `${r.title ?? ''}\n${r.text}`);
    }
    return out;
  }

  async rederiveEvents(): Promise<number> {
    let n = 0;
    this.db.transaction(() => {
      this.db.exec("INSERT OR IGNORE INTO dirty_blocks (block) SELECT DISTINCT coalesce(country, '?') FROM events; DELETE FROM events;");
      for (const r of this.db.prepare('SELECT hash, extraction, date, lang, source, title FROM articles ORDER BY hash').all() as Row[]) {
        this.insertEvents({ hash: r.hash as string, extraction: JSON.parse(r.extraction as string) as StoredArticle['extraction'], date: r.date as string | null, lang: r.lang as string, source: r.source as string | null, title: r.title as string | null });
        n++;
      }
    })();
    return n;
  }

  async saveBatch(batch: { articles: StoredArticle[]; inputs: InputRef[]; failures: FailureRow[] }): Promise<void> {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const a of batch.articles) {
        for (const r of this.st.eventBlocksOf!.all(a.hash) as { b: string }[]) this.st.dirty!.run(r.b);
        this.st.deleteArticle!.run(a.hash);
        this.st.clearFailureHash!.run(a.hash);
        this.st.insertArticle!.run({
          hash: a.hash, docId: a.docId, url: a.url, title: a.title, source: a.source, lang: a.lang, date: a.date,
          datePrecision: a.datePrecision, file: a.file, text: a.text, extraction: JSON.stringify(a.extraction),
          extractorVersion: a.extractorVersion, ingestedAt: now,
        });
        this.insertEvents(a);
      }
      for (const i of batch.inputs) { this.st.input!.run(i); this.st.clearFailure!.run(i.location); }
      for (const f of batch.failures) this.st.failure!.run({ ...f, severity: f.severity ?? 'error' });
    })();
  }

  async failures(): Promise<FailureRow[]> {
    return (this.db.prepare('SELECT * FROM failures ORDER BY location').all() as Row[]).map(failureOf);
  }

  async dirtyBlocks(): Promise<string[]> {
    return (this.db.prepare('SELECT block FROM dirty_blocks ORDER BY block').all() as { block: string }[]).map((r) => r.block);
  }

  async markAllDirty(): Promise<void> {
    this.db.exec("INSERT OR IGNORE INTO dirty_blocks (block) SELECT DISTINCT coalesce(country, '?') FROM events");
  }

  async eventsForMerging(blocks: string[]): Promise<MergeEvent[]> {
    const out: MergeEvent[] = [];
    const q = this.db.prepare("SELECT * FROM events WHERE coalesce(country, '?') = ? ORDER BY id");
    for (const b of blocks) for (const r of q.all(b) as Row[]) out.push(mergeEventOf(r));
    return out;
  }

  async replaceIncidents(blocks: string[], incidents: IncidentRecord[]): Promise<void> {
    this.db.transaction(() => {
      for (const b of blocks) this.st.deleteIncidents!.run(b);
      for (const inc of incidents) {
        const { members, articles, sources, figures, contradiction, ...rest } = inc;
        this.st.insertIncident!.run({
          ...rest, contradiction: contradiction ? 1 : 0, nArticles: articles.length,
          detail: JSON.stringify({ articles, sources, figures }),
        });
        for (const m of members) this.st.insertMember!.run(m.eventId, inc.id, JSON.stringify(m.reasons), m.impliedDate);
      }
      for (const b of blocks) this.st.undirty!.run(b);
    })();
  }

  async queryIncidents(f: QueryFilter): Promise<IncidentRecord[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.type) { where.push('(i.type = ? OR i.sub_type = ?)'); args.push(f.type, f.type); }
    if (f.country) { where.push('i.country = ?'); args.push(f.country.toUpperCase()); }
    if (f.place) { where.push('(i.location LIKE ? OR i.admin1 LIKE ?)'); args.push(`%${f.place}%`, `%${f.place}%`); }
    if (f.from) { where.push('i.date_end >= ?'); args.push(f.from); }
    if (f.to) { where.push('i.date_start <= ?'); args.push(f.to); }
    if (f.minKilled !== null && f.minKilled !== undefined) { where.push('i.fatalities >= ?'); args.push(f.minKilled); }
    if (f.bbox) {
      where.push('i.rid IN (SELECT rid FROM incidents_geo WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?)');
      args.push(f.bbox[0], f.bbox[2], f.bbox[1], f.bbox[3]);
    }
    if (f.text) {
      const q = ftsQuery(f.text);
      if (q) {
        where.push(`i.id IN (SELECT ie.incident_id FROM incident_events ie JOIN events e ON e.id = ie.event_id
          WHERE e.article_hash IN (SELECT a.hash FROM articles a JOIN articles_fts ON articles_fts.rowid = a.rid WHERE articles_fts MATCH ?))`);
        args.push(q);
      }
    }
    const sql = `SELECT i.* FROM incidents i ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.date_start, i.id${f.limit ? ` LIMIT ${Math.floor(f.limit)}` : ''}`;
    const members = this.db.prepare('SELECT * FROM incident_events WHERE incident_id = ? ORDER BY event_id');
    return (this.db.prepare(sql).all(...args) as Row[]).map((r) =>
      incidentOf(r, (members.all(r.id) as Row[]).map(memberOf)));
  }

  /** Article text snippets for the query command: `…[liquéfié]…`. */
  snippet(hash: string, text: string): string | null {
    const q = ftsQuery(text);
    if (!q) return null;
    const r = this.db.prepare(`SELECT snippet(articles_fts, 1, '[', ']', '…', 12) AS s FROM articles_fts JOIN articles a ON a.rid = articles_fts.rowid
      WHERE articles_fts MATCH ? AND a.hash = ?`).get(q, hash) as { s: string } | undefined;
    return r?.s ?? null;
  }

  async articleIncidents(): Promise<{ hash: string; docIds: string[]; incident: string | null }[]> {
    const rows = this.db.prepare(`SELECT a.hash, e.local_id, e.type, e.part_of, e.tags, ie.incident_id FROM articles a
      LEFT JOIN events e ON e.article_hash = a.hash LEFT JOIN incident_events ie ON ie.event_id = e.id ORDER BY a.hash, e.rid`).all() as Row[];
    return articleIncidentsOf(rows, this.db.prepare('SELECT hash, doc_id FROM inputs WHERE doc_id IS NOT NULL ORDER BY location').all() as Row[]);
  }

  async stats(): Promise<StoreStats> {
    const n = (table: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: n('articles'), inputs: n('inputs'), events: n('events'), incidents: n('incidents'), failures: n("failures WHERE severity = 'error'"), dirtyBlocks: n('dirty_blocks') };
  }

  async dump(): Promise<string> {
    const lines: string[] = [];
    const table = (name: string, sql: string) => {
      for (const r of this.db.prepare(sql).all() as Row[]) lines.push(`${name}\t${JSON.stringify(r)}`);
    };
    table('articles', 'SELECT hash, doc_id, url, title, source, lang, date, date_precision, file, text, extraction, extractor_version FROM articles ORDER BY hash');
    table('inputs', 'SELECT * FROM inputs ORDER BY location');
    table('failures', 'SELECT * FROM failures ORDER BY location');
    table('events', 'SELECT * FROM events ORDER BY id');
    table('incidents', 'SELECT id, block, type, sub_type, date_start, date_end, date_precision, country, admin1, location, lat, lon, geo_precision, killed_min, killed_max, injured_min, injured_max, fatalities, contradiction, actor1, actor2, n_articles, detail FROM incidents ORDER BY id');
    table('incident_events', 'SELECT * FROM incident_events ORDER BY event_id');
    table('dirty', 'SELECT * FROM dirty_blocks ORDER BY block');
    table('fts', "SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'the OR le OR la OR de'");
    return lines.join('\n').replace(/"rid":\d+,/g, '');
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

