// Builds data/gazetteer/gazetteer.tsv.gz from the GeoNames dumps in shared/data/geonames.
//   npx tsx scripts/build-gazetteer.ts [--data ../shared/data] [--out data/gazetteer/gazetteer.tsv.gz]
// The output is the only GeoNames-derived file the repository commits (CC BY 4.0, see
// data/gazetteer/README.md). Format: see serialise() below; src/geo/gazetteer.ts reads it.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOLD_VERSION, foldTranslit, nameKeys } from '../src/geo/fold.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MIN_CITY_POPULATION = 5000;
// Seats of government and of first-order divisions are kept whatever their population.
const ALWAYS_KEPT_CITY_CODES = new Set(['PPLC', 'PPLG', 'PPLA']);
// no-country.txt also holds reefs, undersea features and power stations; keep what news names.
const KEPT_NO_COUNTRY_CODES = new Set([
  'H.SEA', 'H.OCN', 'H.GULF', 'H.STRT', 'H.BAY', 'H.BGHT', 'H.LK', 'H.STM', 'H.CHN', 'H.CHNM', 'H.COVE', 'H.SD',
  'L.RGN', 'L.RGNE', 'L.CONT', 'T.ISL', 'T.ISLS', 'T.PEN', 'T.MTS', 'T.DSRT', 'T.PLAT',
]);
const DEPENDENT_TERRITORIES = new Set(
  'AS AI AW AX BL BM BQ BV CC CK CW CX FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT'.split(' '),
);
// Historic entries of countryInfo that would only add homonyms.
const SKIPPED_COUNTRIES = new Set(['CS', 'AN']);
// Generic words that admin-1 names carry in GeoNames but news drops ("Pavlodar Region" → "Pavlodar").
const ADMIN1_GENERIC_WORDS_RE =
  /\s+(region|province|oblast|oblysy|governorate|department|district|state|prefecture|voivodeship|county|territory|municipality|republic|krai|kray|okrug|autonomous okrug|velayat|viloyati|wilayah|wilaya|muhafazat)$/i;

export const ENTRY_COLUMNS = ['geonameid', 'kind', 'fclass', 'fcode', 'cc', 'admin1', 'lat', 'lon', 'population', 'display', 'extra'] as const;

export interface Row {
  id: number;
  kind: 'C' | 'A' | 'P' | 'R' | 'W';
  fclass: string;
  fcode: string;
  cc: string;
  admin1: string;
  lat: number;
  lon: number;
  population: number;
  display: string;
  strong: Set<string>;
  weak: Set<string>;
  extra: string;
}

interface CityRecord {
  id: number; name: string; ascii: string; alternates: string[]; lat: number; lon: number;
  fclass: string; fcode: string; cc: string; admin1: string; population: number;
}

function readGz(dir: string, file: string): string {
  return gunzipSync(readFileSync(join(dir, file))).toString('utf8');
}

function tsvRows(text: string): string[][] {
  return text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
}

const LATIN_OR_CYRILLIC_RE = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\s'’ʼʻ`.,()\-]+$/u;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const HAS_DIGIT_RE = /\p{N}/u;
// Cyrillic spellings are kept for towns of Cyrillic-writing countries and for big cities abroad;
// a Cyrillic name for a 6,000-inhabitant Spanish town costs file size and load time for nothing.
const CYRILLIC_SCRIPT_COUNTRIES = new Set('RU UA BY KZ KG TJ BG RS MK MN ME BA'.split(' '));
const MIN_POPULATION_FOR_FOREIGN_CYRILLIC = 100_000;
const CODE_LIKE_RE = /^[A-Z]{2,4}$/;
// Pinyin/romaji-style machine transliterations in GeoNames alternates are all lower-case ASCII
// ("a ke tao", "andolalabeya"); real names keep a capital.
const LOWERCASE_ASCII_RE = /^[a-z' \-]+$/;

/** Keeps alternates a news text could plausibly contain, in Latin or Cyrillic script. */
function keepAlternate(name: string, scripts: 'latin-cyrillic' | 'any'): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (HAS_DIGIT_RE.test(name) || CODE_LIKE_RE.test(name) || LOWERCASE_ASCII_RE.test(name)) return false;
  if (name.includes('(') || name.includes(',') || name.includes('/')) return false;
  return scripts === 'any' || LATIN_OR_CYRILLIC_RE.test(name);
}

function parseCities(text: string): CityRecord[] {
  return tsvRows(text).map((c) => ({
    id: Number(c[0]), name: c[1] ?? '', ascii: c[2] ?? '', alternates: (c[3] ?? '').split(',').filter(Boolean),
    lat: Number(c[4]), lon: Number(c[5]), fclass: c[6] ?? '', fcode: c[7] ?? '', cc: c[8] ?? '', admin1: c[10] ?? '',
    population: Number(c[14] || 0),
  }));
}

interface AliasRow { kind: 'alias' | 'display'; target: string; values: string[] }

function readAliases(file: string): AliasRow[] {
  return tsvRows(readFileSync(file, 'utf8')).map((c) => {
    const kind = c[0];
    if (kind !== 'alias' && kind !== 'display') throw new Error(`aliases.tsv: expected kind alias|display, found "${kind}"`);
    return { kind, target: c[1] ?? '', values: (c[3] ?? '').split('|').map((v) => v.trim()).filter(Boolean) };
  });
}

function readCentroids(file: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const c of tsvRows(readFileSync(file, 'utf8'))) out.set(c[0] ?? '', [Number(c[1]), Number(c[2])]);
  return out;
}

/** Midpoint of the bounding box of a region's towns: a cheap stand-in for its centroid that does
 * not drift toward the biggest city (a population-weighted mean would put Texas near Houston). */
function boundingBoxMidpoint(points: { lat: number; lon: number }[]): [number, number] | null {
  if (points.length < 3) return null;
  let minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
  for (const p of points) {
    minLat = Math.min(minLat, p.lat); maxLat = Math.max(maxLat, p.lat);
    minLon = Math.min(minLon, p.lon); maxLon = Math.max(maxLon, p.lon);
  }
  if (maxLon - minLon > 180) return null; // straddles the antimeridian: use the seat instead
  return [(minLat + maxLat) / 2, (minLon + maxLon) / 2];
}

export function buildGazetteer(dataDir: string): { rows: Row[]; stats: Record<string, number> } {
  const geo = join(dataDir, 'geonames');
  const aliases = readAliases(join(REPO_ROOT, 'data/gazetteer/aliases.tsv'));
  const centroids = readCentroids(join(REPO_ROOT, 'data/gazetteer/country-centroids.tsv'));
  const admin1Centroids = readCentroids(join(REPO_ROOT, 'data/gazetteer/admin1-centroids.tsv'));

  // Cities: the 2025 cities15000 rows replace the 2022 cities5000 rows of the same id.
  const newer = parseCities(readGz(geo, 'cities15000.txt.gz'));
  const older = parseCities(readGz(geo, 'cities5000.txt.gz'));
  const cityById = new Map<number, CityRecord>();
  for (const c of older) cityById.set(c.id, c);
  for (const c of newer) cityById.set(c.id, c);
  const cities = [...cityById.values()].filter((c) => c.population >= MIN_CITY_POPULATION || ALWAYS_KEPT_CITY_CODES.has(c.fcode));

  const rows: Row[] = [];
  const cityRowById = new Map<number, Row>();
  for (const c of cities) {
    const row: Row = {
      id: c.id, kind: 'P', fclass: c.fclass, fcode: c.fcode, cc: c.cc, admin1: c.admin1, lat: c.lat, lon: c.lon,
      population: c.population, display: c.name, strong: new Set([c.name, c.ascii]),
      weak: new Set(c.alternates.filter((a) => keepAlternate(a, 'latin-cyrillic')
        && (!CYRILLIC_RE.test(a) || CYRILLIC_SCRIPT_COUNTRIES.has(c.cc) || c.population >= MIN_POPULATION_FOR_FOREIGN_CYRILLIC))),
      extra: '',
    };
    rows.push(row);
    cityRowById.set(c.id, row);
  }

  // Admin-1 regions: no coordinates in the dump, see boundingBoxMidpoint.
  const citiesByAdmin1 = new Map<string, CityRecord[]>();
  for (const c of cities) {
    const key = `${c.cc}.${c.admin1}`;
    let list = citiesByAdmin1.get(key);
    if (!list) citiesByAdmin1.set(key, (list = []));
    list.push(c);
  }
  const admin1RowByCode = new Map<string, Row>();
  let admin1Skipped = 0;
  for (const a of tsvRows(readGz(geo, 'admin1CodesASCII.txt.gz'))) {
    const code = a[0] ?? '';
    const [cc, sub] = code.split('.') as [string, string];
    const towns = citiesByAdmin1.get(code) ?? [];
    const seat = towns.filter((t) => t.fcode === 'PPLA' || t.fcode === 'PPLC').sort((x, y) => y.population - x.population)[0]
      ?? [...towns].sort((x, y) => y.population - x.population)[0];
    const point = admin1Centroids.get(code) ?? boundingBoxMidpoint(towns) ?? (seat ? [seat.lat, seat.lon] : null);
    if (!point) { admin1Skipped++; continue; }
    const strong = new Set([a[1] ?? '', a[2] ?? ''].filter(Boolean));
    const weak = new Set<string>();
    for (const n of strong) {
      const bare = n.replace(ADMIN1_GENERIC_WORDS_RE, '');
      if (bare !== n && bare.length > 2) weak.add(bare);
    }
    const row: Row = {
      id: Number(a[3]), kind: 'A', fclass: 'A', fcode: 'ADM1', cc, admin1: sub, lat: point[0], lon: point[1],
      population: towns.reduce((s, t) => s + t.population, 0), display: a[1] ?? '', strong, weak, extra: code,
    };
    rows.push(row);
    admin1RowByCode.set(code, row);
  }

  // Countries: names from countryInfo + every language of country_translations.json.
  const translations = JSON.parse(readGz(geo, 'country_translations.json.gz')) as Record<string, Record<string, string>>;
  const countryRowByIso = new Map<string, Row>();
  let countriesFromCapital = 0;
  for (const c of tsvRows(readGz(geo, 'countryInfo.txt.gz'))) {
    const iso2 = c[0] ?? '';
    if (SKIPPED_COUNTRIES.has(iso2)) continue;
    const id = Number(c[16]);
    const capital = cities.filter((t) => t.cc === iso2 && t.fcode === 'PPLC').sort((x, y) => y.population - x.population)[0];
    let point = centroids.get(iso2) ?? null;
    if (!point && capital) { point = [capital.lat, capital.lon]; countriesFromCapital++; }
    if (!point) {
      const biggest = cities.filter((t) => t.cc === iso2).sort((x, y) => y.population - x.population)[0];
      if (!biggest) continue;
      point = [biggest.lat, biggest.lon];
      countriesFromCapital++;
    }
    const names = Object.values(translations[String(id)] ?? {});
    const row: Row = {
      id, kind: 'C', fclass: 'A', fcode: DEPENDENT_TERRITORIES.has(iso2) ? 'PCLD' : 'PCLI', cc: iso2, admin1: '',
      lat: point[0], lon: point[1], population: Number(c[7] || 0), display: c[4] ?? iso2,
      strong: new Set([c[4] ?? '']), weak: new Set(names.filter((n) => keepAlternate(n, 'any'))),
      extra: `${c[1] ?? ''}`,
    };
    rows.push(row);
    countryRowByIso.set(iso2, row);
  }

  // Seas, oceans, straits, world regions.
  let noCountryKept = 0;
  for (const n of tsvRows(readGz(geo, 'no-country.txt.gz'))) {
    const fclass = n[6] ?? '';
    const fcode = n[7] ?? '';
    if (!KEPT_NO_COUNTRY_CODES.has(`${fclass}.${fcode}`)) continue;
    rows.push({
      id: Number(n[0]), kind: fclass === 'H' ? 'W' : 'R', fclass, fcode, cc: '', admin1: '', lat: Number(n[4]), lon: Number(n[5]),
      population: 0, display: n[1] ?? '', strong: new Set([n[1] ?? '', n[2] ?? '']),
      weak: new Set((n[3] ?? '').split(',').filter((a) => keepAlternate(a, 'latin-cyrillic'))), extra: '',
    });
    noCountryKept++;
  }

  // Curated second-level divisions (no GeoNames admin2 file here): negative ids, output as null.
  let extraId = 0;
  for (const e of tsvRows(readFileSync(join(REPO_ROOT, 'data/gazetteer/extra-places.tsv'), 'utf8'))) {
    const names = (e[0] ?? '').split('|').map((n) => n.trim()).filter(Boolean);
    if (names.length === 0 || e.length < 6) throw new Error(`extra-places.tsv: expected names, cc, admin1, lat, lon, population, found "${e.join('\t')}"`);
    rows.push({
      id: --extraId, kind: 'R', fclass: 'A', fcode: 'ADM2', cc: e[1] ?? '', admin1: e[2] ?? '', lat: Number(e[3]), lon: Number(e[4]),
      population: Number(e[5]), display: names[0]!, strong: new Set(names), weak: new Set(), extra: '',
    });
  }

  // Curated aliases and display names.
  const rowById = new Map<number, Row>();
  for (const r of rows) if (!rowById.has(r.id) || r.kind !== 'P') rowById.set(r.id, r);
  for (const a of aliases) {
    const target = /^[A-Z]{2}$/.test(a.target) ? countryRowByIso.get(a.target)
      : /^[A-Z]{2}\./.test(a.target) ? admin1RowByCode.get(a.target)
      : rowById.get(Number(a.target));
    if (!target) throw new Error(`aliases.tsv: expected a known target, found "${a.target}"`);
    if (a.kind === 'display') {
      target.strong.add(target.display);
      target.display = a.values[0] ?? target.display;
    } else for (const v of a.values) target.strong.add(v);
  }

  const stats = {
    cities: cities.length, admin1: admin1RowByCode.size, admin1Skipped, countries: countryRowByIso.size,
    countriesPlacedOnCapital: countriesFromCapital, noCountry: noCountryKept, curatedDivisions: -extraId, aliases: aliases.length,
  };
  return { rows, stats };
}

const KIND_ORDER = { C: 0, A: 1, P: 2, R: 3, W: 4 } as const;
// Must match MatchFlag and ENTRY_SHIFT in src/geo/gazetteer.ts.
const FLAG_WEAK = 1;
const FLAG_ARTICLE_DROPPED = 2;
const FLAG_TRANSLITERATED = 4;
const ENTRY_SHIFT = 3;

function clean(value: string): string {
  return value.replace(/[\t\n|]/g, ' ').trim();
}

function formatCoordinate(value: number): string {
  return value.toFixed(4).replace(/\.?0+$/, '');
}

/** Writes the file src/geo/gazetteer.ts reads. Three sections:
 *  @entries  one place a line, ENTRY_COLUMNS order;
 *  @names    every name, folded (foldName), one key a line, sorted, with the places it names;
 *  @translit keys whose transliteration fold differs from their plain fold, same layout.
 * Names are stored folded and sorted so that lookups are a binary search over the file's bytes:
 * re-folding 300,000 names at start-up took over a second. */
export function serialise(rows: Row[]): string {
  const sorted = [...rows].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id - b.id);
  const byName = new Map<string, Map<number, number>>();
  const byTranslitOnly = new Map<string, Map<number, number>>();
  const addRef = (map: Map<string, Map<number, number>>, key: string, entry: number, flags: number): void => {
    let refs = map.get(key);
    if (!refs) map.set(key, (refs = new Map()));
    const prev = refs.get(entry);
    if (prev === undefined || flags < prev) refs.set(entry, flags);
  };
  const entryLines: string[] = [];
  sorted.forEach((r, entry) => {
    entryLines.push([
      r.id, r.kind, r.fclass, r.fcode, r.cc, r.admin1, formatCoordinate(r.lat), formatCoordinate(r.lon), r.population,
      clean(r.display), r.extra,
    ].join('\t'));
    const names: [string, number][] = [[r.display, 0], ...[...r.strong].map((n): [string, number] => [n, 0]),
      ...[...r.weak].map((n): [string, number] => [n, FLAG_WEAK])];
    for (const [name, weakFlag] of names) {
      for (const { key, articleDropped } of nameKeys(clean(name))) {
        const flags = weakFlag | (articleDropped ? FLAG_ARTICLE_DROPPED : 0);
        addRef(byName, key, entry, flags);
        const translit = foldTranslit(key);
        if (translit !== key) addRef(byTranslitOnly, translit, entry, flags | FLAG_TRANSLITERATED);
      }
    }
  });
  const keyLines = (map: Map<string, Map<number, number>>): string[] =>
    sortByUtf8([...map].map(([key, refs]) => `${key}\t${[...refs].map(([e, f]) => ((e << ENTRY_SHIFT) | f).toString(36)).join(' ')}`));
  return [
    '# eventwire gazetteer. Derived from GeoNames (https://www.geonames.org/), CC BY 4.0. See data/gazetteer/README.md.',
    `#fold-version\t${FOLD_VERSION}`,
    `# @entries columns: ${ENTRY_COLUMNS.join(' ')}`,
    `# @names/@translit: folded key, then base-36 refs (entry index << ${ENTRY_SHIFT} | flags: 1 weak name, 2 article dropped, 4 transliterated)`,
    `@entries\t${entryLines.length}`, ...entryLines,
    `@names\t${byName.size}`, ...keyLines(byName),
    `@translit\t${byTranslitOnly.size}`, ...keyLines(byTranslitOnly),
  ].join('\n') + '\n';
}

/** UTF-8 byte order, the order the loader's binary search compares in. */
function sortByUtf8(lines: string[]): string[] {
  return lines.map((line) => ({ line, bytes: Buffer.from(line, 'utf8') }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map((x) => x.line);
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dataDir = resolve(flag('--data') ?? process.env.EVENTWIRE_DATA ?? join(REPO_ROOT, '../shared/data'));
  const out = resolve(flag('--out') ?? join(REPO_ROOT, 'data/gazetteer/gazetteer.tsv.gz'));
  const { rows, stats } = buildGazetteer(dataDir);
  const text = serialise(rows);
  // mtime 0 in the gzip header keeps rebuilds byte-identical.
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: zlibConstants.Z_BEST_COMPRESSION });
  gz.writeUInt32LE(0, 4);
  writeFileSync(out, gz);
  console.log(JSON.stringify({ out, rows: rows.length, rawBytes: Buffer.byteLength(text), gzBytes: gz.length, ...stats }, null, 1));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
