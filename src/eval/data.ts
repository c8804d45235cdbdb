/**
 * Reading the evaluation data at run time (never copied into the repository): where the folder is,
 * every file of a set whatever its split (dev, dev2, train, test), plain or gzipped, and the small
 * text helpers the scorers share.
 *   dataDirOf({ data: undefined }) → $EVENTWIRE_DATA, else ../shared/data from the working folder
 *   setFiles(dir, ['.tsv'])        → dir/**\/*.tsv and *.tsv.gz, sorted
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export function dataDirOf(option: string | undefined): string {
  return resolve(option || process.env.EVENTWIRE_DATA || '../shared/data');
}

export function seedDirOf(option: string | undefined): string {
  return resolve(option || process.env.EVENTWIRE_SEED || '../shared/seed');
}

/** The repository root: the nearest folder above this module with eventwire's package.json. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'eventwire') return dir;
      } catch { /* not ours: keep climbing */ }
    }
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function isDirectory(path: string): boolean {
  try { return statSync(path).isDirectory(); } catch { return false; }
}

/** A file's text, gunzipped when it ends in .gz. */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Every file under `dir` (recursively) whose name ends with one of `extensions`, also gzipped. */
export function setFiles(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extensions.some((ext) => entry.name.endsWith(ext) || entry.name.endsWith(`${ext}.gz`))) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

/** JSON Lines, blank lines skipped; a bad line names its file and line. */
export function readJsonLines(path: string): unknown[] {
  return readText(path).split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    try { return [JSON.parse(line) as unknown]; } catch (e) {
      throw new Error(`${path}:${i + 1}: expected a JSON object, found invalid JSON (${(e as Error).message})`);
    }
  });
}

/** Case, accent and punctuation fold for comparing names: "Côte d’Ivoire" → "cote d ivoire". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower in XML_ENTITIES) return XML_ENTITIES[lower]!;
    return String.fromCodePoint(lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10));
  });
}

/** A short, one-line quotation of the text around a span, for error lines. */
export function contextOf(text: string, start: number, end: number, width = 40): string {
  const before = text.slice(Math.max(0, start - width), start);
  const after = text.slice(end, end + width);
  return `…${before}[${text.slice(start, end)}]${after}…`.replace(/\s+/g, ' ');
}

/** The first `limit` items, or all of them. */
export function limited<T>(items: readonly T[], limit: number | null): T[] {
  return limit === null ? [...items] : items.slice(0, limit);
}
