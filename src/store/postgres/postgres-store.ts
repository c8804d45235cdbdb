/**
 * The store on PostgreSQL (`--db postgres://user@host:port/db`): the same interface and the same content
 * as the SQLite store, for several processes writing at once (`eventwire worker`). Every write is one
 * transaction; writers that touch the same article or the same incident block serialise on advisory
 * locks (`pg_advisory_xact_lock`), never on in-process state.
 */
import pg from 'pg';
import { EventwireError, ERROR_CODES } from '../../core/errors.js';
import { EXTRACTOR_VERSION } from '../../core/pipeline.js';
import { articleIncidentsOf, failureOf, incidentOf, memberOf, mergeEventOf, mergeEventsOf, type Row } from '../rows.js';
import {
  blockOf, type EventRow, type FailureRow, type IncidentRecord, type InputRef, type KnownArticle, type MergeEvent, type QueryFilter,
  type Store, type StoreStats, type StoredArticle,
} from '../store.js';
import { PG_MIGRATIONS } from './migrations.js';

type Client = pg.PoolClient;

/** Lock namespaces of `pg_advisory_xact_lock(ns, hashtext(key))`. */
const LOCK = { migrate: 81_001, article: 81_002, block: 81_003, partition: 81_004 } as const;

const TS_LANGS = ['simple', 'french', 'english', 'spanish'];

/**
 * A user's words as a tsquery built in SQL from bound parameters (so no input is a syntax error):
 * each word matches unstemmed or stemmed in any of our languages; `émeute*` is a prefix; all words must match.
 */
export function tsQuerySql(text: string, param: (v: unknown) => string): string | null {
  const terms = text.split(/\s+/).map((t) => t.trim()).filter(Boolean);
  const parts: string[] = [];
  for (const t of terms) {
    const prefix = t.endsWith('*') && t.length > 1;
    const words = (prefix ? t.slice(0, -1) : t).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
    if (!words) continue;
    const p = param(words);
    if (prefix) parts.push(`to_tsquery('simple', replace(lower(unaccent(${p}::text)), ' ', ' <-> ') || ':*')`);
    else parts.push(`(${TS_LANGS.map((c) => `phraseto_tsquery('${c}', unaccent(${p}::text))`).join(' || ')})`);
  }
  return parts.length ? parts.join(' && ') : null;
}

/** First day of the month an event starts in: its partition. */
export function monthOf(dateStart: string | null): string | null {
  if (!dateStart || !/^\d{4}/.test(dateStart)) return null;
  return `${dateStart.slice(0, 4)}-${dateStart.length >= 7 ? dateStart.slice(5, 7) : '01'}-01`;
}

const EVENT_COLUMNS = ['id', 'article_hash', 'local_id', 'type', 'sub_type', 'tags', 'part_of', 'date_start', 'date_end', 'date_precision', 'weekday', 'date_rule',
  'country', 'admin1', 'location', 'geoname_id', 'lat', 'lon', 'geo_precision', 'place_kind', 'actor1', 'actor1_category', 'actor2', 'actor2_category',
  'killed_min', 'killed_max', 'injured_min', 'injured_max', 'confidence', 'merge'] as const;

const INCIDENT_COLUMNS = ['id', 'block', 'type', 'sub_type', 'date_start', 'date_end', 'date_precision', 'country', 'admin1', 'location', 'lat', 'lon', 'geo_precision',
  'killed_min', 'killed_max', 'injured_min', 'injured_max', 'fatalities', 'contradiction', 'actor1', 'actor1_category', 'actor2', 'actor2_category', 'n_articles', 'detail'] as const;

/** Values to bind for a multi-row INSERT: `($1,$2,…),($n,…)`. */
function valuesList(rows: unknown[][], casts: string[] = []): { sql: string; args: unknown[] } {
  const args: unknown[] = [];
  const sql = rows.map((r) => `(${r.map((v, i) => { args.push(v); return `$${args.length}${casts[i] ?? ''}`; }).join(', ')})`).join(', ');
  return { sql, args };
}

const RETRYABLE = new Set(['40P01', '40001']); // deadlock, serialization failure

export class PostgresStore implements Store {
  readonly kind = 'postgres';
  readonly pool: pg.Pool;
  private ready: Promise<void> | null = null;
  private readonly partitions = new Set<string>();

  constructor(readonly location: string, options: { max?: number } = {}) {
    this.pool = new pg.Pool({ connectionString: location, max: options.max ?? 4, application_name: 'eventwire' });
    // An idle client losing its server must not crash the process; the next query reports it.
    this.pool.on('error', () => {});
  }

  /** Connects and applies the migrations once (lazily: `openStore` is synchronous). */
  init(): Promise<void> {
    this.ready ??= this.migrate().catch((err: Error) => {
      this.ready = null;
      if (err instanceof EventwireError) throw err;
      throw new EventwireError(ERROR_CODES.INPUT_UNREADABLE, `cannot open the database (${err.message})`, redact(this.location));
    });
    return this.ready;
  }

  private async migrate(): Promise<void> {
    const last = PG_MIGRATIONS.at(-1)!.version;
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK.migrate]);
      const exists = (await c.query("SELECT to_regclass('meta') IS NOT NULL AS e")).rows[0].e as boolean;
      let current = exists ? Number((await c.query("SELECT value FROM meta WHERE key = 'schema_version'")).rows[0]?.value ?? 0) : 0;
      if (current > last) {
        throw new EventwireError(ERROR_CODES.BAD_OPTION, `expected a database at schema version ≤ ${last}, found ${current} (made by a newer eventwire)`, redact(this.location));
      }
      for (const m of PG_MIGRATIONS) {
        if (m.version <= current) continue;
        await c.query('SAVEPOINT m');
        await c.query(m.sql);
        await c.query("INSERT INTO meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(m.version)]);
        await c.query('RELEASE SAVEPOINT m');
        current = m.version;
      }
    }, false);
  }

  async schemaVersion(): Promise<number> {
    await this.init();
    return Number((await this.pool.query("SELECT value FROM meta WHERE key = 'schema_version'")).rows[0]?.value ?? 0);
  }

  /** Runs `fn` in one transaction, retried on a deadlock or serialization failure. */
  async tx<T>(fn: (c: Client) => Promise<T>, init = true): Promise<T> {
    if (init) await this.init();
    for (let attempt = 0; ; attempt++) {
      const c = await this.pool.connect();
      // A checked-out client whose server goes away (restart, admin kill) emits 'error' between
      // queries; unheard, that event kills the process. Heard, the next query fails and we give the
      // broken connection back to be destroyed rather than reused.
      let broken: Error | undefined;
      const onError = (err: Error) => { broken = err; };
      c.on('error', onError);
      try {
        await c.query('BEGIN');
        const out = await fn(c);
        await c.query('COMMIT');
        return out;
      } catch (err) {
        if (!broken) await c.query('ROLLBACK').catch((e: Error) => { broken = e; });
        if (RETRYABLE.has((err as { code?: string }).code ?? '') && attempt < 5) { await new Promise((r) => setTimeout(r, 20 * 2 ** attempt * Math.random())); continue; }
        throw err;
      } finally {
        c.off('error', onError);
        c.release(broken);
      }
    }
  }

  private async q(sql: string, args: unknown[] = []): Promise<Row[]> {
    await this.init();
    return (await this.pool.query(sql, args)).rows as Row[];
  }

  /** Monthly partitions exist before a transaction writes into them (made in their own transaction, so
   * writers never wait on each other's DDL while holding row locks). */
  private async ensurePartitions(months: Iterable<string | null>): Promise<void> {
    const missing = [...new Set(months)].filter((m): m is string => m !== null && !this.partitions.has(m)).sort();
    if (!missing.length) return;
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK.partition]);
      for (const m of missing) {
        const name = `events_${m.slice(0, 4)}_${m.slice(5, 7)}`;
        const [y, mo] = [Number(m.slice(0, 4)), Number(m.slice(5, 7))];
        const next = `${mo === 12 ? y + 1 : y}-${String(mo === 12 ? 1 : mo + 1).padStart(2, '0')}-01`;
        const exists = (await c.query('SELECT to_regclass($1) IS NOT NULL AS e', [name])).rows[0].e as boolean;
        if (!exists) await c.query(`CREATE TABLE ${name} PARTITION OF events FOR VALUES FROM ('${m}') TO ('${next}')`);
      }
    });
    for (const m of missing) this.partitions.add(m);
  }

  async findArticle(hash: string, url: string | null): Promise<KnownArticle | null> {
    const rows = await this.q('SELECT hash, extractor_version AS v FROM articles WHERE hash = $1', [hash]);
    const row = rows[0] ?? (url ? (await this.q('SELECT hash, extractor_version AS v FROM articles WHERE url = $1 LIMIT 1', [url]))[0] : undefined);
    return row ? { hash: row.hash as string, extractorVersion: row.v as string } : null;
  }

  async findFailure(hash: string): Promise<FailureRow | null> {
    const r = (await this.q("SELECT * FROM failures WHERE hash = $1 AND severity = 'error' LIMIT 1", [hash]))[0];
    return r ? failureOf(r) : null;
  }

  async saveBatch(batch: { articles: StoredArticle[]; inputs: InputRef[]; failures: FailureRow[] }): Promise<void> {
    await this.init();
    const prepared = batch.articles.map((a) => ({ a, events: mergeEventsOf(a.hash, a.extraction, { date: a.date, lang: a.lang, source: a.source, title: a.title }) }));
    await this.ensurePartitions(prepared.flatMap((p) => p.events.map((e) => monthOf(e.dateStart))));
    await this.tx((c) => this.write(c, prepared, batch.inputs, batch.failures));
  }

  /**
   * What `eventwire worker` saves for one article, in one transaction: unless `force`, an article already
   * stored with this extractor version (a redelivered job, a duplicate text from another input) is not
   * replaced, only its inputs are recorded. Returns whether the extraction was saved.
   */
  async saveArticleOnce(a: StoredArticle, inputs: InputRef[], log: { jobId: string; worker: string; ms: number }, force = false): Promise<boolean> {
    await this.init();
    const events = mergeEventsOf(a.hash, a.extraction, { date: a.date, lang: a.lang, source: a.source, title: a.title });
    await this.ensurePartitions(events.map((e) => monthOf(e.dateStart)));
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK.article, a.hash]);
      const known = (await c.query('SELECT extractor_version AS v FROM articles WHERE hash = $1', [a.hash])).rows[0] as { v: string } | undefined;
      const save = force || known?.v !== EXTRACTOR_VERSION;
      await this.write(c, save ? [{ a, events }] : [], inputs, []);
      if (save) await c.query('INSERT INTO ingest_log (hash, job_id, worker, extracted, ms) VALUES ($1, $2, $3, true, $4)', [a.hash, log.jobId, log.worker, Math.round(log.ms)]);
      return save;
    });
  }

  /** Records a job whose article was already stored (nothing extracted), for throughput figures. */
  async logSkipped(hash: string, log: { jobId: string; worker: string }): Promise<void> {
    await this.q('INSERT INTO ingest_log (hash, job_id, worker, extracted) VALUES ($1, $2, $3, false)', [hash, log.jobId, log.worker]);
  }

  private async write(c: Client, articles: { a: StoredArticle; events: MergeEvent[] }[], inputs: InputRef[], failures: FailureRow[]): Promise<void> {
    const dirty = new Set<string>();
    const hashes = [...new Set(articles.map((x) => x.a.hash))].sort();
    for (const h of hashes) await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK.article, h]);
    for (const { a, events } of articles) {
      for (const r of (await c.query("SELECT DISTINCT coalesce(country, '?') AS b FROM events WHERE article_hash = $1", [a.hash])).rows) dirty.add(r.b as string);
      await c.query('DELETE FROM articles WHERE hash = $1', [a.hash]);
      await c.query("DELETE FROM failures WHERE hash = $1 AND severity = 'error'", [a.hash]);
      await c.query(`INSERT INTO articles (hash, doc_id, url, title, source, lang, date, date_precision, file, text, extraction, extractor_version)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [a.hash, a.docId, a.url, a.title, a.source, a.lang, a.date, a.datePrecision, a.file, a.text, JSON.stringify(a.extraction), a.extractorVersion]);
      await this.insertEvents(c, events, dirty);
    }
    for (const i of inputs) {
      await c.query(`INSERT INTO inputs (location, hash, doc_id) VALUES ($1, $2, $3)
        ON CONFLICT (location) DO UPDATE SET hash = excluded.hash, doc_id = excluded.doc_id
        WHERE inputs.hash IS DISTINCT FROM excluded.hash OR inputs.doc_id IS DISTINCT FROM excluded.doc_id`, [i.location, i.hash, i.docId]);
      await c.query("DELETE FROM failures WHERE location = $1 AND severity = 'error'", [i.location]);
    }
    for (const f of failures) {
      await c.query(`INSERT INTO failures (location, code, message, hash, extractor_version, severity) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (location) DO UPDATE SET code = excluded.code, message = excluded.message, hash = excluded.hash,
          extractor_version = excluded.extractor_version, severity = excluded.severity
        WHERE (failures.code, failures.message, failures.hash, failures.extractor_version, failures.severity)
          IS DISTINCT FROM (excluded.code, excluded.message, excluded.hash, excluded.extractor_version, excluded.severity)`,
      [f.location, f.code, f.message, f.hash, f.extractorVersion, f.severity ?? 'error']);
    }
    await this.markDirty(c, dirty);
  }

  private async insertEvents(c: Client, events: MergeEvent[], dirty: Set<string>): Promise<void> {
    if (!events.length) return;
    const rows = events.map((m) => {
      const { articleDate, articleLang, articleSource, articleTitle, names, figures } = m;
      dirty.add(blockOf(m.country));
      return [...eventValues(m), JSON.stringify({ articleDate, articleLang, articleSource, articleTitle, names, figures }), monthOf(m.dateStart)];
    });
    for (let i = 0; i < rows.length; i += 200) {
      const v = valuesList(rows.slice(i, i + 200));
      await c.query(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}, month) VALUES ${v.sql}`, v.args);
    }
  }

  /** Sorted, in one statement: concurrent writers lock the rows of dirty_blocks in the same order. */
  private async markDirty(c: Client, dirty: Set<string>): Promise<void> {
    if (!dirty.size) return;
    await c.query(`INSERT INTO dirty_blocks (block, seq) SELECT b, nextval('dirty_seq') FROM unnest($1::text[]) AS b ORDER BY b COLLATE "C"
      ON CONFLICT (block) DO UPDATE SET seq = excluded.seq`, [[...dirty].sort()]);
  }

  async failures(): Promise<FailureRow[]> {
    return (await this.q('SELECT * FROM failures ORDER BY location')).map(failureOf);
  }

  async dirtyBlocks(): Promise<string[]> {
    return (await this.q('SELECT block FROM dirty_blocks ORDER BY block')).map((r) => r.block as string);
  }

  async markAllDirty(): Promise<void> {
    await this.q(`INSERT INTO dirty_blocks (block, seq) SELECT b, nextval('dirty_seq') FROM (SELECT DISTINCT coalesce(country, '?') AS b FROM events) d ORDER BY b
      ON CONFLICT (block) DO UPDATE SET seq = excluded.seq`);
  }

  async articleTexts(hashes: string[]): Promise<Map<string, string>> {
    await this.init();
    return this.readTexts(this.pool, hashes);
  }

  private async readTexts(c: Client | pg.Pool, hashes: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (!hashes.length) return out;
    for (const r of (await c.query('SELECT hash, title, text FROM articles WHERE hash = ANY($1::text[])', [hashes])).rows) out.set(r.hash as string, `${r.title ?? ''}\n${r.text}`);
    return out;
  }

  async rederiveEvents(): Promise<number> {
    await this.init();
    const rows = await this.q('SELECT hash, extraction, date, lang, source, title FROM articles ORDER BY hash');
    const all = rows.map((r) => ({ hash: r.hash as string, events: mergeEventsOf(r.hash as string, r.extraction as StoredArticle['extraction'], { date: r.date as string | null, lang: r.lang as string, source: r.source as string | null, title: r.title as string | null }) }));
    await this.ensurePartitions(all.flatMap((a) => a.events.map((e) => monthOf(e.dateStart))));
    await this.tx(async (c) => {
      await c.query(`INSERT INTO dirty_blocks (block, seq) SELECT b, nextval('dirty_seq') FROM (SELECT DISTINCT coalesce(country, '?') AS b FROM events) d ORDER BY b
        ON CONFLICT (block) DO UPDATE SET seq = excluded.seq`);
      await c.query('DELETE FROM events');
      const dirty = new Set<string>();
      for (const a of all) await this.insertEvents(c, a.events, dirty);
      await this.markDirty(c, dirty);
    });
    return all.length;
  }

  private async readEvents(c: Client | pg.Pool, blocks: string[]): Promise<MergeEvent[]> {
    if (!blocks.length) return [];
    const rows = (await c.query("SELECT * FROM events WHERE coalesce(country, '?') = ANY($1::text[]) ORDER BY id", [blocks])).rows as Row[];
    return rows.map(mergeEventOf);
  }

  async eventsForMerging(blocks: string[]): Promise<MergeEvent[]> {
    await this.init();
    return this.readEvents(this.pool, blocks);
  }

  private async writeIncidents(c: Client, blocks: string[], incidents: IncidentRecord[]): Promise<void> {
    await c.query('DELETE FROM incidents WHERE block = ANY($1::text[])', [blocks]);
    // A member already in an incident of another block (a casualty report placed elsewhere) moves here.
    const memberIds = incidents.flatMap((i) => i.members.map((m) => m.eventId));
    if (memberIds.length) await c.query('DELETE FROM incident_events WHERE event_id = ANY($1::text[])', [memberIds]);
    for (let i = 0; i < incidents.length; i += 100) {
      const chunk = incidents.slice(i, i + 100);
      const v = valuesList(chunk.map((inc) => [
        inc.id, inc.block, inc.type, inc.subType, inc.dateStart, inc.dateEnd, inc.datePrecision, inc.country, inc.admin1, inc.location, inc.lat, inc.lon, inc.geoPrecision,
        inc.killedMin, inc.killedMax, inc.injuredMin, inc.injuredMax, inc.fatalities, inc.contradiction, inc.actor1, inc.actor1Category, inc.actor2, inc.actor2Category,
        inc.articles.length, JSON.stringify({ articles: inc.articles, sources: inc.sources, figures: inc.figures }),
      ]));
      await c.query(`INSERT INTO incidents (${INCIDENT_COLUMNS.join(', ')}) VALUES ${v.sql}`, v.args);
      const members = chunk.flatMap((inc) => inc.members.map((m) => [m.eventId, inc.id, JSON.stringify(m.reasons), m.impliedDate]));
      for (let j = 0; j < members.length; j += 500) {
        const mv = valuesList(members.slice(j, j + 500));
        await c.query(`INSERT INTO incident_events (event_id, incident_id, reasons, implied_date) VALUES ${mv.sql}`, mv.args);
      }
    }
  }

  async replaceIncidents(blocks: string[], incidents: IncidentRecord[]): Promise<void> {
    await this.tx(async (c) => {
      for (const b of [...blocks].sort()) await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK.block, b]);
      await this.writeIncidents(c, blocks, incidents);
      for (const b of [...blocks].sort()) await c.query('DELETE FROM dirty_blocks WHERE block = $1', [b]);
    });
  }

  /**
   * Incident merging safe with several writers. `scope: 'all'` (the default): one merger at a time
   * (`pg_try_advisory_xact_lock`) recomputes every incident. `scope: 'blocks'`: in one transaction, lock the
   * dirty blocks and those linked to them through an article's events (advisory locks, in sorted order), read their events, cluster, replace their incidents, and clear each block only if no
   * write touched it since it was read (its `seq` unchanged); a block written meanwhile stays dirty and is
   * merged again. Returns the number of blocks merged.
   */
  async mergeDirty(cluster: (events: MergeEvent[], texts: ReadonlyMap<string, string>) => IncidentRecord[], scope: 'all' | 'blocks' = 'all', minIntervalMs = 0): Promise<{ blocks: number; events: number; incidents: number }> {
    await this.init();
    return this.tx(async (c) => {
      const dirty = (await c.query('SELECT block FROM dirty_blocks ORDER BY block')).rows.map((r) => r.block as string);
      if (!dirty.length) return { blocks: 0, events: 0, incidents: 0 };
      if (scope === 'all') {
        // Wording links weigh words by their rarity over every article loaded (TF-IDF) and cross blocks:
        // only a merge of everything gives the incidents of a single full run. One merger at a time; the
        // others skip (what they would have merged stays dirty until the next round).
        if (!(await c.query('SELECT pg_try_advisory_xact_lock($1, 0) AS ok', [LOCK.block])).rows[0].ok) return { blocks: 0, events: 0, incidents: 0 };
        // N workers each trying every interval would merge N times per interval: once per interval is enough.
        if (minIntervalMs > 0 && (await c.query("SELECT value::timestamptz > now() - make_interval(secs => $1) AS recent FROM meta WHERE key = 'last_merge'", [minIntervalMs / 1000])).rows[0]?.recent) {
          return { blocks: 0, events: 0, incidents: 0 };
        }
        await c.query("INSERT INTO meta (key, value) VALUES ('last_merge', now()::text) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        const seqs = new Map((await c.query('SELECT block, seq FROM dirty_blocks')).rows.map((r) => [r.block as string, String(r.seq)]));
        const events = (await c.query('SELECT * FROM events ORDER BY id')).rows.map(mergeEventOf);
        const blocks = [...new Set([...seqs.keys(), ...events.map((e) => blockOf(e.country)), ...(await c.query('SELECT DISTINCT block FROM incidents')).rows.map((r) => r.block as string)])].sort();
        const incidents = cluster(events, await this.readTexts(c, [...new Set(events.map((e) => e.articleHash))]));
        await this.writeIncidents(c, blocks, incidents);
        for (const [b, seq] of [...seqs].sort()) await c.query('DELETE FROM dirty_blocks WHERE block = $1 AND seq = $2', [b, seq]);
        return { blocks: seqs.size, events: events.length, incidents: incidents.length };
      }
      // Events of one article may sit in several blocks (a casualty report placed elsewhere) and are linked
      // within the article: merge every block reachable that way, so the result equals a merge of everything.
      const closure = async (start: string[]) => {
        const all = new Set(start);
        for (let grew = true; grew;) {
          grew = false;
          const rows = (await c.query(`SELECT DISTINCT coalesce(e2.country, '?') AS b FROM events e1 JOIN events e2 ON e2.article_hash = e1.article_hash
            WHERE coalesce(e1.country, '?') = ANY($1::text[])`, [[...all]])).rows;
          for (const r of rows) if (!all.has(r.b as string)) { all.add(r.b as string); grew = true; }
        }
        return [...all].sort();
      };
      const locked = new Set<string>();
      const lock = async (bs: string[]) => { for (const b of bs) if (!locked.has(b)) { await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK.block, b]); locked.add(b); } };
      await lock(await closure(dirty));
      // Read the versions first, then the events: a write committed after this read bumps seq, so its block stays dirty.
      const seqs = new Map((await c.query('SELECT block, seq FROM dirty_blocks WHERE block = ANY($1::text[])', [dirty])).rows.map((r) => [r.block as string, String(r.seq)]));
      if (!seqs.size) return { blocks: 0, events: 0, incidents: 0 };
      const blocks = await closure([...seqs.keys()]);
      await lock(blocks); // rare: an article committed meanwhile linked a new block (a deadlock here is retried)
      const events = await this.readEvents(c, blocks);
      const incidents = cluster(events, await this.readTexts(c, [...new Set(events.map((e) => e.articleHash))]));
      await this.writeIncidents(c, blocks, incidents);
      for (const b of blocks) if (seqs.has(b)) await c.query('DELETE FROM dirty_blocks WHERE block = $1 AND seq = $2', [b, seqs.get(b)]);
      return { blocks: blocks.length, events: events.length, incidents: incidents.length };
    });
  }

  async queryIncidents(f: QueryFilter): Promise<IncidentRecord[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    const p = (v: unknown) => { args.push(v); return `$${args.length}`; };
    if (f.type) where.push(`(i.type = ${p(f.type)} OR i.sub_type = $${args.length})`);
    if (f.country) where.push(`i.country = ${p(f.country.toUpperCase())}`);
    if (f.place) { const x = p(`%${f.place}%`); where.push(`(i.location ILIKE ${x} OR i.admin1 ILIKE ${x})`); }
    if (f.from) where.push(`i.date_end >= ${p(f.from)}`);
    if (f.to) where.push(`i.date_start <= ${p(f.to)}`);
    if (f.minKilled !== null && f.minKilled !== undefined) where.push(`i.fatalities >= ${p(f.minKilled)}`);
    if (f.bbox) where.push(`point(i.lon, i.lat) <@ box(point(${p(f.bbox[0])}, ${p(f.bbox[1])}), point(${p(f.bbox[2])}, ${p(f.bbox[3])})) AND i.lat IS NOT NULL`);
    if (f.text) {
      const tq = tsQuerySql(f.text, p);
      if (tq) {
        where.push(`i.id IN (SELECT ie.incident_id FROM incident_events ie JOIN events e ON e.id = ie.event_id
          WHERE e.article_hash IN (SELECT a.hash FROM articles a WHERE a.tsv @@ (${tq})))`);
      }
    }
    const sql = `SELECT i.* FROM incidents i ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.date_start NULLS FIRST, i.id${f.limit ? ` LIMIT ${Math.floor(f.limit)}` : ''}`;
    const rows = await this.q(sql, args);
    const members = new Map<string, IncidentRecord['members']>();
    if (rows.length) {
      for (const m of await this.q('SELECT * FROM incident_events WHERE incident_id = ANY($1::text[]) ORDER BY event_id', [rows.map((r) => r.id)])) {
        const list = members.get(m.incident_id as string) ?? [];
        list.push(memberOf(m));
        members.set(m.incident_id as string, list);
      }
    }
    return rows.map((r) => incidentOf(r, members.get(r.id as string) ?? []));
  }

  /** Article text snippet for the query command: `…[liquéfié]…` (ts_headline over the unaccented query). */
  async snippet(hash: string, text: string): Promise<string | null> {
    const args: unknown[] = [hash];
    const tq = tsQuerySql(text, (v) => { args.push(v); return `$${args.length}`; });
    if (!tq) return null;
    const r = (await this.q(`SELECT ts_headline('simple', a.text, ${tq}, 'StartSel=[, StopSel=], MaxWords=12, MinWords=6, FragmentDelimiter=…') AS s
      FROM articles a WHERE a.hash = $1 AND a.tsv @@ (${tq})`, args))[0];
    return (r?.s as string | undefined) ?? null;
  }

  async articleIncidents(): Promise<{ hash: string; docIds: string[]; incident: string | null }[]> {
    const rows = await this.q(`SELECT a.hash, e.local_id, e.type, e.part_of, e.tags, ie.incident_id FROM articles a
      LEFT JOIN events e ON e.article_hash = a.hash LEFT JOIN incident_events ie ON ie.event_id = e.id ORDER BY a.hash, e.rid`);
    return articleIncidentsOf(rows, await this.q('SELECT hash, doc_id FROM inputs WHERE doc_id IS NOT NULL ORDER BY location'));
  }

  async stats(): Promise<StoreStats> {
    const r = (await this.q(`SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM inputs)::int AS inputs,
      (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM incidents)::int AS incidents,
      (SELECT count(*) FROM failures WHERE severity = 'error')::int AS failures, (SELECT count(*) FROM dirty_blocks)::int AS "dirtyBlocks"`))[0]!;
    return r as unknown as StoreStats;
  }

  /** The same text as the SQLite store's dump for the same content (same columns, order and encodings). */
  async dump(): Promise<string> {
    const lines: string[] = [];
    const table = async (name: string, sql: string) => {
      for (const r of await this.q(sql)) lines.push(`${name}\t${JSON.stringify(r)}`);
    };
    await table('articles', 'SELECT hash, doc_id, url, title, source, lang, date, date_precision, file, text, extraction::text AS extraction, extractor_version FROM articles ORDER BY hash');
    await table('inputs', 'SELECT * FROM inputs ORDER BY location');
    await table('failures', 'SELECT * FROM failures ORDER BY location');
    await table('events', `SELECT ${EVENT_COLUMNS.join(', ')} FROM events ORDER BY id`);
    await table('incidents', `SELECT id, block, type, sub_type, date_start, date_end, date_precision, country, admin1, location, lat, lon, geo_precision,
      killed_min, killed_max, injured_min, injured_max, fatalities, contradiction::int AS contradiction, actor1, actor2, n_articles, detail FROM incidents ORDER BY id`);
    await table('incident_events', 'SELECT * FROM incident_events ORDER BY event_id');
    await table('dirty', 'SELECT block FROM dirty_blocks ORDER BY block');
    await table('fts', "SELECT count(*)::int AS n FROM articles WHERE tsv @@ to_tsquery('simple', 'the | le | la | de')");
    return lines.join('\n');
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}

/** A URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/, '$1:***@');
}

function eventValues(m: EventRow): unknown[] {
  return [m.id, m.articleHash, m.localId, m.type, m.subType, JSON.stringify(m.tags), m.partOf, m.dateStart, m.dateEnd, m.datePrecision, m.weekday, m.dateRule,
    m.country, m.admin1, m.location, m.geonameId, m.lat, m.lon, m.geoPrecision, m.placeKind, m.actor1, m.actor1Category, m.actor2, m.actor2Category,
    m.killedMin, m.killedMax, m.injuredMin, m.injuredMax, m.confidence];
}

