/**
 * The schema of the PostgreSQL store: the SQLite migrations (src/store/sqlite/migrations.ts) expressed
 * for PostgreSQL. `meta.schema_version` holds the last applied migration; each migration runs once, in
 * its own transaction, under an advisory lock (several workers may start at once). Append; never edit.
 * Differences from SQLite: full-text search is a `tsvector` (per-language stemming + an unstemmed
 * 'simple' copy for exact words and prefixes, both over `unaccent`ed text) with a GIN index; the
 * bounding-box indexes are GiST on `point(lon, lat)`; events are partitioned by month of their start date
 * (partitions made on demand, undated events in the default partition); keys sort bytewise (COLLATE "C"),
 * as in SQLite.
 */
export interface PgMigration { version: number; name: string; sql: string }

/** PostgreSQL text-search configurations of the languages we read; other languages use 'simple'. */
export const TS_CONFIGS: Readonly<Record<string, string>> = {
  fr: 'french', en: 'english', es: 'spanish', de: 'german', it: 'italian', pt: 'portuguese', nl: 'dutch', ru: 'russian',
  sv: 'swedish', da: 'danish', fi: 'finnish', no: 'norwegian', hu: 'hungarian', ro: 'romanian', tr: 'turkish', ar: 'arabic',
};

const configCase = Object.entries(TS_CONFIGS).map(([k, v]) => `WHEN '${k}' THEN '${v}'::regconfig`).join(' ');

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'articles, inputs, failures, full-text search',
    sql: `
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
      CREATE FUNCTION ew_ts_config(lang text) RETURNS regconfig LANGUAGE sql IMMUTABLE AS
        $$ SELECT CASE lang ${configCase} ELSE 'simple'::regconfig END $$;
      CREATE TABLE articles (
        rid bigserial PRIMARY KEY,
        hash text COLLATE "C" NOT NULL UNIQUE,
        doc_id text COLLATE "C", url text COLLATE "C", title text, source text, lang text NOT NULL,
        date text COLLATE "C", date_precision text, file text COLLATE "C",
        text text NOT NULL,
        extraction json NOT NULL,
        extractor_version text NOT NULL,
        ingested_at timestamptz NOT NULL DEFAULT now(),
        tsv tsvector NOT NULL
      );
      CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
      CREATE INDEX articles_date ON articles(date);
      CREATE INDEX articles_tsv ON articles USING gin (tsv);
      -- Stemmed in the article's language and unstemmed ('simple'), both without diacritics:
      -- "interieur" finds "l'Intérieur", "émeutes" finds "émeute", "emeute*" is a prefix.
      CREATE FUNCTION ew_articles_tsv() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE body text := unaccent(coalesce(NEW.title, '') || E'\\n' || NEW.text);
      BEGIN
        NEW.tsv := to_tsvector(ew_ts_config(NEW.lang), body) || to_tsvector('simple', body);
        RETURN NEW;
      END $$;
      CREATE TRIGGER articles_tsv BEFORE INSERT OR UPDATE OF title, text, lang ON articles
        FOR EACH ROW EXECUTE FUNCTION ew_articles_tsv();
      CREATE TABLE inputs (location text COLLATE "C" PRIMARY KEY, hash text COLLATE "C" NOT NULL, doc_id text COLLATE "C");
      CREATE INDEX inputs_hash ON inputs(hash);
      CREATE TABLE failures (
        location text COLLATE "C" PRIMARY KEY, code text NOT NULL, message text NOT NULL, hash text COLLATE "C", extractor_version text,
        severity text NOT NULL DEFAULT 'error'
      );
      CREATE INDEX failures_hash ON failures(hash) WHERE hash IS NOT NULL;
    `,
  },
  {
    version: 2,
    name: 'events partitioned by month, with time, type, country and point indexes',
    sql: `
      CREATE TABLE events (
        rid bigserial,
        id text COLLATE "C" NOT NULL,
        article_hash text COLLATE "C" NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
        local_id text NOT NULL, type text NOT NULL, sub_type text NOT NULL, tags text NOT NULL, part_of text COLLATE "C",
        date_start text COLLATE "C", date_end text COLLATE "C", date_precision text, weekday text, date_rule text,
        country text COLLATE "C", admin1 text, location text, geoname_id integer, lat double precision, lon double precision,
        geo_precision integer, place_kind text,
        actor1 text, actor1_category text, actor2 text, actor2_category text,
        killed_min integer, killed_max integer, injured_min integer, injured_max integer,
        confidence double precision NOT NULL,
        merge text NOT NULL,
        month date
      ) PARTITION BY RANGE (month);
      CREATE TABLE events_undated PARTITION OF events DEFAULT;
      CREATE INDEX events_id ON events(id);
      CREATE INDEX events_article ON events(article_hash);
      CREATE INDEX events_date ON events(date_start, date_end);
      CREATE INDEX events_type ON events(type, sub_type);
      CREATE INDEX events_country ON events(country, date_start);
      CREATE INDEX events_geo ON events USING gist (point(lon, lat)) WHERE lat IS NOT NULL;
      CREATE SEQUENCE dirty_seq;
      -- seq: bumped by every write that touches the block; a merge clears the block only if no write came since it read it.
      CREATE TABLE dirty_blocks (block text COLLATE "C" PRIMARY KEY, seq bigint NOT NULL);
    `,
  },
  {
    version: 3,
    name: 'incidents: merged events, per-source figures, reasons',
    sql: `
      CREATE TABLE incidents (
        rid bigserial PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        block text COLLATE "C" NOT NULL,
        type text NOT NULL, sub_type text NOT NULL,
        date_start text COLLATE "C", date_end text COLLATE "C", date_precision text,
        country text COLLATE "C", admin1 text, location text, lat double precision, lon double precision, geo_precision integer,
        killed_min integer, killed_max integer, injured_min integer, injured_max integer,
        fatalities integer NOT NULL, contradiction boolean NOT NULL,
        actor1 text, actor1_category text, actor2 text, actor2_category text,
        n_articles integer NOT NULL,
        detail text NOT NULL
      );
      CREATE INDEX incidents_block ON incidents(block);
      CREATE INDEX incidents_date ON incidents(date_start, date_end);
      CREATE INDEX incidents_type ON incidents(type, sub_type);
      CREATE INDEX incidents_country ON incidents(country, date_start);
      CREATE INDEX incidents_killed ON incidents(fatalities);
      CREATE INDEX incidents_geo ON incidents USING gist (point(lon, lat)) WHERE lat IS NOT NULL;
      CREATE TABLE incident_events (
        event_id text COLLATE "C" PRIMARY KEY,
        incident_id text COLLATE "C" NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        reasons text NOT NULL,
        implied_date text
      );
      CREATE INDEX incident_events_incident ON incident_events(incident_id);
    `,
  },
  {
    version: 4,
    name: 'distributed ingest: one row per article extraction committed by a queue worker',
    sql: `
      CREATE TABLE ingest_log (
        hash text COLLATE "C" NOT NULL, job_id text NOT NULL, worker text NOT NULL,
        extracted boolean NOT NULL, ms integer, at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX ingest_log_at ON ingest_log(at);
      CREATE INDEX ingest_log_hash ON ingest_log(hash);
    `,
  },
];
