/** Bench inputs: wikinews-fr-100 and the seed, read from ../shared (never copied into the repo). */
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseDocumentDate } from '../src/common/calendar.js';
import type { Article } from '../src/core/article.js';
import { articleFromText } from '../src/input/read.js';

export const DATA_DIR = process.env.EVENTWIRE_DATA ?? join('..', 'shared', 'data');
export const SEED_FILE = join(process.env.EVENTWIRE_SEED ?? join('..', 'shared', 'seed'), '000_a78af1fe0153eff0.txt');

export function wikinewsFr(): Article[] {
  const file = join(DATA_DIR, 'wikinews-fr-100', 'wikinews_fr_100.jsonl');
  if (!existsSync(file)) throw new Error(`bench needs ${file} (set EVENTWIRE_DATA)`);
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const r = JSON.parse(line) as { doc_id: string; title: string; date_from_dateline: string | null; text: string };
    return { id: r.doc_id, text: r.text, date: r.date_from_dateline ? parseDocumentDate(r.date_from_dateline) : null, lang: 'fr', title: r.title, url: null, source: 'wikinews', file };
  });
}

export function seedRepeated(times: number): Article[] {
  const seed = articleFromText(readFileSync(SEED_FILE, 'utf8'), SEED_FILE);
  return Array.from({ length: times }, (_, i) => ({ ...seed, id: `seed-${i}`, lang: 'fr' }));
}

/** The first `limit` English articles of gva-incidents (US local news), with their publication date. */
export function gvaEnglish(limit: number): Article[] {
  const file = join(DATA_DIR, 'gva-incidents', 'documents.jsonl.gz');
  if (!existsSync(file)) throw new Error(`bench needs ${file} (set EVENTWIRE_DATA)`);
  return gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter((l) => l.trim()).slice(0, limit).map((line) => {
    const r = JSON.parse(line) as { doc_id: string; dct: string | null; title: string | null; text: string };
    return { id: r.doc_id, text: r.text, date: r.dct ? parseDocumentDate(r.dct) : null, lang: 'en', title: r.title, url: null, source: 'gva', file };
  });
}
