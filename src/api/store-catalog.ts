/**
 * `eventwire serve --db FILE`: the store (src/store/, SQLite or PostgreSQL) read into the in-memory
 * catalog the API queries. Only the Store interface is used: its canonical dump gives every
 * article with its text and extraction, and each event's incident as the store merged it, so the
 * dashboard shows the store's incidents rather than regrouping the events itself.
 */
import { parseDocumentDate } from '../common/calendar.js';
import type { Article } from '../core/article.js';
import { ExtractionSchema, type Extraction } from '../core/schema.js';
import type { Store } from '../store/store.js';
import type { MemoryCatalog } from './memory-catalog.js';

interface DumpArticle {
  hash: string; doc_id: string | null; url: string | null; title: string | null; source: string | null; lang: string;
  date: string | null; file: string | null; text: string; extraction: string;
}

export async function loadStore(catalog: MemoryCatalog, store: Store): Promise<{ articles: number; skipped: number }> {
  const dump = await store.dump();
  const articles: DumpArticle[] = [];
  const incidentOf = new Map<string, string>();
  let from = 0;
  while (from < dump.length) {
    let to = dump.indexOf('\n', from);
    if (to < 0) to = dump.length;
    const tab = dump.indexOf('\t', from);
    const kind = tab > 0 && tab < to ? dump.slice(from, tab) : '';
    if (kind === 'articles') articles.push(JSON.parse(dump.slice(tab + 1, to)) as DumpArticle);
    else if (kind === 'incident_events') {
      const r = JSON.parse(dump.slice(tab + 1, to)) as { event_id: string; incident_id: string };
      incidentOf.set(r.event_id, r.incident_id);
    }
    from = to + 1;
  }
  let skipped = 0;
  for (const a of articles) {
    const parsed = ExtractionSchema.safeParse(JSON.parse(a.extraction));
    if (!parsed.success) {
      skipped++;
      continue;
    }
    const extraction: Extraction = parsed.data;
    const article: Article = {
      id: extraction.doc.id, text: a.text, date: a.date ? parseDocumentDate(a.date) : null, lang: a.lang,
      title: a.title, url: a.url, source: a.source, file: a.file,
    };
    // the store names events `<article hash>:<event id>`
    const incidents = new Map<string, string>();
    for (const e of extraction.events) {
      const id = incidentOf.get(`${a.hash}:${e.id}`);
      if (id) incidents.set(e.id, id);
    }
    catalog.add(article, extraction, incidents);
  }
  return { articles: articles.length - skipped, skipped };
}
