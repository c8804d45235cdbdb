// The in-memory gazetteer: loads data/gazetteer/gazetteer.tsv.gz once and indexes every name.
//   lookup("Janaozen")      → Zhanaozen (KZ), through the transliteration fold
//   lookup("Kazakhstan")    → the country (strong name) and Aqsay (one of its alternates)
//   lookup("Le Caire")      → Cairo; lookup("Caire") → Cairo too (article-less variant)
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { projectFile } from '../core/paths.js';
import { FOLD_VERSION, foldName, foldTranslit } from './fold.js';

// Found from the project root, so the built code (dist/src/geo) reads the same committed file.
export const DEFAULT_GAZETTEER_FILE = projectFile('data', 'gazetteer', 'gazetteer.tsv.gz');

export type PlaceKind = 'city' | 'admin1' | 'country' | 'region' | 'water';

/** How a name reached an entry. Weaker matches lose ties to stronger ones. */
export const MatchFlag = {
  /** Matched an alternate name or a translation rather than the primary/curated name. */
  Weak: 1,
  /** Matched the name without its leading article ("Caire" for "Le Caire"). */
  ArticleDropped: 2,
  /** Matched only after the transliteration fold ("Janaozen" → "Zhanaozen"). */
  Transliterated: 4,
} as const;

export interface Candidate { entry: number; flags: number }

export class GazetteerError extends Error {
  constructor(readonly code: 'GAZETTEER_NOT_FOUND' | 'GAZETTEER_BAD_FORMAT' | 'GAZETTEER_STALE', message: string) {
    super(message);
    this.name = 'GazetteerError';
  }
}

const ENTRY_SHIFT = 3; // refs pack entry index and MatchFlag bits: ref = entry << 3 | flags
const FLAG_MASK = (1 << ENTRY_SHIFT) - 1;
const MAX_NAME_WORDS = 6;

/** A sorted run of "key<TAB>refs" lines, binary-searched in place in the UTF-8 bytes of the file:
 * loading costs nothing, a probe lands mid-line and steps back to the line start. The builder
 * sorts the lines by their UTF-8 bytes, the order compared here. */
class SortedKeyLines {
  constructor(private readonly bytes: Buffer, private readonly from: number, private readonly to: number, readonly size: number) {}

  /** <0, 0 or >0 as the line sorts before, starts with, or sorts after the probe. */
  private compare(lineStart: number, probe: Buffer): number {
    const bytes = this.bytes;
    for (let j = 0; j < probe.length; j++) {
      const b = bytes[lineStart + j]!;
      if (b === NEWLINE) return -1;
      const diff = b - probe[j]!;
      if (diff !== 0) return diff;
    }
    return 0;
  }

  /** Start of the first line that does not sort before the probe (or `to`). */
  private lowerBound(probe: Buffer): number {
    let lo = this.from; // always a line start
    let hi = this.to; // always a line start or the end
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const lineStart = mid === lo ? lo : Math.max(lo, this.bytes.lastIndexOf(NEWLINE, mid - 1) + 1);
      if (this.compare(lineStart, probe) < 0) lo = this.bytes.indexOf(NEWLINE, lineStart) + 1;
      else hi = lineStart;
    }
    return lo;
  }

  /** The raw refs of a key, or undefined. */
  refs(key: string): string | undefined {
    const probe = Buffer.from(key + '\t', 'utf8');
    const start = this.lowerBound(probe);
    if (start >= this.to || this.compare(start, probe) !== 0) return undefined;
    return this.bytes.toString('latin1', start + probe.length, this.bytes.indexOf(NEWLINE, start));
  }

  /** True when a longer key starts with these words ("new" → "new york"). */
  hasLongerKey(prefix: string): boolean {
    const probe = Buffer.from(prefix + ' ', 'utf8');
    const start = this.lowerBound(probe);
    return start < this.to && this.compare(start, probe) === 0;
  }
}

/** Parses a plain decimal ("-12.5", "147443") from ASCII bytes without making a string. */
function parseDecimalBytes(bytes: Buffer, from: number, to: number): number {
  let i = from;
  let sign = 1;
  if (bytes[i] === 45 /* - */) { sign = -1; i++; }
  let value = 0;
  for (; i < to; i++) {
    const c = bytes[i]!;
    if (c === 46 /* . */) break;
    value = value * 10 + (c - 48);
  }
  let scale = 0.1;
  for (i++; i < to; i++) {
    value += (bytes[i]! - 48) * scale;
    scale /= 10;
  }
  return sign * value;
}

const KINDS: readonly PlaceKind[] = ['country', 'admin1', 'city', 'region', 'water'];
/** Kind code by the ASCII byte of its letter: C 67, A 65, P 80, R 82, W 87. */
const KIND_CODE_BY_BYTE: Readonly<Record<number, number>> = { 67: 0, 65: 1, 80: 2, 82: 3, 87: 4 };
const TAB = 9;
const NEWLINE = 10;

/** Places are read lazily: numbers are parsed at load (resolution compares them across many
 * candidates), text fields only when a place is looked at. Loading stays a few scans of the file. */
export class Gazetteer {
  readonly size: number;
  readonly geonameId: Int32Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly population: Float64Array;
  readonly countryByIso2 = new Map<string, number>();
  readonly countryByIso3 = new Map<string, number>();
  readonly admin1ByCode = new Map<string, number>();
  /** Capital city entry per country (PPLC, most populous when several). */
  readonly capitalOf = new Map<string, number>();
  /** Longest name considered by recognisers, in words. */
  readonly maxNameWords = MAX_NAME_WORDS;

  // Recognition asks about the same words article after article: answers are memoised.
  private readonly lookupCache = new Map<string, readonly Candidate[]>();
  private readonly hasKeyCache = new Map<string, boolean>();
  private readonly longerNameCache = new Map<string, boolean>();
  private readonly kindCode: Uint8Array;
  private readonly bytes: Buffer;
  private readonly entryStarts: Int32Array;
  private readonly rows: (string[] | undefined)[];
  private readonly byName: SortedKeyLines;
  // Keys whose transliteration fold differs from their plain fold; the others are found in
  // byName under the same key.
  private readonly byTranslitOnly: SortedKeyLines;

  constructor(bytes: Buffer) {
    const namesMarker = bytes.indexOf('\n@names\t');
    if (namesMarker < 0) throw new GazetteerError('GAZETTEER_BAD_FORMAT', 'expected a section @names, found none');
    const entriesMarker = bytes.indexOf('@entries\t');
    if (entriesMarker < 0 || entriesMarker > namesMarker) throw new GazetteerError('GAZETTEER_BAD_FORMAT', 'expected a section @entries, found none');
    const header = bytes.toString('utf8', 0, entriesMarker);
    const foldVersion = /#fold-version\t(\d+)/.exec(header)?.[1];
    if (Number(foldVersion) !== FOLD_VERSION) {
      throw new GazetteerError('GAZETTEER_STALE', `expected fold version ${FOLD_VERSION}, found ${foldVersion ?? 'none'}: rebuild with npx tsx scripts/build-gazetteer.ts`);
    }
    const entriesHeaderEnd = bytes.indexOf(NEWLINE, entriesMarker);
    const n = Number(bytes.toString('latin1', entriesMarker + '@entries\t'.length, entriesHeaderEnd));
    this.bytes = bytes;
    this.size = n;
    this.geonameId = new Int32Array(n);
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.population = new Float64Array(n);
    this.kindCode = new Uint8Array(n);
    this.entryStarts = new Int32Array(n + 1);
    this.rows = new Array<string[] | undefined>(n);

    // One pass over the rows' bytes; fields found with indexOf (native, fast before the JIT warms
    // up), numbers parsed in place. Text fields are decoded only when a place is looked at.
    const capitals: number[] = [];
    let entry = 0;
    let at = entriesHeaderEnd + 1;
    for (; entry < n && at < namesMarker; entry++) {
      this.entryStarts[entry] = at;
      const lineEnd = bytes.indexOf(NEWLINE, at);
      let fieldStart = at;
      for (let field = 0; field <= 8; field++) {
        const tab = bytes.indexOf(TAB, fieldStart);
        if (tab < 0 || tab > lineEnd) throw new GazetteerError('GAZETTEER_BAD_FORMAT', `expected 11 columns on entry ${entry}, found ${field + 1}`);
        switch (field) {
          case 0: this.geonameId[entry] = parseDecimalBytes(bytes, fieldStart, tab); break;
          case 1: {
            const code = KIND_CODE_BY_BYTE[bytes[fieldStart]!];
            if (code === undefined || tab !== fieldStart + 1) throw new GazetteerError('GAZETTEER_BAD_FORMAT', `expected kind C/A/P/R/W on entry ${entry}, found "${bytes.toString('utf8', fieldStart, tab)}"`);
            this.kindCode[entry] = code;
            break;
          }
          case 3:
            // "PPLC": capital cities.
            if (tab - fieldStart === 4 && bytes[fieldStart] === 80 && bytes[fieldStart + 1] === 80 && bytes[fieldStart + 2] === 76 && bytes[fieldStart + 3] === 67) capitals.push(entry);
            break;
          case 6: this.lat[entry] = parseDecimalBytes(bytes, fieldStart, tab); break;
          case 7: this.lon[entry] = parseDecimalBytes(bytes, fieldStart, tab); break;
          case 8: this.population[entry] = parseDecimalBytes(bytes, fieldStart, tab); break;
        }
        fieldStart = tab + 1;
      }
      at = lineEnd + 1;
    }
    this.entryStarts[entry] = at;
    if (entry !== n) throw new GazetteerError('GAZETTEER_BAD_FORMAT', `expected ${n} entries, found ${entry}`);

    for (let e = 0; e < n; e++) {
      const kind = this.kindCode[e];
      if (kind === 0) {
        this.countryByIso2.set(this.country(e), e);
        if (this.extra(e)) this.countryByIso3.set(this.extra(e), e);
      } else if (kind === 1) this.admin1ByCode.set(this.extra(e), e);
      else if (kind === 2) break; // the builder writes countries, then admin-1 regions, then towns
    }
    for (const e of capitals) {
      const cc = this.country(e);
      const prev = this.capitalOf.get(cc);
      if (prev === undefined || this.population[prev]! < this.population[e]!) this.capitalOf.set(cc, e);
    }

    const section = (at: number, name: string): { from: number; count: number } => {
      const lineEnd = bytes.indexOf(NEWLINE, at);
      const fields = bytes.toString('utf8', at, lineEnd).split('\t');
      if (fields[0] !== `@${name}`) throw new GazetteerError('GAZETTEER_BAD_FORMAT', `expected a section @${name}, found "${fields[0]}"`);
      return { from: lineEnd + 1, count: Number(fields[1]) };
    };
    const names = section(namesMarker + 1, 'names');
    const translitMarker = bytes.indexOf('\n@translit\t', names.from);
    if (translitMarker < 0) throw new GazetteerError('GAZETTEER_BAD_FORMAT', 'expected a section @translit, found none');
    this.byName = new SortedKeyLines(bytes, names.from, translitMarker + 1, names.count);
    const translit = section(translitMarker + 1, 'translit');
    this.byTranslitOnly = new SortedKeyLines(bytes, translit.from, bytes.length, translit.count);
  }

  private row(entry: number): string[] {
    let row = this.rows[entry];
    if (!row) {
      row = this.bytes.toString('utf8', this.entryStarts[entry]!, this.entryStarts[entry + 1]! - 1).split('\t');
      this.rows[entry] = row;
    }
    return row;
  }

  kind(entry: number): PlaceKind {
    return KINDS[this.kindCode[entry]!]!;
  }

  featureClass(entry: number): string {
    return this.row(entry)[2]!;
  }

  featureCode(entry: number): string {
    return this.row(entry)[3]!;
  }

  /** ISO2, or "" for seas and world regions. */
  country(entry: number): string {
    return this.row(entry)[4]!;
  }

  admin1Code(entry: number): string {
    return this.row(entry)[5]!;
  }

  displayName(entry: number): string {
    return this.row(entry)[9]!;
  }

  /** ISO3 for countries, "CC.NN" for admin-1 regions, "" otherwise. */
  extra(entry: number): string {
    return this.row(entry)[10]!;
  }

  /** Candidates for an already folded key: the exact fold first, the transliteration fold only
   * when the exact fold finds nothing. Each entry appears once, with its strongest match. */
  lookupFolded(key: string): readonly Candidate[] {
    if (!key) return [];
    const cached = this.lookupCache.get(key);
    if (cached) return cached;
    const found = this.lookupUncached(key);
    remember(this.lookupCache, key, found);
    return found;
  }

  private lookupUncached(key: string): Candidate[] {
    const exact = this.byName.refs(key);
    if (exact !== undefined) return decodeRefs([exact], 0);
    const translit = foldTranslit(key);
    const found: string[] = [];
    const plain = this.byName.refs(translit);
    if (plain !== undefined) found.push(plain);
    const other = this.byTranslitOnly.refs(translit);
    if (other !== undefined) found.push(other);
    return found.length ? decodeRefs(found, MatchFlag.Transliterated) : [];
  }

  /** Candidates for a surface form as written ("mer Caspienne", "Le Caire", "Janaozen"). */
  lookup(text: string): readonly Candidate[] {
    return this.lookupFolded(foldName(text));
  }

  /** True when the folded key names a place, directly or through the transliteration fold. */
  hasKey(key: string): boolean {
    const cached = this.hasKeyCache.get(key);
    if (cached !== undefined) return cached;
    const found = this.hasKeyUncached(key);
    remember(this.hasKeyCache, key, found);
    return found;
  }

  private hasKeyUncached(key: string): boolean {
    if (this.byName.refs(key) !== undefined) return true;
    const translit = foldTranslit(key);
    return this.byName.refs(translit) !== undefined || this.byTranslitOnly.refs(translit) !== undefined;
  }

  /** True when some name starts with these folded words and goes on ("asie" → "asie centrale"). */
  hasLongerName(foldedPrefix: string): boolean {
    const cached = this.longerNameCache.get(foldedPrefix);
    if (cached !== undefined) return cached;
    const found = this.hasLongerNameUncached(foldedPrefix);
    remember(this.longerNameCache, foldedPrefix, found);
    return found;
  }

  private hasLongerNameUncached(foldedPrefix: string): boolean {
    if (this.byName.hasLongerKey(foldedPrefix)) return true;
    const translit = foldTranslit(foldedPrefix);
    return this.byName.hasLongerKey(translit) || this.byTranslitOnly.hasLongerKey(translit);
  }

  /** Number of distinct folded keys, for reporting. */
  get keyCount(): number {
    return this.byName.size + this.byTranslitOnly.size;
  }
}

const MEMO_LIMIT = 200_000;

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

function decodeRefs(fields: string[], extraFlags: number): Candidate[] {
  const best = new Map<number, number>();
  for (const field of fields) {
    for (const token of field.split(' ')) {
      const ref = parseInt(token, 36);
      const entry = ref >>> ENTRY_SHIFT;
      const flags = (ref & FLAG_MASK) | extraFlags;
      const prev = best.get(entry);
      // Fewer/lighter flags = stronger match.
      if (prev === undefined || flags < prev) best.set(entry, flags);
    }
  }
  return [...best].map(([entry, flags]) => ({ entry, flags }));
}

let cached: { file: string; gazetteer: Gazetteer } | null = null;

/** Reads and indexes a gazetteer file; the default file is loaded once per process. */
export function loadGazetteerFile(file: string = DEFAULT_GAZETTEER_FILE): Gazetteer {
  const path = resolve(file);
  if (cached && cached.file === path) return cached.gazetteer;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new GazetteerError('GAZETTEER_NOT_FOUND', `expected a gazetteer file at ${path}, found none (run: npx tsx scripts/build-gazetteer.ts)`);
  }
  const gazetteer = new Gazetteer(path.endsWith('.gz') ? gunzipSync(bytes) : bytes);
  cached = { file: path, gazetteer };
  return gazetteer;
}

export function gazetteerFileIn(dir: string): string {
  return join(dir, 'gazetteer.tsv.gz');
}
