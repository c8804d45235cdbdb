/**
 * Versioned schema of the SQLite store. `PRAGMA user_version` holds the last applied migration;
 * each migration runs once, in its own transaction. Append new ones; never edit an applied one.
 */
export interface Migration { version: number; name: string; sql: string }

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, inputs, failures, full-text search',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE articles (
        rid INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        doc_id TEXT, url TEXT, title TEXT, source TEXT, lang TEXT NOT NULL,
        date TEXT, date_precision TEXT, file TEXT,
        text TEXT NOT NULL,
        extraction TEXT NOT NULL,
        extractor_version TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
      CREATE INDEX articles_date ON articles(date);
      CREATE TABLE inputs (location TEXT PRIMARY KEY, hash TEXT NOT NULL, doc_id TEXT);
      CREATE INDEX inputs_hash ON inputs(hash);
      CREATE TABLE failures (
        location TEXT PRIMARY KEY, code TEXT NOT NULL, message TEXT NOT NULL, hash TEXT, extractor_version TEXT,
        severity TEXT NOT NULL DEFAULT 'error'  -- 'warning': read, with a problem (invalid UTF-8 replaced)
      );
      CREATE INDEX failures_hash ON failures(hash) WHERE hash IS NOT NULL;
      -- Diacritics removed so "interieur" finds "l'Intérieur"; external content: the text is stored once.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rid, coalesce(new.title, ''), new.text);
      END;
      CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rid, coalesce(old.title, ''), old.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'events with time, type, country and bounding-box indexes',
    sql: `
      CREATE TABLE events (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
        local_id TEXT NOT NULL, type TEXT NOT NULL, sub_type TEXT NOT NULL, tags TEXT NOT NULL, part_of TEXT,
        date_start TEXT, date_end TEXT, date_precision TEXT, weekday TEXT, date_rule TEXT,
        country TEXT, admin1 TEXT, location TEXT, geoname_id INTEGER, lat REAL, lon REAL, geo_precision INTEGER, place_kind TEXT,
        actor1 TEXT, actor1_category TEXT, actor2 TEXT, actor2_category TEXT,
        killed_min INTEGER, killed_max INTEGER, injured_min INTEGER, injured_max INTEGER,
        confidence REAL NOT NULL,
        merge TEXT NOT NULL
      );
      CREATE INDEX events_article ON events(article_hash);
      CREATE INDEX events_date ON events(date_start, date_end);
      CREATE INDEX events_type ON events(type, sub_type);
      CREATE INDEX events_country ON events(country, date_start);
      CREATE VIRTUAL TABLE events_geo USING rtree(rid, min_lat, max_lat, min_lon, max_lon);
      CREATE TRIGGER events_ai AFTER INSERT ON events WHEN new.lat IS NOT NULL BEGIN
        INSERT INTO events_geo VALUES (new.rid, new.lat, new.lat, new.lon, new.lon);
      END;
      CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
        DELETE FROM events_geo WHERE rid = old.rid;
      END;
      CREATE TABLE dirty_blocks (block TEXT PRIMARY KEY);
    `,
  },
  {
    version: 3,
    name: 'incidents: merged events, per-source figures, reasons',
    sql: `
      CREATE TABLE incidents (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        block TEXT NOT NULL,
        type TEXT NOT NULL, sub_type TEXT NOT NULL,
        date_start TEXT, date_end TEXT, date_precision TEXT,
        country TEXT, admin1 TEXT, location TEXT, lat REAL, lon REAL, geo_precision INTEGER,
        killed_min INTEGER, killed_max INTEGER, injured_min INTEGER, injured_max INTEGER,
        fatalities INTEGER NOT NULL, contradiction INTEGER NOT NULL,
        actor1 TEXT, actor1_category TEXT, actor2 TEXT, actor2_category TEXT,
        n_articles INTEGER NOT NULL,
        detail TEXT NOT NULL
      );
      CREATE INDEX incidents_block ON incidents(block);
      CREATE INDEX incidents_date ON incidents(date_start, date_end);
      CREATE INDEX incidents_type ON incidents(type, sub_type);
      CREATE INDEX incidents_country ON incidents(country, date_start);
      CREATE INDEX incidents_killed ON incidents(fatalities);
      CREATE VIRTUAL TABLE incidents_geo USING rtree(rid, min_lat, max_lat, min_lon, max_lon);
      CREATE TRIGGER incidents_ai AFTER INSERT ON incidents WHEN new.lat IS NOT NULL BEGIN
        INSERT INTO incidents_geo VALUES (new.rid, new.lat, new.lat, new.lon, new.lon);
      END;
      CREATE TRIGGER incidents_ad AFTER DELETE ON incidents BEGIN
        DELETE FROM incidents_geo WHERE rid = old.rid;
      END;
      CREATE TABLE incident_events (
        event_id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        reasons TEXT NOT NULL,
        implied_date TEXT
      );
      CREATE INDEX incident_events_incident ON incident_events(incident_id);
    `,
  },
];
