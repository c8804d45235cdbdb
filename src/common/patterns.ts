/**
 * Builds regular expressions from lexicons, once, at pack load. Phrases are escaped and sorted
 * longest first so "des dizaines de milliers" wins over "des dizaines". Apostrophes match both ' and ’,
 * a space matches any run of spaces (including non-breaking ones), a hyphen also matches a space.
 * Every pattern built here is a plain alternation of literals: no nested quantifiers, so matching
 * stays linear in the text whatever it holds.
 */

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

function phraseSource(phrase: string): string {
  let out = '';
  for (const ch of phrase) {
    if (ch === "'" || ch === '’') out += "['’]";
    else if (ch === ' ') out += '[\\s\\u00a0\\u202f]+';
    else if (ch === '-') out += '[-\\u2010\\u2011\\s]';
    else out += ch.replace(SPECIAL, '\\$&');
  }
  return out;
}

/** A non-capturing alternation of the phrases, longest first. */
export function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set(phrases)].filter((p) => p.length > 0);
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map(phraseSource).join('|')})`;
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
