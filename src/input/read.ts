/**
 * Reads articles from files, folders (recursive), JSON / JSONL records and standard input.
 * A bad file or record becomes a failure naming it and the problem; the others are still read.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { parseDocumentDate } from '../common/calendar.js';
import type { Article } from '../core/article.js';
import { EventwireError, ERROR_CODES, expectedFound } from '../core/errors.js';
import type { DocumentDate } from '../core/schema.js';
import { decodeBytes } from './decode.js';
import { articleFromHtml } from './html.js';
import { splitHeader } from './header.js';

export interface ReadOptions {
  /** Document date for plain text without a header (`--date`). */
  date?: DocumentDate | null;
  lang?: string | null;
  maxBytes?: number;
}

export interface ReadFailure { where: string; code: string; message: string }
export interface ReadResult { articles: Article[]; failures: ReadFailure[]; warnings: { where: string; message: string }[] }

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.json', '.jsonl', '.ndjson', '', '.html', '.htm']);
/** HTML pages: main text by readability (src/input/html.ts). Feeds are read by `eventwire ingest` (src/input/feed.ts, async). */
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

function articleId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

function fail(result: ReadResult, err: unknown, where: string): void {
  if (err instanceof EventwireError) result.failures.push({ where: err.where ?? where, code: err.code, message: err.message });
  else result.failures.push({ where, code: ERROR_CODES.INPUT_UNREADABLE, message: `${where}: ${(err as Error).message}` });
}

function optionalString(record: Record<string, unknown>, field: string, where: string): string | null {
  const v = record[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new EventwireError(ERROR_CODES.BAD_FIELD, `field "${field}": ${expectedFound('a string', v)}`, where);
  return v;
}

/** One JSON record → an article. `text` is required; `date`, `id`, `title`, `url`, `source`, `lang` are optional. */
export function articleFromRecord(value: unknown, where: string, options: ReadOptions = {}): Article {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EventwireError(ERROR_CODES.BAD_FIELD, expectedFound('a JSON object with a "text" field', value), where);
  }
  const record = value as Record<string, unknown>;
  const rawText = record.text;
  if (typeof rawText !== 'string') throw new EventwireError(ERROR_CODES.BAD_FIELD, `field "text": ${expectedFound('a string', rawText)}`, where);
  if (rawText.trim() === '') throw new EventwireError(ERROR_CODES.INPUT_EMPTY, 'field "text" is empty', where);
  const rawDate = optionalString(record, 'date', where);
  let date: DocumentDate | null = options.date ?? null;
  let text = rawText;
  if (rawDate !== null) {
    date = parseDocumentDate(rawDate);
    if (!date) throw new EventwireError(ERROR_CODES.BAD_DATE, `field "date": ${expectedFound('YYYY, YYYY-MM or YYYY-MM-DD', rawDate)}`, where);
  } else {
    const header = splitHeader(rawText);
    if (header.date) { date = header.date; text = header.text; }
  }
  const id = record.id === undefined || record.id === null ? articleId(text) : String(record.id);
  return {
    id, text, date,
    lang: optionalString(record, 'lang', where) ?? options.lang ?? null,
    title: optionalString(record, 'title', where),
    url: optionalString(record, 'url', where),
    source: optionalString(record, 'source', where),
    file: where,
  };
}

/** Plain text, with the inline header when present, else the `--date` option. */
export function articleFromText(raw: string, where: string, options: ReadOptions = {}): Article {
  const header = splitHeader(raw);
  if (header.invalid) throw new EventwireError(ERROR_CODES.BAD_DATE, `header date: ${expectedFound('YYYY, YYYY-MM or YYYY-MM-DD', header.invalid)}`, where);
  if (header.text.trim() === '') throw new EventwireError(ERROR_CODES.INPUT_EMPTY, 'no article text', where);
  return {
    id: articleId(header.text),
    text: header.text,
    date: header.date ?? options.date ?? null,
    lang: options.lang ?? null,
    title: null, url: null, source: null,
    file: where,
  };
}

function readJsonLines(text: string, where: string, options: ReadOptions, result: ReadResult): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const at = `${where}:${i + 1}`;
    try {
      let value: unknown;
      try { value = JSON.parse(line); } catch (e) {
        throw new EventwireError(ERROR_CODES.BAD_JSON, `invalid JSON (${(e as Error).message})`, at);
      }
      result.articles.push(articleFromRecord(value, at, options));
    } catch (err) { fail(result, err, at); }
  }
}

function readJson(text: string, where: string, options: ReadOptions, result: ReadResult): void {
  let value: unknown;
  try { value = JSON.parse(text); } catch (e) {
    // A .json file holding one record per line is common enough to accept.
    if (text.trimStart().startsWith('{') && text.includes('}\n{')) return readJsonLines(text, where, options, result);
    throw new EventwireError(ERROR_CODES.BAD_JSON, `invalid JSON (${(e as Error).message})`, where);
  }
  if (Array.isArray(value) && value.length === 0) throw new EventwireError(ERROR_CODES.INPUT_EMPTY, 'expected at least one record, found an empty array', where);
  const records = Array.isArray(value) ? value : [value];
  records.forEach((record, i) => {
    const at = Array.isArray(value) ? `${where}[${i}]` : where;
    try { result.articles.push(articleFromRecord(record, at, options)); } catch (err) { fail(result, err, at); }
  });
}

/** Reads the contents of one input whose bytes are already in hand (a file or standard input). */
export function readBytes(bytes: Uint8Array, where: string, options: ReadOptions, result: ReadResult): void {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (bytes.length > maxBytes) {
      throw new EventwireError(ERROR_CODES.INPUT_TOO_LARGE, `${bytes.length} bytes is over the limit of ${maxBytes} (raise it with --max-bytes)`, where);
    }
    const decoded = decodeBytes(bytes, where);
    for (const message of decoded.warnings) result.warnings.push({ where, message });
    const ext = extname(where).toLowerCase();
    const trimmed = decoded.text.trimStart();
    if (trimmed === '') throw new EventwireError(ERROR_CODES.INPUT_EMPTY, 'the input is empty', where);
    if (HTML_EXTENSIONS.has(ext)) result.articles.push(articleFromHtml(decoded.text, where, { lang: options.lang ?? null, date: options.date ?? null }).article);
    else if (ext === '.jsonl' || ext === '.ndjson') readJsonLines(decoded.text, where, options, result);
    else if (ext === '.json' || (where === '<stdin>' && (trimmed.startsWith('{') || trimmed.startsWith('[')))) {
      if (where === '<stdin>' && trimmed.startsWith('{') && /}\s*\n\s*{/.test(trimmed)) readJsonLines(decoded.text, where, options, result);
      else readJson(decoded.text, where, options, result);
    } else result.articles.push(articleFromText(decoded.text, where, options));
  } catch (err) { fail(result, err, where); }
}

/** Files of a folder and its sub-folders with one of these extensions, in code-point order (same on every machine). */
export function listFiles(dir: string, into: string[], extensions: ReadonlySet<string> = TEXT_EXTENSIONS): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, into, extensions);
    else if (entry.isFile() && extensions.has(extname(entry.name).toLowerCase()) && !/^(README|LICENSE|PROVENANCE)/i.test(basename(entry.name))) into.push(path);
  }
}

/** Reads every path (file or folder); `-` is standard input. */
export function readInputs(paths: string[], options: ReadOptions = {}, stdin?: () => Uint8Array): ReadResult {
  const result: ReadResult = { articles: [], failures: [], warnings: [] };
  for (const path of paths) {
    if (path === '-') {
      readBytes(stdin ? stdin() : readFileSync(0), '<stdin>', options, result);
      continue;
    }
    let files: string[];
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) { files = []; listFiles(path, files); } else files = [path];
    } catch {
      result.failures.push({ where: path, code: ERROR_CODES.INPUT_NOT_FOUND, message: `${path}: no such file or folder` });
      continue;
    }
    for (const file of files) {
      try { readBytes(readFileSync(file), file, options, result); } catch (err) { fail(result, err, file); }
    }
  }
  return result;
}
