// Toponym recognition: finds place mentions in a text with the gazetteer, capitalisation and a
// few per-language words.
//   "… dans la ville de Janaozen, dans l'ouest du pays" → "Janaozen"
//   "… sur les bords de la mer Caspienne"               → "mer Caspienne" (lower-case cue word)
//   "GUERRILLAS ATTACKED SAN SALVADOR YESTERDAY"        → "SAN SALVADOR" (all-caps wire copy)
// Adjectives ("kazakh", "Russian") are left to countryOfDemonym: they are never place mentions.
import { MatchFlag, type Candidate, type Gazetteer } from './gazetteer.js';
import { foldName } from './fold.js';
import { COMPASS_WORDS, DOTTED_ABBREVIATIONS, recognitionLexicon, type RecognitionLexicon } from './recognition-lexicon.js';
import { isDemonym } from './demonyms.js';
import type { PlaceMention } from './resolve.js';

export interface RecognizeOptions {
  lang?: string;
  /** Overrides the built-in per-language words (e.g. from a language pack). */
  lexicon?: RecognitionLexicon;
}

interface Token {
  start: number;
  end: number;
  fold: string;
  /** First letter upper case. */
  capitalised: boolean;
  /** Two or more letters, all upper case. */
  allUpper: boolean;
  sentenceStart: boolean;
  /** The text between this token and the next one lets a name go on ("New York", "Alma-Ata", "St. Louis"). */
  joinsNext: boolean;
  /** Joined to the next word by a hyphen ("Interfax-Kazakhstan", "Alma-Ata"). */
  hyphenAfter: boolean;
  /** Followed directly by "." (abbreviations: "M.", "Gen."). */
  dotAfter: boolean;
  /** On a line written in capitals, where case says nothing. */
  inCapsLine: boolean;
}

// A line is taken as all-caps copy when nearly all its letters are capitals (MUC-4 wire texts,
// shouted headlines); below this, capitals still mark proper nouns.
const CAPS_LINE_RATIO = 0.8;
const CAPS_LINE_MIN_LETTERS = 12;
// A lone word that is part of a longer capitalised name ("Doug Logan", "Jerome Faulkner") is kept
// only when it names something this prominent.
const CHAIN_PROMINENT_CITY_POPULATION = 100_000;
// In all-caps copy a single word must be a strong name of a country, region, sea, or a town this
// big (any town after "IN", "NEAR", "FROM"…).
const CAPS_MIN_CITY_POPULATION = 100_000;
const CAPS_LOCATIVE_MIN_CITY_POPULATION = 5_000;
const COMMON_WORD_MIN_POPULATION = 100_000;
const CAPS_COMMON_WORD_MIN_POPULATION = 1_000_000;
const MIN_TRANSLITERATED_LENGTH = 6;
const MIN_TRANSLITERATED_POPULATION = 50_000;
// A word matching only alternates of small towns is more likely a surname or a common word.
const WEAK_ONLY_MIN_POPULATION = 100_000;
// Admin-1 regions whose towns add up to less than this are small enough to be a first name's
// homonym ("Michael", Isle of Man).
const PROMINENT_ADMIN1_POPULATION = 100_000;
// A first name alone names a town only if the town is this big ("Charlotte") or follows "in".
const FIRST_NAME_MIN_POPULATION = 100_000;

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();
const isLower = (ch: string): boolean => ch !== ch.toUpperCase();
// Characters after which a capital starts a sentence ("… Novosti. Des", "« Moscou", a new line).
const SENTENCE_END_CHARS = new Set(['.', '!', '?', ':', ';', '»', '"', '“', '”', '\n']);
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

/** "New York", "Alma-Ata", "d'Almaty", "St. Louis": a name may go on across this gap. */
function joiningGap(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length === 1) {
    const c = text[from]!;
    return c === ' ' || c === '\u00a0' || c === '-' || c === '.' || APOSTROPHES.has(c);
  }
  return length === 2 && text[from] === '.' && text[from + 1] === ' ';
}

// Character classes for the word scanner: 1 starts or continues a word (letter, digit), 2 only
// continues one (combining mark), 0 separates. Non-ASCII answers are cached per code unit.
const charKindCache = new Map<number, number>();
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/u;

function charKind(code: number): number {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  let kind = charKindCache.get(code);
  if (kind === undefined) {
    const ch = String.fromCharCode(code);
    // Astral letters come as surrogate halves: kept inside words.
    kind = LETTER_OR_DIGIT_RE.test(ch) || (code >= 0xd800 && code <= 0xdfff) ? 1 : MARK_RE.test(ch) ? 2 : 0;
    charKindCache.set(code, kind);
  }
  return kind;
}

/** Words with their case, sentence position and the gap to the next word; one pass, no regex. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const capsLines = capsLineRanges(text);
  let range = 0;
  let prevEnd = 0;
  let prev: Token | undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (charKind(first) !== 1) { i++; continue; }
    const start = i;
    let ascii = first < 128;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (charKind(c) === 0) break;
      if (c >= 128) ascii = false;
    }
    const end = i;
    const word = text.slice(start, end);
    while (range < capsLines.length && capsLines[range]![1] <= start) range++;
    const capitalised = first < 128 ? first >= 65 && first <= 90 : isUpper(word[0]!);
    let punctuated = prev === undefined;
    for (let k = start - 1; k >= prevEnd && !punctuated; k--) if (SENTENCE_END_CHARS.has(text[k]!)) punctuated = true;
    // "M. Azirbek" and "St. Louis": a dot after an abbreviation does not end the sentence.
    // Only the gap since the previous token is looked at (a search back to the last line break
    // would be quadratic on text without line breaks).
    const afterAbbreviation = prev !== undefined && prev.dotAfter && prev.end - prev.start <= 3 && !gapHasNewline(text, prevEnd, start);
    if (prev) prev.joinsNext = joiningGap(text, prev.end, start);
    const token: Token = {
      start, end, fold: ascii ? word.toLowerCase() : foldName(word), capitalised,
      allUpper: capitalised && word.length >= 2 && word === word.toUpperCase(),
      sentenceStart: punctuated && !afterAbbreviation, joinsNext: false,
      hyphenAfter: text.charCodeAt(end) === 45, dotAfter: text.charCodeAt(end) === 46,
      inCapsLine: range < capsLines.length && capsLines[range]![0] <= start,
    };
    tokens.push(token);
    prev = token;
    prevEnd = end;
  }
  return tokens;
}

function gapHasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** [start, end) of the lines written in capitals. ASCII letters are counted by code; other letters
 * by case mapping, which is slower but rare in the texts this runs on. */
function capsLineRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let lineStart = 0;
  let letters = 0;
  let uppers = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10) {
      if (letters >= CAPS_LINE_MIN_LETTERS && uppers / letters >= CAPS_LINE_RATIO) ranges.push([lineStart, i]);
      lineStart = i + 1;
      letters = 0;
      uppers = 0;
    } else if (code >= 65 && code <= 90) {
      letters++;
      uppers++;
    } else if (code >= 97 && code <= 122) letters++;
    else if (code >= 192) {
      const ch = text[i]!;
      if (isUpper(ch)) { letters++; uppers++; } else if (isLower(ch)) letters++;
    }
  }
  return ranges;
}

/** A strong name of a country, sea or world region, of an admin-1 region of some size (not the
 * Isle of Man's "Michael"), or of a town at least this big. */
function isProminent(gaz: Gazetteer, candidates: readonly Candidate[], minCityPopulation: number): boolean {
  return candidates.some((c) => {
    if (c.flags & MatchFlag.Weak) return false;
    const kind = gaz.kind(c.entry);
    if (kind === 'city') return gaz.population[c.entry]! >= minCityPopulation;
    if (kind === 'admin1') return gaz.population[c.entry]! >= Math.min(minCityPopulation, PROMINENT_ADMIN1_POPULATION);
    return true;
  });
}

/** Finds place-name spans in a text. Spans are half-open [start, end) into `text`. */
export function findToponyms(gaz: Gazetteer, text: string, opts: RecognizeOptions = {}): PlaceMention[] {
  const lexicon = opts.lexicon ?? recognitionLexicon(opts.lang);
  const lang = opts.lang ?? '';
  const tokens = tokenize(text);
  const clues = gatherClues(gaz, tokens, lexicon, lang);

  const mentions: PlaceMention[] = [];
  const push = (from: number, to: number, inStreetName = false, statedRegion?: string): void => {
    const start = tokens[from]!.start;
    const end = tokens[to]!.end;
    const m: PlaceMention = { text: text.slice(start, end), start, end };
    if (inStreetName) m.inStreetName = true;
    if (statedRegion) m.statedRegion = statedRegion;
    mentions.push(m);
  };
  // "Tampa, Fla.", "MYRTLE CREEK, Ore. —", "in Mannington, W.Va.,": a name then, after a comma, the
  // admin-1 region it lies in. The region vouches for the name, even one the gazetteer lacks.
  const regions = statedRegions(gaz, text, tokens, lexicon);

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const caps = t.inCapsLine;
    const firstCode = t.fold.charCodeAt(0);
    const startable = caps ? firstCode < 48 || firstCode > 57 : t.capitalised || lexicon.cues.has(t.fold);
    if (!startable) { i++; continue; }

    // Longest gazetteer name starting here.
    let matchEnd = -1;
    let key = '';
    for (let j = i; j < tokens.length && j < i + gaz.maxNameWords; j++) {
      if (j > i && !tokens[j - 1]!.joinsNext) break;
      key = j === i ? t.fold : `${key} ${tokens[j]!.fold}`;
      if (gaz.hasKey(key)) matchEnd = j;
      if (!gaz.hasLongerName(key)) break;
    }

    // A name followed by its region ("Tampa, Fla."), the gazetteer's or one it lacks, longest first.
    const run = regionRun(tokens, i, regions, lexicon, clues);
    if (run && run.to > matchEnd) {
      push(i, run.to, false, run.region.key);
      if (!run.region.code) push(run.region.from, run.region.to);
      i = run.region.to + 1;
      continue;
    }
    const stated = run?.region;
    if (matchEnd >= 0 && (stated || vouched(text, tokens, i, matchEnd, lexicon) || acceptMatch(gaz, tokens, i, matchEnd, lexicon, lang, clues))) {
      let end = matchEnd;
      const after = tokens[end + 1];
      if (after && tokens[end]!.joinsNext && after.capitalised && !caps && lexicon.suffixes.has(after.fold)) end++;
      push(i, end, namesStreet(tokens, i, end, lexicon), end === matchEnd ? stated?.key : undefined);
      // The region after the comma is a mention of its own, even where its abbreviation is also a word ("Wash.", "Miss.").
      if (stated && end === matchEnd) { if (!stated.code) push(stated.from, stated.to); i = stated.to + 1; } else i = end + 1;
      continue;
    }

    // Names the gazetteer lacks but the text marks as places: "Avoyelles Parish", "Lake Tahoe".
    if (!caps && t.capitalised && t.joinsNext) {
      const next = tokens[i + 1]!;
      if (next.capitalised && lexicon.placeSuffixes.has(next.fold) && isNameWord(t, lexicon) && !isDemonym(t.fold, lang) && !t.sentenceStart) {
        push(i, i + 1);
        i += 2;
        continue;
      }
      if (lexicon.cues.has(t.fold) && isNameWord(next, lexicon) && !t.sentenceStart) {
        push(i, i + 1);
        i += 2;
        continue;
      }
    }
    i++;
  }
  return mentions;
}

/** A dateline's shape after a name: an optional bracket (the station or agency), then a dash. */
const DATELINE_AFTER = /^[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:[—–]|--|-[ \t])/;

/**
 * A gazetteer name that the text itself marks as a place, whatever its size or its other readings:
 * a dateline at the start of a line ("OGDEN — A girl…", "MIAMI (CBSMiami) –"), or a name followed by
 * its agency ("Flint police", "the Douglas Police Department").
 */
function vouched(text: string, tokens: Token[], from: number, to: number, lexicon: RecognitionLexicon): boolean {
  const first = tokens[from]!;
  if (!first.capitalised || lexicon.stopwords.has(first.fold) || lexicon.nonPlaces.has(first.fold)) return false;
  const prev = tokens[from - 1];
  if (prev && prev.joinsNext && (lexicon.titles.has(prev.fold) || prev.capitalised)) return false;
  const next = tokens[to + 1];
  if (next && tokens[to]!.joinsNext && !tokens[to]!.dotAfter && lexicon.agencies.has(next.fold)) return true;
  if (!tokens.slice(from, to + 1).every((t) => t.allUpper)) return false;
  let k = first.start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return (k < 0 || text[k] === '\n') && DATELINE_AFTER.test(text.slice(tokens[to]!.end, tokens[to]!.end + 50));
}

/** How many words a name the gazetteer lacks may have when its region vouches for it ("Bean Station"). */
const UNKNOWN_TOWN_MAX_WORDS = 3;
/** How many words an admin-1 name after the comma may have ("North Carolina", "W. Va."). */
const REGION_MAX_WORDS = 3;

/** `code`: written as the region's code ("ND"), which the gazetteer does not know as a name: not a mention of its own. */
interface StatedRegion { from: number; to: number; key: string; code?: boolean }

/**
 * For each token that ends a name followed by ", <admin-1 region>" ("Tampa, Fla.", "Macon, Georgia",
 * "Auburn, Wash. —"): the region's tokens and its key ("US.WA"). The region must be a strong
 * gazetteer name of an admin-1 region (a dotted abbreviation with its dot) and close its phrase:
 * punctuation, a dash, a bracket or the end of the line come next, so "Smith, Georgia's attorney
 * general" or "Kasich, Ohio governor" are not read so.
 */
function statedRegions(gaz: Gazetteer, text: string, tokens: Token[], lexicon: RecognitionLexicon): Map<number, StatedRegion> {
  const out = new Map<number, StatedRegion>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const name = tokens[k]!;
    const first = tokens[k + 1]!;
    if (!name.capitalised || !first.capitalised || !/^, +$/.test(text.slice(name.end, first.start))) continue;
    let key = '';
    let found: StatedRegion | null = null;
    for (let j = k + 1; j < tokens.length && j <= k + REGION_MAX_WORDS; j++) {
      if (j > k + 1 && !tokens[j - 1]!.joinsNext) break;
      const tok = tokens[j]!;
      if (!tok.capitalised) break;
      key = j === k + 1 ? tok.fold : `${key} ${tok.fold}`;
      // "Butte, ND": a region's code, written in capitals.
      if (j === k + 1 && lexicon.regionCodesOf && tok.allUpper && tok.end - tok.start === 2 && closesPhrase(text, tok.end)) {
        const code = `${lexicon.regionCodesOf}.${text.slice(tok.start, tok.end)}`;
        if (gaz.admin1ByCode.has(code)) { found = { from: j, to: j, key: code, code: true }; break; }
      }
      if (j === k + 1 && !tok.dotAfter && DOTTED_ABBREVIATIONS.has(tok.fold)) continue;
      const region = gaz.lookupFolded(key).find((c) => (c.flags & MatchFlag.Weak) === 0 && gaz.kind(c.entry) === 'admin1');
      if (region !== undefined && closesPhrase(text, tok.end)) found = { from: k + 1, to: j, key: `${gaz.country(region.entry)}.${gaz.admin1Code(region.entry)}` };
    }
    if (found && !lexicon.stopwords.has(name.fold) && !namesRegion(gaz, name)) out.set(k, found);
  }
  return out;
}

/**
 * The name starting at token `from` that a stated region follows: one to three capitalised words
 * ("Estill Springs, Tenn.", "Bean Station, Tenn."), not a person's (after a title), not a county's
 * or a street's (left to the other rules), not a common word opening a sentence.
 */
function regionRun(tokens: Token[], from: number, regions: Map<number, StatedRegion>, lexicon: RecognitionLexicon, clues: DocumentClues): { to: number; region: StatedRegion } | null {
  const t = tokens[from]!;
  // A generic head may open the name ("Port Norris, NJ", "Fort Ann, N.Y.").
  const opens = t.capitalised && !lexicon.stopwords.has(t.fold) && !lexicon.suffixes.has(t.fold);
  if (!opens || lexicon.nonPlaces.has(t.fold) || (t.sentenceStart && !t.allUpper && clues.lowercaseWords.has(t.fold))) return null;
  const prev = tokens[from - 1];
  if (prev && prev.joinsNext && (lexicon.titles.has(prev.fold) || isNameWord(prev, lexicon))) return null;
  let k = from;
  while (!regions.has(k) && k < from + UNKNOWN_TOWN_MAX_WORDS - 1 && tokens[k]!.joinsNext && !tokens[k]!.dotAfter && tokens[k + 1] && isNameWord(tokens[k + 1]!, lexicon)) k++;
  const region = regions.get(k);
  if (!region || lexicon.suffixes.has(tokens[k]!.fold) || namesStreet(tokens, from, k, lexicon)) return null;
  return { to: k, region };
}

/** "Helmand, Kandahar and Zabul": a name that is itself a region's or a country's opens a list, not a "Town, Region". */
function namesRegion(gaz: Gazetteer, name: Token): boolean {
  return gaz.lookupFolded(name.fold).some((c) => (c.flags & MatchFlag.Weak) === 0 && gaz.kind(c.entry) !== 'city');
}

/** What may follow a region that closes a "Town, Region" phrase: punctuation, a bracket, a dash, a line end. */
function closesPhrase(text: string, end: number): boolean {
  const rest = text.slice(end, end + 3);
  return rest === '' || /^(?:\.|,|;|:|\)|\s*\(|\s*[—–-]|\s*\n|\s*$)/.test(rest) && !/^['’]s/.test(rest);
}

/**
 * "Memphis Avenue", "Franklin and Odessa streets", "rue de Paris", "calle Madrid": the name is a
 * street's. A list of names takes a plural head ("Kabul and Kandahar Road" keeps Kabul a place).
 */
function namesStreet(tokens: Token[], from: number, to: number, lexicon: RecognitionLexicon): boolean {
  const [next, other, afterOther] = [tokens[to + 1], tokens[to + 2], tokens[to + 3]];
  if (tokens[to]!.joinsNext && next) {
    if (lexicon.streetsAfter.has(next.fold)) return true;
    if (lexicon.listJoiners.has(next.fold) && next.joinsNext && other?.capitalised && other.joinsNext
      && afterOther && lexicon.streetListsAfter.has(afterOther.fold)) return true;
  }
  const before = tokens[from - 1];
  const head = before && lexicon.connectors.has(before.fold) && before.joinsNext ? tokens[from - 2] : before;
  return head !== undefined && head.joinsNext && lexicon.streetsBefore.has(head.fold);
}

/** What the whole document says about its capitalised words, gathered before matching. */
interface DocumentClues {
  /** Written in lower case somewhere: a common word when capitalised at a sentence start. */
  lowercaseWords: Set<string>;
  /** Seen inside a run of capitalised words that is not a place ("Jacob Zuma", "Doug Logan"):
   * alone later ("Zuma said"), the word still names that person or organisation. */
  nameChainWords: Set<string>;
}

/** A capitalised word that can be part of a name: not a stopword, suffix or cue word. */
function isNameWord(x: Token, lexicon: RecognitionLexicon): boolean {
  return x.capitalised && !lexicon.stopwords.has(x.fold) && !lexicon.suffixes.has(x.fold) && !lexicon.cues.has(x.fold);
}

function isNameChainWord(x: Token | undefined, lexicon: RecognitionLexicon, lang: string): boolean {
  return x !== undefined && x.capitalised && !x.inCapsLine && !x.allUpper && !lexicon.stopwords.has(x.fold)
    && !lexicon.suffixes.has(x.fold) && !lexicon.cues.has(x.fold) && !isDemonym(x.fold, lang) && x.fold.length > 1;
}

function gatherClues(gaz: Gazetteer, tokens: Token[], lexicon: RecognitionLexicon, lang: string): DocumentClues {
  const lowercaseWords = new Set<string>();
  const nameChainWords = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalised && !t.inCapsLine) lowercaseWords.add(t.fold);
    const next = tokens[i + 1];
    if (t.joinsNext && !t.dotAfter && isNameChainWord(t, lexicon, lang) && isNameChainWord(next, lexicon, lang)
      && !gaz.hasKey(`${t.fold} ${next!.fold}`) && !(t.sentenceStart && lowercaseWords.has(t.fold))) {
      // Only the second word: "Jacob Zuma" makes a later "Zuma" a person, but "Springfield
      // Police" says nothing about a later "Springfield".
      nameChainWords.add(next!.fold);
    }
  }
  return { lowercaseWords, nameChainWords };
}

/** Everything the acceptance rules look at for one gazetteer match. */
interface Match {
  gaz: Gazetteer;
  tokens: Token[];
  from: number;
  to: number;
  lexicon: RecognitionLexicon;
  lang: string;
  clues: DocumentClues;
  candidates: readonly Candidate[];
  /** A strong name of a country, admin-1 region, sea or world region. */
  namesCountryOrRegion: boolean;
}

function acceptMatch(
  gaz: Gazetteer, tokens: Token[], from: number, to: number, lexicon: RecognitionLexicon, lang: string, clues: DocumentClues,
): boolean {
  const key = from === to ? tokens[from]!.fold : tokens.slice(from, to + 1).map((t) => t.fold).join(' ');
  if (lexicon.nonPlaces.has(key)) return false;
  const candidates = gaz.lookupFolded(key);
  const namesCountryOrRegion = candidates.some((c) => (c.flags & MatchFlag.Weak) === 0 && gaz.kind(c.entry) !== 'city');
  const match: Match = { gaz, tokens, from, to, lexicon, lang, clues, candidates, namesCountryOrRegion };
  return to > from ? acceptSeveralWords(match) : acceptOneWord(match);
}

function acceptSeveralWords({ gaz, tokens, from, to, lexicon, clues, candidates, namesCountryOrRegion }: Match): boolean {
  const first = tokens[from]!;
  const last = tokens[to]!;
  const caps = first.inCapsLine;
  const span = tokens.slice(from, to + 1);
  const allStopwords = span.every((t) => lexicon.stopwords.has(t.fold) || t.fold.length < 2);
  // "United States", "North Carolina" are all stopwords but name a country or a state;
  // "Nord-Est" is only a direction.
  if (allStopwords && !namesCountryOrRegion && !first.dotAfter) return false;
  if (span.every((t) => COMPASS_WORDS.has(t.fold))) return false;
  // "The Meeting" is an alternate name of Nenagh (Ireland): a phrase opening with a stopword that
  // only matches alternates of small towns is a phrase.
  if (lexicon.stopwords.has(first.fold) && candidates.every((c) => (c.flags & MatchFlag.Weak) !== 0)
    && !isProminent(gaz, candidates.map((c) => ({ ...c, flags: 0 })), WEAK_ONLY_MIN_POPULATION)) return false;
  if (caps) return true;
  // A lower-case start must be a generic head followed by the name: "mer Caspienne".
  if (!first.capitalised) return lexicon.cues.has(first.fold) && tokens[from + 1]!.capitalised;
  // "Asie centrale" (a name, then a lower-case word) or "Le Caire" (ends capitalised), but not
  // "The range" at a sentence start.
  return (!lexicon.stopwords.has(first.fold) && !first.sentenceStart) || last.capitalised || (first.sentenceStart && !clues.lowercaseWords.has(first.fold));
}

function acceptOneWord({ gaz, tokens, from, to, lexicon, lang, clues, candidates, namesCountryOrRegion }: Match): boolean {
  const first = tokens[from]!;
  const caps = first.inCapsLine;
  if (first.fold.length < 2) return false;
  if (DOTTED_ABBREVIATIONS.has(first.fold) && !first.dotAfter) return false;
  // Only the transliteration fold reads it as a place ("Janaozen" → Zhanaozen): short words would
  // meet too many towns that way ("Bon" → Bonn, "Kyi" → "Ky."), so the word must be long and the
  // place a notable one.
  if (candidates.length > 0 && candidates.every((c) => (c.flags & MatchFlag.Transliterated) !== 0)) {
    if (first.end - first.start < MIN_TRANSLITERATED_LENGTH || !isProminent(gaz, candidates, MIN_TRANSLITERATED_POPULATION)) return false;
  }
  // Acronyms in mixed-case text ("TASS", "OTSC", "GNL") are organisations or products unless they
  // spell a country or region ("UK", "US", "RDC", "EU").
  if (!caps && first.allUpper && first.end - first.start <= 5) {
    // "US" is also a stopword ("us"), but spells a country; "SUD" spells only a Haitian region.
    return namesCountryOrRegion && (!lexicon.stopwords.has(first.fold) || candidates.some((c) => (c.flags & MatchFlag.Weak) === 0 && gaz.kind(c.entry) === 'country'));
  }
  if (lexicon.stopwords.has(first.fold)) return false;
  // A dictionary word names a place only when the place is big enough to be the likelier reading;
  // in all-caps copy, where nothing marks a proper noun, only when it is very big.
  // "a party in Plantation", "shot near Forest": after a locative, inside a sentence, a capitalised common word
  // that no other capitalised word follows is the town.
  const before = tokens[from - 1];
  const after = tokens[to + 1];
  const placedByLocative = !caps && first.capitalised && !first.sentenceStart && before !== undefined && before.joinsNext && !before.capitalised
    && lexicon.locatives.has(before.fold) && !(first.joinsNext && after?.capitalised) && !first.hyphenAfter;
  if (lexicon.commonWords.has(first.fold) && !placedByLocative && !isProminent(gaz, candidates, caps ? CAPS_COMMON_WORD_MIN_POPULATION : COMMON_WORD_MIN_POPULATION)) return false;
  // Spanish "China" is both the country and the feminine of "chino": the country name wins.
  if (isDemonym(first.fold, lang) && !candidates.some((c) => gaz.kind(c.entry) === 'country' && (c.flags & MatchFlag.Weak) === 0)) return false;
  if (caps) {
    // "IN SAN MIGUEL", "NEAR APOPA": after a locative preposition a smaller town is believable.
    const prevWord = tokens[from - 1];
    const afterLocative = prevWord !== undefined && prevWord.joinsNext && lexicon.locatives.has(prevWord.fold);
    return isProminent(gaz, candidates, afterLocative ? CAPS_LOCATIVE_MIN_CITY_POPULATION : CAPS_MIN_CITY_POPULATION);
  }
  if (!first.capitalised) return false;
  if (first.sentenceStart && clues.lowercaseWords.has(first.fold)) return false;
  const prev = tokens[from - 1];
  const next = tokens[to + 1];
  // "M. Azirbek", "Gen. Grant", "President Lincoln": a title announces a person.
  if (prev && prev.joinsNext && (lexicon.titles.has(prev.fold) || (prev.dotAfter && prev.end - prev.start === 1))) return false;
  // "Interfax-Kazakhstan": a place glued by a hyphen to a name that is not a place is part of an
  // organisation's name, however big the place ("Paris-Match"; but "Alsace-Lorraine" is matched whole).
  const glued = (x: Token | undefined) => x !== undefined && isNameChainWord(x, lexicon, lang) && !gaz.hasKey(x.fold);
  if ((prev?.hyphenAfter && glued(prev)) || (first.hyphenAfter && glued(next))) return false;
  const afterLocative = prev !== undefined && prev.joinsNext && lexicon.locatives.has(prev.fold);
  if (lexicon.firstNames.has(first.fold) && !afterLocative && !isProminent(gaz, candidates, FIRST_NAME_MIN_POPULATION)) return false;
  // "Austin Hedrick", "Frank Jackson": a first name and a surname, however big the towns so named.
  // "Norman R. Burke": a first name and an initial.
  if (lexicon.firstNames.has(first.fold) && first.joinsNext && !first.dotAfter && next !== undefined && next.capitalised
    && ((isNameChainWord(next, lexicon, lang) && !gaz.hasKey(next.fold)) || (next.end - next.start === 1 && next.dotAfter))) return false;
  if (prev && prev.joinsNext && !prev.dotAfter && !prev.allUpper && lexicon.firstNames.has(prev.fold) && isNameChainWord(prev, lexicon, lang)) return false;
  const prominent = isProminent(gaz, candidates, CHAIN_PROMINENT_CITY_POPULATION);
  // "Raashon Jackson", "Makanzee Oldham": after a capitalised word that is no place and no word of the
  // text's vocabulary (a given name), even a big town's name is a surname.
  if (prominent && prev !== undefined && prev.joinsNext && !prev.dotAfter && !first.allUpper && isNameChainWord(prev, lexicon, lang)
    && !gaz.hasKey(prev.fold) && !clues.lowercaseWords.has(prev.fold) && !namesCountryOrRegion) return false;
  if (!prominent) {
    // "Marine Le Pen", "Charles De Gaulle": a capitalised particle inside a sentence opens a name.
    if (prev && prev.joinsNext && prev.capitalised && !prev.sentenceStart && lexicon.stopwords.has(prev.fold) && prev.fold.length <= 3) return false;
    const chainedBefore = prev !== undefined && prev.joinsNext && !prev.dotAfter && isNameChainWord(prev, lexicon, lang) && !gaz.hasKey(prev.fold);
    const chainedAfter = first.joinsNext && !first.dotAfter && isNameChainWord(next, lexicon, lang);
    if (chainedBefore || chainedAfter || clues.nameChainWords.has(first.fold)) return false;
    // "Chamber of Commerce", "Bank of America"-like names: "<Capitalised> of <town>".
    const beforeOf = tokens[from - 2];
    if (prev && lexicon.connectors.has(prev.fold) && beforeOf && beforeOf.joinsNext && isNameChainWord(beforeOf, lexicon, lang) && !gaz.hasKey(beforeOf.fold)) return false;
  }
  const strong = candidates.filter((c) => (c.flags & MatchFlag.Weak) === 0);
  if (strong.length === 0 && !isProminent(gaz, candidates.map((c) => ({ ...c, flags: 0 })), WEAK_ONLY_MIN_POPULATION)) return false;
  return true;
}
