/**
 * Place mentions and what they refer to. Recognition and resolution come from the gazetteer
 * (src/geo) when one is loaded; this module adds what the text says about each mention:
 * a place as an actor ("Moscou et ses alliés … ont annoncé": Moscow stands for Russia), a spot
 * inside a city ("la principale place d'Almaty" locates the event in Almaty), a country adjective
 * ("le ministère de l'Intérieur kazakh"), and "le pays" for the country the article is about.
 */
import { lookup } from '../common/patterns.js';
import { evidenceAt } from '../core/spans.js';
import type { Evidence, Place, Status } from '../core/schema.js';
import type { Sentence } from '../text/segment.js';
import type { CompiledPack } from './compiled.js';
import type { EntityTable } from './entity-table.js';

/** What the pipeline needs of a geocoder; src/geo provides it, tests may pass a small one. */
export interface Geocoder {
  /** `statedRegion`: the admin-1 region the text places the name in ("Auburn, Wash."), as the geocoder keys it. */
  find(text: string, lang: string): { start: number; end: number; text: string; statedRegion?: string }[];
  resolve(mentions: { start: number; end: number; text: string; asActor?: boolean; statedRegion?: string }[], lang: string, focusCountry?: string): (Place | null)[];
  country(iso2: string): Place | null;
}

export interface PlaceMention {
  /** The admin-1 region the text places the name in ("Auburn, Wash."): its key in the geocoder. */
  statedRegion?: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  place: Place | null;
  asActor: boolean;
  /** The sub-city phrase that this city mention locates ("la principale place d'Almaty"). */
  spot: Evidence | null;
  /** Part of a dateline ("KABUL, Afghanistan (July 30, 2011) –"): where the dispatch was filed,
   * which the events of its first sentence need not share. */
  dateline: boolean;
  /** Written as a region ("Helmand province", "la province de Helmand"). */
  regionHead: boolean;
  /** Written as a section of a town ("the Austin neighborhood"): the town is another mention's. */
  sectionHead?: boolean;
  /** Written as a second-level division ("Shelby County"). */
  countyHead?: boolean;
  /** The name of an institution named for the place ("Jackson Memorial Hospital", "Shelby County Jail"). */
  institution?: boolean;
  /** Introduced as a scene ("in Larose", "near the town of Traer"), not as a home town or an origin. */
  scene?: boolean;
  /** Someone's home town ("a Lynn teen"). */
  residence?: boolean;
  entityId: string | null;
  status: Status;
  rule: string;
}

export interface CountryCue { iso2: string; evidence: Evidence; sentence: number; rule: string }

export interface DocumentPlaces {
  mentions: PlaceMention[];
  /** Country adjectives and "le pays": a country with the words that point at it. */
  countryCues: CountryCue[];
  focusCountry: string | null;
}

export function extractPlaces(text: string, sentences: Sentence[], cp: CompiledPack, table: EntityTable, geo: Geocoder | null): DocumentPlaces {
  const code = cp.pack.code;
  const sentenceAt = sentenceLocator(sentences);
  const found = (geo ? geo.find(text, code) : fallbackMentions(text, sentences, cp)).sort((a, b) => a.start - b.start);
  const mentions: PlaceMention[] = [];
  for (const f of found) {
    const sentence = sentenceAt(f.start);
    if (!sentence) continue;
    const span = { start: f.start, end: f.end };
    // Inside a medium's or a person's name ("Interfax-Kazakhstan") it is part of the name; inside an
    // organisation's description ("le département de la police de la ville d'Almaty") it is a place.
    const inside = table.atSpan(span);
    if (inside && (inside.kind === 'media' || inside.kind === 'person')) continue;
    const atSentenceStart = f.start === sentence.start;
    const asActor = !sentence.heading && atSentenceStart && cp.subjectFollowerAtStart.test(text.slice(f.end, Math.min(sentence.end, f.end + 60)));
    mentions.push({ ...f, sentence: sentence.index, place: null, asActor, spot: null, dateline: false,
      regionHead: !!cp.regionHeadAfter?.test(text.slice(f.end, f.end + 20)) || !!cp.regionHeadBefore?.test(text.slice(Math.max(0, f.start - 25), f.start)),
      entityId: null, status: 'known', rule: geo ? 'geo/recognised' : `${code}/place-cue`,
      ...(cp.sectionHeadAfter?.test(text.slice(f.end, f.end + 20)) ? { sectionHead: true } : {}),
      ...(cp.countyHeadAtEnd?.test(f.text) ? { countyHead: true } : {}),
      ...(cp.institutionHeadAfter?.test(text.slice(f.end, f.end + 60)) || cp.institutionHeadBefore?.test(text.slice(Math.max(0, f.start - 30), f.start))
        ? { institution: true } : {}),
      ...(cp.sceneLocativeBefore?.test(text.slice(Math.max(0, f.start - 25), f.start)) ? { scene: true } : {}),
      ...(cp.residentAfter?.test(text.slice(f.end, f.end + 15)) ? { residence: true } : {}) });
  }
  markDatelines(text, mentions);

  const byStart = new Map(mentions.map((m) => [m.start, m]));
  for (const s of sentences) {
    cp.subCitySpot.lastIndex = 0;
    for (const m of s.text.matchAll(cp.subCitySpot)) {
      const nameStart = s.start + m.index! + m[0].length - m.groups!.name!.length;
      const city = byStart.get(nameStart);
      if (city) city.spot = evidenceAt(text, s.start + m.index!, s.start + m.index! + m[0].length);
    }
  }

  if (geo) {
    // One resolution per distinct name and role: "Almaty" five times is one question, and the
    // resolver compares mentions pairwise, so repeats would cost quadratic time for nothing.
    const firstOf = new Map<string, number>();
    const distinct: PlaceMention[] = [];
    const slot = mentions.map((m) => {
      const key = `${m.asActor ? 'actor' : 'place'}:${m.text}`;
      let i = firstOf.get(key);
      if (i === undefined) { i = distinct.length; firstOf.set(key, i); distinct.push({ ...m }); }
      // "Auburn police … in Auburn, Wash.": the region stated once holds for every mention of the name.
      else if (m.statedRegion && !distinct[i]!.statedRegion) distinct[i]!.statedRegion = m.statedRegion;
      return i;
    });
    const resolved = geo.resolve(distinct, code);
    mentions.forEach((m, i) => { m.place = resolved[slot[i]!] ?? null; });
  }

  const countryCues: CountryCue[] = [];
  for (const s of sentences) {
    cp.demonymPattern.lastIndex = 0;
    for (const m of s.text.matchAll(cp.demonymPattern)) {
      const iso2 = lookup(cp.demonyms, m.groups!.demonym!);
      const start = s.start + m.index!;
      if (iso2 && !insideMention(mentions, start)) {
        countryCues.push({ iso2, evidence: evidenceAt(text, start, start + m[0].length), sentence: s.index, rule: `${code}/demonym` });
      }
    }
  }

  const focusCountry = focusOf(mentions, countryCues);
  if (focusCountry) {
    for (const s of sentences) {
      cp.countryAnaphora.lastIndex = 0;
      for (const m of s.text.matchAll(cp.countryAnaphora)) {
        countryCues.push({ iso2: focusCountry, evidence: evidenceAt(text, s.start + m.index!, s.start + m.index! + m[0].length), sentence: s.index, rule: `${code}/country-anaphora` });
      }
    }
  }

  for (const m of mentions) {
    const standsFor = m.asActor && m.place ? (m.place.metonymy?.standsFor ?? m.place.country) : null;
    const entity = table.add({ kind: 'place', name: m.place?.name ?? m.text, named: true, evidence: evidenceAt(text, m.start, m.end),
      place: m.place, standsFor, rule: m.rule });
    if (standsFor && !entity.standsFor) entity.standsFor = standsFor;
    m.entityId = entity.id;
  }
  return { mentions, countryCues, focusCountry };
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;
const SPACE = /[ \t\u00a0]/;
/** Words a dateline may hold between its place and its separator: "Afghanistan", "Ark.", "3 JAN 90". */
const DATELINE_WORD = /^[\p{Lu}\d][\p{L}\d.'’-]*$/u;
const DATELINE_MAX_WORDS = 5;
const DATELINE_REACH = 80;

/**
 * Where a dateline ends, or -1: a place at the start of a line (or after a column gap of two or more
 * spaces, as in flattened PDF copy), then at most a few capitalised words or figures set off by
 * commas ("KABUL, Afghanistan", "LITTLE ROCK, Ark.", "SAN SALVADOR, 3 JAN 90"), then a bracketed
 * date or source ("(Sept. 28)", "(EFE)") or a dash ("–", "—", "--", " - "). The shape is
 * punctuation and capitals only, so it holds in every language we read.
 */
export function datelineEnd(text: string, start: number, end: number): number {
  let i = start - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  if (i >= 0 && !LINE_BREAK.test(text[i]!) && start - i < 3) return -1;
  const limit = Math.min(text.length, end + DATELINE_REACH);
  let j = end;
  let words = 0;
  while (j < limit) {
    const c = text[j]!;
    if (LINE_BREAK.test(c)) return -1;
    if (c === ' ' || c === ',' || SPACE.test(c)) { j++; continue; }
    if (c === '(') {
      // Looked for within reach only: an unclosed "(" must not send each mention to the end of the text.
      const close = text.slice(j, limit).indexOf(')');
      if (close < 0 || LINE_BREAK.test(text.slice(j, j + close))) return -1;
      return j + close + 1;
    }
    if (c === '–' || c === '—' || (c === '-' && (text[j + 1] === '-' || text[j + 1] === ' '))) return j + 1;
    let k = j;
    while (k < limit && !SPACE.test(text[k]!) && !LINE_BREAK.test(text[k]!) && text[k] !== ',' && text[k] !== '(') k++;
    if (!DATELINE_WORD.test(text.slice(j, k)) || ++words > DATELINE_MAX_WORDS) return -1;
    j = k;
  }
  return -1;
}

/** Flags the mentions a dateline holds: its place and the region or country after it. */
function markDatelines(text: string, mentions: PlaceMention[]): void {
  let until = -1;
  for (const m of mentions) {
    if (m.start < until) { m.dateline = true; continue; }
    const end = datelineEnd(text, m.start, m.end);
    if (end > 0) { m.dateline = true; until = end; }
  }
}

/** Is `offset` inside one of the mentions (sorted by start)? */
function insideMention(mentions: PlaceMention[], offset: number): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid]!.start <= offset) lo = mid + 1; else hi = mid; }
  const m = mentions[lo - 1];
  return m !== undefined && offset < m.end;
}

/** The country most places of the article are in (a city counts for its country). */
function focusOf(mentions: PlaceMention[], cues: CountryCue[]): string | null {
  const score = new Map<string, number>();
  for (const m of mentions) {
    if (!m.place?.country || m.asActor) continue;
    score.set(m.place.country, (score.get(m.place.country) ?? 0) + (m.place.kind === 'country' ? 1 : 2));
  }
  for (const c of cues) score.set(c.iso2, (score.get(c.iso2) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  for (const [iso2, s] of score) if (s > bestScore) { best = iso2; bestScore = s; }
  return best;
}

function sentenceLocator(sentences: Sentence[]): (offset: number) => Sentence | undefined {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  };
}

/** Without a gazetteer: a capitalised name after a place preposition ("à Almaty", "d'Aktau"). */
function fallbackMentions(text: string, sentences: Sentence[], cp: CompiledPack): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const s of sentences) {
    cp.placeCueThenName.lastIndex = 0;
    for (const m of s.text.matchAll(cp.placeCueThenName)) {
      const name = m.groups!.name!;
      if (cp.notNames.has(name)) continue;
      const start = s.start + m.index! + m[0].length - name.length;
      out.push({ start, end: start + name.length, text: name });
    }
  }
  return out;
}
