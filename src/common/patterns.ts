/**
 * Builds regular expressions from lexicons, once, at pack load. Phrases are escaped and sorted
 * longest first so "des dizaines de milliers" wins over "des dizaines". Apostrophes match both ' and ’,
 * a space matches any run of spaces (including non-breaking ones), a hyphen also matches a space.
 * Every pattern built here is a plain alternation of literals: no nested quantifiers, so matching
 * stays linear in the text whatever it holds.
 */

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** One character of a phrase as a pattern unit: apostrophes, spaces and hyphens match their variants. */
function unitOf(ch: string): string {
  if (ch === "'" || ch === '’') return "['’]";
  if (ch === ' ') return '[\\s\\u00a0\\u202f]+';
  if (ch === '-') return '[-\\u2010\\u2011\\s]';
  return ch.replace(SPECIAL, '\\$&');
}

interface TrieNode { children: Map<string, TrieNode>; end: boolean }

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([unit, child]) => unit + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join('|')})`;
  // Greedy: the longer phrase is tried first, the shorter one is kept when the longer fails.
  return node.end ? `${body}?` : body;
}

/**
 * A non-capturing alternation of the phrases, factored as a trie: at each position of the text the
 * engine tests one first character instead of every phrase, which keeps lexicons of hundreds of
 * entries cheap, and a longer phrase wins over its prefix ("des dizaines de milliers" over "des dizaines").
 */
export function alternation(phrases: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), end: false };
  let count = 0;
  for (const phrase of new Set(phrases)) {
    if (phrase.length === 0) continue;
    let node = root;
    for (const ch of phrase) {
      const unit = unitOf(ch);
      let next = node.children.get(unit);
      if (!next) { next = { children: new Map(), end: false }; node.children.set(unit, next); }
      node = next;
    }
    node.end = true;
    count++;
  }
  if (count === 0) return '(?!)';
  return `(?:${emit(root)})`;
}

/** Letters or digits may not touch the match on either side (JS \b only knows ASCII). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

export function wordPattern(source: string, flags = 'giu'): RegExp {
  return new RegExp(`${WORD_START}${source}${WORD_END}`, flags);
}

/** Case, accents, apostrophes and spacing folded, to look a matched phrase up in its lexicon. */
export function lexiconKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** A lexicon keyed by folded phrase, so a match is looked up whatever its case or accents. */
export function foldedLexicon<T>(entries: Readonly<Record<string, T>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [phrase, value] of Object.entries(entries)) map.set(lexiconKey(phrase), value);
  return map;
}

/** Looks a matched phrase up, folding hyphens to spaces when the exact form is missing. */
export function lookup<T>(map: Map<string, T>, matched: string): T | undefined {
  const key = lexiconKey(matched);
  return map.get(key) ?? map.get(key.replace(/-/g, ' ')) ?? map.get(key.replace(/ /g, '-'));
}

/** Phrases with and without accents, so upper-case wire copy that drops accents still matches. */
export function withUnaccented(phrases: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const p of phrases) {
    out.add(p);
    out.add(p.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
  }
  return [...out];
}

/**
 * The matches of a global pattern inside [start, end) of the text, with absolute indexes. The
 * search runs on that window only: a search from `lastIndex` on the whole text would scan to the
 * end of the document for every sentence without a match, which is quadratic on long documents.
 */
export function* matchesIn(re: RegExp, text: string, start: number, end: number): Generator<RegExpExecArray> {
  const window = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    m.index += start;
    yield m;
  }
}

/**
 * The first match of a pattern, leaving it as found. A global pattern keeps `lastIndex` after a
 * successful exec, and `matchAll` starts its copy from there: one stray exec would make the next
 * article's search start in the middle of it.
 */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}
