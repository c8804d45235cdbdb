/**
 * Sentences and words with offsets. Intl.Segmenter does the bulk; our fix-ups handle what it gets
 * wrong on news copy: it splits after "M." and "Dr.", and it does not split "Novosti.Des" when two
 * paragraphs were glued together. A line break always ends a sentence: headings stand alone.
 */
import type { LanguagePack } from '../lang/pack.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** A short line without final punctuation ("Moscou en renfort"): a heading, not narration. */
  heading: boolean;
}

/** The first line of a text, without final punctuation: its title ("Taliban Leader Captured in Helmand"). */
export function isTitle(sentence: Sentence): boolean {
  return sentence.index === 0 && !/[.!?…:;"”’)]\s*$/u.test(sentence.text) && !sentence.text.includes('\n');
}

export interface Token { start: number; end: number; text: string }

const segmenters = new Map<string, Intl.Segmenter>();
const abbreviationSets = new WeakMap<LanguagePack, Set<string>>();

function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) { s = new Intl.Segmenter(lang, { granularity: 'sentence' }); segmenters.set(lang, s); }
  return s;
}

function abbreviationsOf(pack: LanguagePack): Set<string> {
  let set = abbreviationSets.get(pack);
  if (!set) { set = new Set(pack.abbreviations.map((a) => a.toLowerCase())); abbreviationSets.set(pack, set); }
  return set;
}

const LAST_WORD_BEFORE_DOT = /([\p{L}\p{N}°.-]+)\.\s*$/u;
// "Novosti.Des": a lower-case letter, a full stop, then an upper-case word, with no space between.
const GLUED = /(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu;

function endsWithAbbreviation(segment: string, abbreviations: Set<string>): boolean {
  // The last word is all that matters; looking at the tail keeps a run of abbreviations linear.
  const m = LAST_WORD_BEFORE_DOT.exec(segment.slice(-60));
  if (!m) return false;
  const word = m[1]!;
  // A single capital ("J. Smith") is an initial, not a sentence end.
  if (/^\p{Lu}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

export function splitSentences(text: string, pack: LanguagePack): Sentence[] {
  const abbreviations = abbreviationsOf(pack);
  const segmenter = segmenterFor(pack.code);
  const out: Sentence[] = [];
  let paragraph = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    const s = text.slice(start, end);
    const heading = s.length < 80 && !/[.!?»"”:]$/.test(s) && !s.includes(',');
    out.push({ index: out.length, start, end, text: s, paragraph, heading });
  };
  // Hard-wrapped copy (MUC-4 wire texts cut at ~75 columns) breaks lines inside sentences: there a
  // paragraph runs to the next blank line and its line breaks read as spaces.
  const wrapped = isHardWrapped(text);
  const paragraphPattern = wrapped ? /[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*/g : /[^\n]+/g;
  for (let pm = paragraphPattern.exec(text); pm; pm = paragraphPattern.exec(text)) {
    if (pm[0].trim() === '') continue;
    const base = pm.index;
    const bounds = segmentBounds(segmenter, wrapped ? pm[0].replace(/\n/g, ' ') : pm[0]);
    let start = 0;
    for (let i = 1; i < bounds.length; i++) {
      const end = bounds[i]!;
      if (end < pm[0].length && endsWithAbbreviation(pm[0].slice(start, end), abbreviations)) continue;
      const piece = pm[0].slice(start, end);
      let from = 0;
      for (const g of piece.matchAll(GLUED)) {
        push(base + start + from, base + start + g.index!);
        from = g.index!;
      }
      push(base + start + from, base + end);
      start = end;
    }
    paragraph++;
  }
  return out;
}

/**
 * V8's Intl.Segmenter slows down more than linearly on long strings (a 155 KB paragraph takes
 * seconds), so a long paragraph is cut into chunks after a sentence end (or, in a run-on text,
 * at a space) and each chunk is segmented on its own. Returns the start of every segment and the
 * paragraph's length.
 */
const CHUNK = 4000;
const SENTENCE_END_THEN_SPACE = /[.!?»"”]\s+/g;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

function segmentBounds(segmenter: Intl.Segmenter, paragraph: string): number[] {
  const bounds: number[] = [];
  let from = 0;
  while (from < paragraph.length) {
    let to = paragraph.length;
    if (to - from > CHUNK) {
      to = from + CHUNK;
      // Searched in the second half of the chunk only, so each chunk costs its own length.
      const windowStart = from + CHUNK / 2;
      const window = paragraph.slice(windowStart, from + CHUNK);
      let cut = -1;
      for (const m of window.matchAll(SENTENCE_END_THEN_SPACE)) cut = windowStart + m.index! + m[0].length;
      // Within the window only: a search back through the whole paragraph would make a text
      // without spaces quadratic.
      if (cut < 0) { const space = window.lastIndexOf(' '); if (space >= 0) cut = windowStart + space + 1; }
      if (cut > from) to = cut;
      else if (isHighSurrogate(paragraph.charCodeAt(to - 1))) to--; // never split a surrogate pair
    }
    for (const seg of segmenter.segment(paragraph.slice(from, to))) bounds.push(from + seg.index);
    from = to;
  }
  bounds.push(paragraph.length);
  return bounds;
}

/** Most lines fill a fixed width and few end a sentence: the text was wrapped by a machine. */
export function isHardWrapped(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
  if (lines.length < 5) return false;
  const full = lines.filter((l) => l.length >= 55 && l.length <= 90).length;
  const ended = lines.filter((l) => /[.!?:"”»]$/.test(l)).length;
  return full / lines.length >= 0.6 && ended / lines.length < 0.5;
}

/**
 * Words with offsets. Elisions are split off ("d'Almaty" → "d'", "Almaty"), numbers grouped with
 * spaces stay one token ("1 350"), hyphenated words stay whole ("Interfax-Kazakhstan", "a-t-il").
 */
const WORD = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’](?=[\p{L}])|(?:[-‐][\p{L}\p{M}]+)*)|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
