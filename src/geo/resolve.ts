// Toponym resolution in context: picks one gazetteer entry per mention, using the document's
// other mentions.
//   "Kazakhstan"               → the country, not the village Aqsay that lists it as an alternate
//   "Aktau" next to "Janaozen" → the Caspian port (Mangystau), not the small Aktau in Karaganda
//   "Paris" next to "Texas"    → Paris, Texas
//   "Moscou" as an actor       → Moscow, marked as standing for Russia
import { MatchFlag, type Candidate, type Gazetteer, type PlaceKind } from './gazetteer.js';
import { foldName } from './fold.js';
import { countryOfDemonym } from './demonyms.js';

export interface PlaceMention {
  text: string; start: number; end: number; asActor?: boolean;
  /** A town's name inside a street's ("Addison Street", "rue de Paris"): a toponym, but not where things happen. */
  inStreetName?: boolean;
  /** The admin-1 region the text places the name in ("Auburn, Wash." → "US.WA"). */
  statedRegion?: string;
}

export interface ResolvedPlace {
  name: string;
  geonameId: number | null;
  lat: number;
  lon: number;
  country: string | null;
  countryName: string | null;
  admin1: string | null;
  featureClass: string;
  featureCode: string;
  kind: PlaceKind;
  precision: 1 | 2 | 3;
  metonymy?: { standsFor: string };
  rule: string;
}

export interface ResolveOptions {
  focusCountry?: string;
  lang?: string;
  /** Place names the gazetteer lacks ("Cottonport", "Trump Tower") near the document's towns in
   * its main admin-1 region, at precision 2 with geonameId null, instead of returning null.
   * Off by default: it is a guess, though usually within 100 miles in local news. */
  unknownNearDocument?: boolean;
}

// Score weights, in units of one order of magnitude of population.
const KIND_BONUS: Readonly<Record<PlaceKind, number>> = { country: 2.5, admin1: 1, city: 0, region: 0, water: 0 };
// Seas and world regions have no population; this puts them level with a large city.
const AREA_FEATURE_LOG_POPULATION = 7;
const FEATURE_CODE_BONUS: Readonly<Record<string, number>> = { PPLC: 1, PPLG: 0.5, PPLA: 0.5, PPLA2: 0.2, PPLX: -1.5, PPLL: -0.5 };
const WEAK_NAME_PENALTY = 1.5;
// A country reached only through one of its ~130 translations ("Tunis" is Tunisia in some
// language) must not beat the city whose own name it is.
const WEAK_COUNTRY_NAME_PENALTY = 4;
// "Washington" is the capital far more often than the state: big national capitals get ahead of
// same-named regions of other countries, small ones ("Victoria", Seychelles) do not.
const BIG_CAPITAL_POPULATION = 300_000;
const BIG_CAPITAL_BONUS = 1.5;
const ARTICLE_DROPPED_PENALTY = 1;
const TRANSLITERATED_PENALTY = 0.7;
const STRIPPED_WORDS_PENALTY = 0.5;
/** How much the rest of the document counts against population. Exported so that evaluation
 * scripts can measure alternatives; the values are the ones measured best over whole corpora. */
export const contextWeights = {
  /** Times the share of the document's other names that point to the candidate's country. */
  country: 3,
  /** Added when the candidate is in the caller's focus country: as much as a whole document
   * pointing there, and a little more, since the caller knows. */
  focusCountry: 4.5,
  /** How much a town counts, next to naming its admin-1 region, as evidence for that region. */
  townRegionShare: 0.5,
  /** Times the evidence (capped at 1) that the document names the candidate's admin-1 region. */
  admin1: 2.5,
  /** Bonus for a candidate near another mention's choice, decaying over proximityScaleKm. */
  proximity: 2,
  proximityScaleKm: 150,
};
const MAX_CANDIDATES = 40;
const CITY_SHARE_OF_SAME_NAMED_REGION = 0.25;

// Words around a name that a caller's span may include: articles, elisions, prepositions and
// generic heads ("la ville d'Almaty", "the city of Aleppo", "Avoyelles Parish"). Folded forms.
const LEADING_NOISE = new Set([
  'l', 'd', 'de', 'du', 'des', 'le', 'la', 'les', 'the', 'of', 'in', 'a', 'au', 'aux', 'en', 'el', 'los', 'las', 'del', 'dans',
  'ville', 'city', 'town', 'village', 'province', 'provincia', 'region', 'state', 'republic', 'republique', 'republica', 'commune', 'municipality',
]);
// "North Dallas", "Southern California", "Greater Toronto": a part of the place, placed on it.
const LEADING_PART_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'greater', 'central', 'downtown',
  'nord', 'sud', 'est', 'ouest', 'grand', 'norte', 'sur', 'oeste', 'este',
]);
for (const word of LEADING_PART_WORDS) LEADING_NOISE.add(word);
const NOTABLE_REMAINDER_POPULATION = 100_000;
const TRAILING_NOISE = new Set([
  's', 'city', 'county', 'co', 'parish', 'province', 'region', 'district', 'oblast', 'governorate', 'municipality', 'area', 'township',
  'borough', 'state', 'prefecture', 'department', 'departement', 'departamento', 'metro', 'metropolitan',
]);

interface Scored { entry: number; flags: number; base: number; score: number }

interface MentionState {
  mention: PlaceMention;
  candidates: Scored[];
  /** Probability-like weight of each candidate from base scores alone. */
  prior: number[];
  chosen: number; // index into candidates, -1 when none
  /** The gazetteer knows the name as written (not only after dropping "County", "the"…). */
  exactName: boolean;
}

/** Candidates of a surface form, trying it as written and then without the noise words around it. */
export function candidatesFor(gaz: Gazetteer, text: string): { candidates: readonly Candidate[]; stripped: boolean } {
  const words = foldName(text).split(' ').filter(Boolean);
  let from = 0;
  let to = words.length;
  const first = gaz.lookupFolded(words.join(' '));
  if (first.length) return { candidates: first, stripped: false };
  // Without the words around it a name is often a common noun ("East Bank" → "Bank", "Loup City"
  // → "Loup", "West Side" → "Side") that some town has as a name or alternate: what is left must
  // name a notable place by its primary name, except after articles ("la ville de Moscou").
  const notable = (found: readonly Candidate[]): readonly Candidate[] => found.filter((c) => (c.flags & MatchFlag.Weak) === 0
    && (gaz.kind(c.entry) === 'country' || gaz.population[c.entry]! >= NOTABLE_REMAINDER_POPULATION));
  while (to - from > 1 && LEADING_NOISE.has(words[from]!)) {
    const compass = LEADING_PART_WORDS.has(words[from]!);
    from++;
    const found = gaz.lookupFolded(words.slice(from, to).join(' '));
    const kept = compass ? notable(found) : found;
    if (kept.length) return { candidates: kept, stripped: true };
  }
  while (to - from > 1 && TRAILING_NOISE.has(words[to - 1]!)) {
    to--;
    const found = gaz.lookupFolded(words.slice(from, to).join(' '));
    const kept = found.filter((c) => (c.flags & MatchFlag.Weak) === 0 || gaz.population[c.entry]! >= NOTABLE_REMAINDER_POPULATION);
    if (kept.length) return { candidates: kept, stripped: true };
  }
  return { candidates: [], stripped: false };
}

/** "Almaty", "Moscow", "New York": when a city and the admin-1 region around it share a name and
 * the city holds a good part of the region's people, news means the city. */
function withoutRegionsOfSameNamedCities(gaz: Gazetteer, candidates: readonly Candidate[]): readonly Candidate[] {
  const cities = candidates.filter((c) => gaz.kind(c.entry) === 'city' && (c.flags & MatchFlag.Transliterated) === 0);
  if (cities.length === 0) return candidates;
  return candidates.filter((c) => {
    if (gaz.kind(c.entry) !== 'admin1') return true;
    const region = c.entry;
    return !cities.some((city) => gaz.country(city.entry) === gaz.country(region) && gaz.admin1Code(city.entry) === gaz.admin1Code(region)
      && gaz.population[city.entry]! >= CITY_SHARE_OF_SAME_NAMED_REGION * gaz.population[region]!);
  });
}

function baseScore(gaz: Gazetteer, c: Candidate, stripped: boolean): number {
  const kind = gaz.kind(c.entry)!;
  const population = gaz.population[c.entry]!;
  const logPopulation = (kind === 'region' || kind === 'water') && population === 0 ? AREA_FEATURE_LOG_POPULATION : Math.log10(Math.max(population, 1));
  let score = logPopulation + KIND_BONUS[kind] + (FEATURE_CODE_BONUS[gaz.featureCode(c.entry)!] ?? 0);
  if (c.flags & MatchFlag.Weak) score -= kind === 'country' ? WEAK_COUNTRY_NAME_PENALTY : WEAK_NAME_PENALTY;
  if (gaz.featureCode(c.entry) === 'PPLC' && gaz.population[c.entry]! >= BIG_CAPITAL_POPULATION) score += BIG_CAPITAL_BONUS;
  if (c.flags & MatchFlag.ArticleDropped) score -= ARTICLE_DROPPED_PENALTY;
  if (c.flags & MatchFlag.Transliterated) score -= TRANSLITERATED_PENALTY;
  if (stripped) score -= STRIPPED_WORDS_PENALTY;
  return score;
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

export { distanceKm };

function admin1Key(gaz: Gazetteer, entry: number): string {
  return `${gaz.country(entry)}.${gaz.admin1Code(entry)}`;
}

/** Resolves all the place mentions of one document together. */
export function resolveMentions(gaz: Gazetteer, mentions: PlaceMention[], opts: ResolveOptions = {}): (ResolvedPlace | null)[] {
  const demonymMentions = new Set<PlaceMention>();
  const states: MentionState[] = mentions.map((mention) => {
    let { candidates, stripped } = candidatesFor(gaz, mention.text);
    const exactName = candidates.length > 0 && !stripped;
    // Callers may pass adjectives ("Russian", "kazakh"): they name the country, never a town.
    const demonymCountry = countryOfDemonym(mention.text, opts.lang ?? '');
    const demonymEntry = demonymCountry ? gaz.countryByIso2.get(demonymCountry) : undefined;
    if (demonymEntry !== undefined && !candidates.some((c) => gaz.kind(c.entry) === 'country')) {
      candidates = [{ entry: demonymEntry, flags: 0 }];
      stripped = false;
      demonymMentions.add(mention);
    }
    // "Auburn, Wash.": the text names the region, so the name is one of its towns.
    if (mention.statedRegion) {
      const inRegion = candidates.filter((c) => gaz.kind(c.entry) === 'city' && admin1Key(gaz, c.entry) === mention.statedRegion);
      candidates = inRegion;
      stripped = false;
    }
    const scored = withoutRegionsOfSameNamedCities(gaz, candidates)
      .map((c) => ({ entry: c.entry, flags: c.flags, base: baseScore(gaz, c, stripped), score: 0 }))
      .sort((a, b) => b.base - a.base)
      .slice(0, MAX_CANDIDATES);
    return { mention, candidates: scored, prior: softmax(scored.map((s) => s.base)), chosen: scored.length ? 0 : -1, exactName };
  });

  // Evidence each distinct name gives about the document's countries and admin-1 regions. A name
  // does not count as evidence for itself (five "Paris" must not confirm their own first reading),
  // and repeating a name adds nothing.
  // A name pinned to a region ("Auburn, Wash.") has other candidates than the same name alone.
  const folded = mentions.map((m) => (m.statedRegion ? `${foldName(m.text)}|${m.statedRegion}` : foldName(m.text)));
  const groupOf = new Map<string, number>();
  const countryWeight = new Map<string, number>();
  const admin1Weight = new Map<string, number>();
  const evidenceByGroup: { countries: Map<string, number>; admin1s: Map<string, number> }[] = [];
  states.forEach((s, si) => {
    if (groupOf.has(folded[si]!) || s.candidates.length === 0) return;
    groupOf.set(folded[si]!, evidenceByGroup.length);
    const countries = new Map<string, number>();
    const admin1s = new Map<string, number>();
    s.candidates.forEach((c, i) => {
      const p = s.prior[i]!;
      const cc = gaz.country(c.entry)!;
      if (cc) countries.set(cc, (countries.get(cc) ?? 0) + p);
      // A town says which region the story is in, less firmly than naming the region.
      const regionShare = gaz.kind(c.entry) === 'admin1' ? 1 : gaz.kind(c.entry) === 'city' ? contextWeights.townRegionShare : 0;
      if (regionShare > 0) admin1s.set(admin1Key(gaz, c.entry), (admin1s.get(admin1Key(gaz, c.entry)) ?? 0) + p * regionShare);
    });
    for (const [k, v] of countries) countryWeight.set(k, (countryWeight.get(k) ?? 0) + v);
    for (const [k, v] of admin1s) admin1Weight.set(k, (admin1Weight.get(k) ?? 0) + v);
    evidenceByGroup.push({ countries, admin1s });
  });
  const groups = evidenceByGroup.length;
  const evidence = states.map((_, si) => evidenceByGroup[groupOf.get(folded[si]!) ?? -1] ?? { countries: new Map<string, number>(), admin1s: new Map<string, number>() });
  const focus = opts.focusCountry?.toUpperCase();

  const contextBonus = (si: number, entry: number): { country: number; admin1: number } => {
    const others = Math.max(groups - 1, 1);
    const cc = gaz.country(entry)!;
    const ownCountry = evidence[si]!.countries.get(cc) ?? 0;
    let country = cc ? (contextWeights.country * ((countryWeight.get(cc) ?? 0) - ownCountry)) / others : 0;
    if (focus && cc === focus) country += contextWeights.focusCountry;
    let admin1 = 0;
    // Towns and regions alike gain when the rest of the document is in their region: "Quebec"
    // next to "Montreal" is still the province, not the city.
    if (gaz.kind(entry) !== 'country' && cc) {
      const key = admin1Key(gaz, entry);
      const own = evidence[si]!.admin1s.get(key) ?? 0;
      admin1 = contextWeights.admin1 * Math.min(1, (admin1Weight.get(key) ?? 0) - own);
    }
    return { country, admin1 };
  };

  // Places the other names settled on, one per distinct name: nearness is measured to these.
  const anchors = (): { fold: string; entry: number }[] => {
    const seen = new Map<string, number>();
    states.forEach((other, oi) => {
      if (other.chosen < 0 || seen.has(folded[oi]!)) return;
      const e = other.candidates[other.chosen]!.entry;
      const kind = gaz.kind(e);
      // Countries and seas are too large for their point to say anything about nearness.
      if (kind === 'city' || kind === 'admin1') seen.set(folded[oi]!, e);
    });
    return [...seen].map(([fold, entry]) => ({ fold, entry }));
  };

  const proximityBonus = (si: number, entry: number, near: { fold: string; entry: number }[]): number => {
    let best = 0;
    for (const anchor of near) {
      // Another mention of the same name would only echo this mention's own first guess.
      if (anchor.fold === folded[si]) continue;
      const d = distanceKm(gaz.lat[entry]!, gaz.lon[entry]!, gaz.lat[anchor.entry]!, gaz.lon[anchor.entry]!);
      best = Math.max(best, contextWeights.proximity * Math.exp(-d / contextWeights.proximityScaleKm));
    }
    return best;
  };

  const explain: { context: number; admin1: number; proximity: number }[][] = states.map((s) => s.candidates.map(() => ({ context: 0, admin1: 0, proximity: 0 })));
  // Two rounds: the first settles with country/admin-1 context, the second lets nearness to the
  // first round's choices break what is left. Repeated names are scored once per round.
  for (let round = 0; round < 2; round++) {
    const near = round === 1 ? anchors() : [];
    const scoredName = new Map<string, number>();
    states.forEach((s, si) => {
      if (s.candidates.length < 2) return;
      const twin = scoredName.get(folded[si]!);
      if (twin !== undefined) {
        s.chosen = states[twin]!.chosen;
        explain[si] = explain[twin]!;
        return;
      }
      scoredName.set(folded[si]!, si);
      s.candidates.forEach((c, ci) => {
        const ctx = contextBonus(si, c.entry);
        const proximity = round === 1 ? proximityBonus(si, c.entry, near) : 0;
        explain[si]![ci] = { context: ctx.country, admin1: ctx.admin1, proximity };
        c.score = c.base + ctx.country + ctx.admin1 + proximity;
      });
      let best = 0;
      s.candidates.forEach((c, ci) => {
        if (c.score > s.candidates[best]!.score) best = ci;
      });
      s.chosen = best;
    });
  }

  /** The country the rest of the document is about, when at least two other names agree on it. */
  const dominantOtherCountry = (si: number): string | null => {
    let best: string | null = null;
    let bestWeight = FAR_FETCHED_MIN_EVIDENCE;
    for (const [cc, weight] of countryWeight) {
      const others = weight - (evidence[si]!.countries.get(cc) ?? 0);
      if (others >= bestWeight) { best = cc; bestWeight = others; }
    }
    return best;
  };

  const medoids = new Map<string, number | undefined>();
  return states.map((s, si) => {
    if (SUBDIVISION_SUFFIX_RE.test(s.mention.text.trim()) && !s.exactName) return subdivisionInContext(gaz, s, states, admin1Weight, 'subdivision', medoids);
    if (s.chosen < 0 && s.mention.statedRegion) return townInStatedRegion(gaz, s.mention, s.mention.statedRegion);
    if (s.chosen < 0) return opts.unknownNearDocument ? subdivisionInContext(gaz, s, states, admin1Weight, 'unknown', medoids) : null;
    const winner = s.candidates[s.chosen]!;
    if (isFarFetched(gaz, winner, s.mention, dominantOtherCountry(si))) return null;
    const rule = demonymMentions.has(s.mention) ? 'geo/demonym' : ruleFor(gaz, s, explain[si]!);
    return toResolvedPlace(gaz, winner.entry, rule, s.mention.asActor === true);
  });
}

/** Evidence (in names' worth) another country needs before a far-fetched reading is dropped. */
const FAR_FETCHED_MIN_EVIDENCE = 1.5;
const FAR_FETCHED_MAX_POPULATION = 1_000_000;

/**
 * "Boni" in a Malian dispatch is not Bonn, whose Latin name it happens to be: a town reached only
 * through an alternate name, in another country than the one the rest of the document is about,
 * neither a capital nor a metropolis, is a guess worse than no place. "Moscou" (a capital) stays.
 */
function isFarFetched(gaz: Gazetteer, winner: { entry: number; flags: number }, mention: PlaceMention, otherCountry: string | null): boolean {
  if (!otherCountry || mention.asActor || (winner.flags & MatchFlag.Weak) === 0) return false;
  const entry = winner.entry;
  return gaz.kind(entry) === 'city' && gaz.country(entry) !== otherCountry
    && gaz.featureCode(entry) !== 'PPLC' && gaz.population[entry]! < FAR_FETCHED_MAX_POPULATION;
}

/**
 * "in Mannington, W.Va.": a town the gazetteer lacks, in the region the text names. It is placed on
 * that region, at the region's precision and without a GeoNames id, under its own name: what we know
 * of it, no more.
 */
function townInStatedRegion(gaz: Gazetteer, mention: PlaceMention, region: string): ResolvedPlace | null {
  const entry = gaz.admin1ByCode.get(region);
  if (entry === undefined) return null;
  const place = toResolvedPlace(gaz, entry, 'geo/town-in-stated-region');
  return { ...place, name: mention.text.trim(), geonameId: null, featureClass: 'P', featureCode: '', kind: 'city', precision: 3 };
}

const SUBDIVISION_SUFFIX_RE = /\s(county|co\.?|parish|district|township|borough|municipality)$/i;
const MIN_ADMIN1_EVIDENCE = 0.5;

/** "Licking County", "Avoyelles Parish": second-level divisions are not in the gazetteer we ship,
 * and a town of the same name is usually elsewhere (there are 24 Washington Counties). The
 * mention is placed with the document: on the same-named town if it lies in the admin-1 region
 * the document is about, else among the document's towns in that region (the county of a local
 * story is near the towns it names), else on the region itself. */
/** The document's town, in that region, closest to all its other towns there (distinct towns,
 * computed once per region and document). */
function medoidTown(gaz: Gazetteer, states: MentionState[], region: string, memo: Map<string, number | undefined>): number | undefined {
  if (memo.has(region)) return memo.get(region);
  const towns = [...new Set(states
    .filter((o) => o.chosen >= 0 && !SUBDIVISION_SUFFIX_RE.test(o.mention.text.trim()))
    .map((o) => o.candidates[o.chosen]!.entry)
    .filter((e) => gaz.kind(e) === 'city' && admin1Key(gaz, e) === region))];
  let medoid: number | undefined;
  let bestSum = Infinity;
  for (const a of towns) {
    let sum = 0;
    for (const b of towns) sum += distanceKm(gaz.lat[a]!, gaz.lon[a]!, gaz.lat[b]!, gaz.lon[b]!);
    if (sum < bestSum) { bestSum = sum; medoid = a; }
  }
  memo.set(region, medoid);
  return medoid;
}

function subdivisionInContext(
  gaz: Gazetteer, s: MentionState, states: MentionState[], admin1Weight: Map<string, number>, what: 'subdivision' | 'unknown',
  medoids: Map<string, number | undefined>,
): ResolvedPlace | null {
  let region: string | null = null;
  let regionWeight = MIN_ADMIN1_EVIDENCE;
  for (const [code, weight] of admin1Weight) if (weight > regionWeight) { region = code; regionWeight = weight; }
  const regionEntry = region ? gaz.admin1ByCode.get(region) : undefined;
  if (!region || regionEntry === undefined) return null;
  // The town must carry the name itself ("Dallas" for Dallas County), not as an alternate.
  const seat = s.candidates.find((c) => c.flags === 0 && gaz.kind(c.entry) === 'city' && admin1Key(gaz, c.entry) === region);
  if (seat) return toResolvedPlace(gaz, seat.entry, `geo/${what}-town-in-context-admin1`);
  const medoid = medoidTown(gaz, states, region, medoids);
  if (medoid === undefined) {
    if (what === 'unknown') return null; // a region's centre is no guess for an unknown spot
    return toResolvedPlace(gaz, regionEntry, 'geo/subdivision-in-context-admin1');
  }
  const place = toResolvedPlace(gaz, regionEntry, `geo/${what}-near-document-towns`);
  return {
    ...place,
    name: s.mention.text.trim(),
    geonameId: null,
    lat: gaz.lat[medoid]!,
    lon: gaz.lon[medoid]!,
    featureCode: what === 'subdivision' ? 'ADM2' : '',
    kind: 'region',
    precision: 2,
  };
}

function ruleFor(gaz: Gazetteer, s: MentionState, why: { context: number; admin1: number; proximity: number }[]): string {
  if (s.candidates.length === 1) return 'geo/unique-name';
  const winner = s.candidates[s.chosen]!;
  const byBase = s.candidates[0]!; // sorted by base score
  if (s.chosen !== 0) {
    const w = why[s.chosen]!;
    const l = why[0]!;
    const gains = { 'geo/context-country': w.context - l.context, 'geo/context-admin1': w.admin1 - l.admin1, 'geo/proximity': w.proximity - l.proximity };
    return Object.entries(gains).sort((a, b) => b[1] - a[1])[0]![0];
  }
  const runnerUp = s.candidates[1]!;
  if (gaz.kind(winner.entry) === 'country' && gaz.kind(runnerUp.entry) !== 'country') return 'geo/country-before-city';
  if ((winner.flags & MatchFlag.Weak) === 0 && (runnerUp.flags & MatchFlag.Weak) !== 0) return 'geo/primary-name';
  return byBase === winner ? 'geo/population' : 'geo/context-country';
}

const PRECISION_BY_KIND: Readonly<Record<PlaceKind, 1 | 2 | 3>> = { city: 1, admin1: 3, country: 3, region: 3, water: 3 };

export function toResolvedPlace(gaz: Gazetteer, entry: number, rule: string, asActor = false): ResolvedPlace {
  const kind = gaz.kind(entry)!;
  const cc = gaz.country(entry) || null;
  const countryEntry = cc ? gaz.countryByIso2.get(cc) : undefined;
  const admin1Entry = kind === 'admin1' ? entry : cc && gaz.admin1Code(entry) ? gaz.admin1ByCode.get(`${cc}.${gaz.admin1Code(entry)}`) : undefined;
  const place: ResolvedPlace = {
    name: gaz.displayName(entry)!,
    // Curated places without a GeoNames id carry negative ids in the file.
    geonameId: gaz.geonameId[entry]! > 0 ? gaz.geonameId[entry]! : null,
    lat: gaz.lat[entry]!,
    lon: gaz.lon[entry]!,
    country: cc,
    countryName: countryEntry !== undefined ? gaz.displayName(countryEntry)! : null,
    admin1: admin1Entry !== undefined ? gaz.displayName(admin1Entry)! : null,
    featureClass: gaz.featureClass(entry)!,
    featureCode: gaz.featureCode(entry)!,
    kind,
    precision: PRECISION_BY_KIND[kind],
    rule,
  };
  // A capital or a country acting ("Moscou et ses alliés", "Washington a répondu") stands for the
  // state; other towns acting stand for their own authorities, which has no code to give.
  if (asActor && cc && (kind === 'country' || gaz.capitalOf.get(cc) === entry)) {
    place.metonymy = { standsFor: cc };
    if (kind !== 'country') place.rule = 'geo/metonymy-capital';
  }
  return place;
}
