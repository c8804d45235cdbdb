/**
 * Case restored in all-capitals copy, for name detection only. MUC-4 wire texts are upper case:
 *   "THE ARCE BATTALION COMMAND HAS REPORTED THAT ABOUT 50 PEASANTS" →
 *   "the Arce Battalion Command has reported that about 50 peasants"
 * A word the language pack knows (its common words and every word of its lexicons) is lower-cased; any
 * other keeps a capital and may start a name; a short unknown word stays upper case (an acronym: "FMLN").
 * The view has the length of the text, character for character, so every offset still points into it.
 */
import { lexiconKey } from '../common/patterns.js';

/** Letters mostly upper case over a stretch long enough to tell. */
export function isUpperCaseCopy(s: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of s) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return upper >= 6 && upper > 9 * lower;
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

function lowerSameLength(word: string): string {
  let out = '';
  for (const ch of word) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** The text with case restored word by word, or the text itself when it is not upper-case copy. */
export function caseView(s: string, known: ReadonlySet<string>): string {
  if (!isUpperCaseCopy(s)) return s;
  return s.replace(WORD, (word) => {
    const lower = lowerSameLength(word);
    if (known.has(lexiconKey(word))) return lower;
    if (word.length <= 4) return word;
    return word[0]! + lower.slice(word[0]!.length);
  });
}

/** Every word a pack knows: its common words and the words of its lexicon phrases. */
export function knownWords(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) for (const w of p.split(/[\s'’-]+/)) if (w) out.add(lexiconKey(w));
  return out;
}
