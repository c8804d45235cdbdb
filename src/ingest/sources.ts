/**
 * What `eventwire ingest` reads: files, folders (recursive), `.gz` files, JSON/JSONL records (with
 * the field names of common dumps: `doc_id` → id, `dct` / `date_from_dateline` / `published` → date),
 * HTML pages, RSS/Atom feeds from a file or a URL (optionally following each item's link).
 * Yields articles and failures in a stable order; a bad input never stops the walk.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../core/article.js';
import { EventwireError, ERROR_CODES } from '../core/errors.js';
import type { DocumentDate } from '../core/schema.js';
import { decodeBytes } from '../input/decode.js';
import { articleFromItem, looksLikeFeed, parseFeed } from '../input/feed.js';
import { fetchText } from '../input/fetch.js';
import { articleFromHtml } from '../input/html.js';
import { articleFromRecord, DEFAULT_MAX_BYTES, listFiles, readBytes, type ReadResult } from '../input/read.js';

import type { FailureRow } from '../store/store.js';

export interface SourceOptions { date?: DocumentDate | null; lang?: string | null; maxBytes?: number; follow?: boolean; fetch?: typeof fetch; fetchTimeoutMs?: number }

const fetchOptions = (o: SourceOptions) => ({ fetch: o.fetch, timeoutMs: o.fetchTimeoutMs, maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES });

/** The reading options out of a command's options (ingest, enqueue), which hold more than reading. */
export function sourceOptionsOf(o: SourceOptions): SourceOptions {
  return { date: o.date ?? null, lang: o.lang ?? null, maxBytes: o.maxBytes, follow: o.follow, fetch: o.fetch, fetchTimeoutMs: o.fetchTimeoutMs };
}

export type SourceItem =
  | { kind: 'article'; article: Article; location: string; docId: string | null }
  | { kind: 'failure'; location: string; code: string; message: string }
  | { kind: 'warning'; location: string; message: string };

/** A read problem as the store records it: a warning (read anyway) or a failure (nothing read). */
export function problemRow(item: Extract<SourceItem, { kind: 'failure' | 'warning' }>): FailureRow {
  if (item.kind === 'warning') {
    const code = /UTF-8/.test(item.message) ? 'invalid-utf8' : 'warning';
    return { location: item.location, code, message: `${item.location}: ${item.message}`, hash: null, extractorVersion: null, severity: 'warning' };
  }
  return { location: item.location, code: item.code, message: item.message, hash: null, extractorVersion: null };
}

const EXTENSIONS = new Set(['.txt', '.text', '.json', '.jsonl', '.ndjson', '', '.html', '.htm', '.xml', '.rss', '.atom', '.gz']);
const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom']);

function failureOf(err: unknown, where: string): SourceItem {
  if (err instanceof EventwireError) return { kind: 'failure', location: err.where ?? where, code: err.code, message: err.message };
  return { kind: 'failure', location: where, code: ERROR_CODES.INPUT_UNREADABLE, message: `${where}: ${(err as Error).message}` };
}

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['doc_id', 'docId', 'guid'],
  date: ['dct', 'date_from_dateline', 'published', 'pubDate', 'datePublished'],
  url: ['link'],
};

/** A record of a common dump, renamed to our fields; the date cut to YYYY-MM-DD when it is a timestamp. */
export function normaliseRecord(value: unknown): { record: unknown; docId: string | null } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { record: value, docId: null };
  const r: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [field, aliases] of Object.entries(ALIASES)) {
    if (r[field] !== undefined && r[field] !== null) continue;
    const alias = aliases.find((a) => r[a] !== undefined && r[a] !== null);
    if (alias) r[field] = r[alias];
  }
  if (typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(r.date)) r.date = r.date.slice(0, 10);
  for (const k of Object.values(ALIASES).flat()) delete r[k];
  const docId = r.id === undefined || r.id === null ? null : String(r.id);
  return { record: r, docId };
}

function* recordsOf(text: string, where: string, lines: boolean, options: SourceOptions): Generator<SourceItem> {
  const one = function* (value: unknown, at: string): Generator<SourceItem> {
    try {
      const { record, docId } = normaliseRecord(value);
      yield { kind: 'article', article: articleFromRecord(record, at, options), location: at, docId };
    } catch (err) { yield failureOf(err, at); }
  };
  if (!lines) {
    let value: unknown;
    try { value = JSON.parse(text); } catch (e) {
      if (!(text.trimStart().startsWith('{') && text.includes('}\n{'))) {
        yield failureOf(new EventwireError(ERROR_CODES.BAD_JSON, `invalid JSON (${(e as Error).message})`, where), where);
        return;
      }
      yield* recordsOf(text, where, true, options);
      return;
    }
    if (Array.isArray(value) && value.length === 0) { yield failureOf(new EventwireError(ERROR_CODES.INPUT_EMPTY, 'expected at least one record, found an empty array', where), where); return; }
    if (Array.isArray(value)) { for (let i = 0; i < value.length; i++) yield* one(value[i], `${where}[${i}]`); } else yield* one(value, where);
    return;
  }
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    const at = `${where}:${lineNo}`;
    let value: unknown;
    try { value = JSON.parse(line); } catch (e) {
      yield failureOf(new EventwireError(ERROR_CODES.BAD_JSON, `invalid JSON (${(e as Error).message})`, at), at);
      continue;
    }
    yield* one(value, at);
  }
}

async function* feedItems(xml: string, where: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  let feed: Awaited<ReturnType<typeof parseFeed>>;
  try { feed = await parseFeed(xml, where); } catch (err) { yield failureOf(err, where); return; }
  for (let i = 0; i < feed.items.length; i++) {
    const item = feed.items[i]!;
    const at = `${where}#${item.guid ?? item.link ?? i + 1}`;
    try {
      if (options.follow && item.link && /^https?:/.test(item.link)) {
        const page = await fetchText(item.link, fetchOptions(options));
        const { article } = articleFromHtml(page, item.link, { lang: options.lang ?? null, url: item.link });
        const date = article.date ?? (item.isoDate ? { value: item.isoDate.slice(0, 10), precision: 'day' as const } : null);
        yield { kind: 'article', article: { ...article, date, title: article.title ?? item.title, source: article.source ?? feed.title }, location: at, docId: item.guid };
      } else {
        yield { kind: 'article', article: articleFromItem(item, feed.title, at, options.lang ?? null), location: at, docId: item.guid };
      }
    } catch (err) { yield { ...failureOf(err, at), location: at }; } // the feed item is the input; the message names the link
  }
}

/** One file's (or download's) bytes → items. `name` decides the reader (extension, with `.gz` peeled off). */
export async function* itemsOfBytes(bytes: Uint8Array, name: string, where: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let ext = extname(name).toLowerCase();
  if (ext === '.gz') {
    try { bytes = gunzipSync(bytes, { maxOutputLength: Math.max(max, 1) * 50 }); } catch (err) {
      yield failureOf(new EventwireError(ERROR_CODES.INPUT_UNREADABLE, `expected gzip data, found ${(err as Error).message}`, where), where);
      return;
    }
    name = name.slice(0, -3);
    ext = extname(name).toLowerCase();
  }
  const isRecords = ext === '.json' || ext === '.jsonl' || ext === '.ndjson';
  // A records file holds many articles: the size limit applies to each record, not to the file.
  if (!isRecords && bytes.length > max) {
    yield failureOf(new EventwireError(ERROR_CODES.INPUT_TOO_LARGE, `${bytes.length} bytes is over the limit of ${max} (raise it with --max-bytes)`, where), where);
    return;
  }
  let text: string;
  try {
    const decoded = decodeBytes(bytes, where);
    for (const message of decoded.warnings) yield { kind: 'warning', location: where, message };
    text = decoded.text;
  } catch (err) { yield failureOf(err, where); return; }
  if (text.trim() === '') { yield failureOf(new EventwireError(ERROR_CODES.INPUT_EMPTY, 'the input is empty', where), where); return; }
  if (FEED_EXTENSIONS.has(ext) || (ext !== '.html' && ext !== '.htm' && looksLikeFeed(text))) { yield* feedItems(text, where, options); return; }
  if (isRecords) {
    for (const item of recordsOf(text, where, ext !== '.json', options)) {
      if (item.kind === 'article' && item.article.text.length > max) {
        yield failureOf(new EventwireError(ERROR_CODES.INPUT_TOO_LARGE, `record text of ${item.article.text.length} characters is over the limit of ${max}`, item.location), item.location);
      } else yield item;
    }
    return;
  }
  if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype html|html)[\s>]/i.test(text.slice(0, 200))) {
    try {
      const { article } = articleFromHtml(text, where, { lang: options.lang ?? null, date: options.date ?? null });
      yield { kind: 'article', article, location: where, docId: null };
    } catch (err) { yield failureOf(err, where); }
    return;
  }
  const result: ReadResult = { articles: [], failures: [], warnings: [] };
  readBytes(bytes, where, options, result);
  for (const f of result.failures) yield { kind: 'failure', location: where, code: f.code, message: f.message };
  for (const a of result.articles) yield { kind: 'article', article: { ...a, file: where }, location: where, docId: null };
}

/** Every path or URL → items, in order. */
export async function* readSources(paths: readonly string[], options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    if (/^https?:\/\//i.test(path)) {
      try {
        const text = await fetchText(path, fetchOptions(options));
        yield* itemsOfBytes(new TextEncoder().encode(text), looksLikeFeed(text) ? 'feed.xml' : 'page.html', path, options);
      } catch (err) { yield failureOf(err, path); }
      continue;
    }
    let files: string[];
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) { files = []; listFiles(path, files, EXTENSIONS); } else files = [path];
    } catch {
      yield { kind: 'failure', location: path, code: ERROR_CODES.INPUT_NOT_FOUND, message: `${path}: no such file or folder` };
      continue;
    }
    for (const file of files) {
      try {
        const size = statSync(file).size;
        const ext = extname(file).toLowerCase();
        // Plain files over the limit are refused before reading them; record files may hold many articles.
        if (size > max && !['.json', '.jsonl', '.ndjson', '.gz'].includes(ext)) {
          yield failureOf(new EventwireError(ERROR_CODES.INPUT_TOO_LARGE, `${size} bytes is over the limit of ${max} (raise it with --max-bytes)`, file), file);
          continue;
        }
        yield* itemsOfBytes(readFileSync(file), basename(file), file, options);
      } catch (err) { yield failureOf(err, file); }
    }
  }
}

