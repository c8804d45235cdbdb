/**
 * Quantities in a sentence: "huit", "trois cent dix-sept", "317", "1 350", "des dizaines",
 * "au moins huit", "plusieurs centaines". Each is a range with its evidence; whether it counts
 * people is decided by the counts extractor, not here.
 */
import { numberWordParts, qualify, qualifyRange, valueOfDigits, valueOfWords, type Range } from '../common/numbers.js';
import { lookup, matchesIn } from '../common/patterns.js';
import type { CompiledPack } from './compiled.js';

export interface Quantity extends Range {
  start: number;
  end: number;
  text: string;
  /** Where the number itself starts (after a qualifier such as "au moins"). */
  numberStart: number;
  /** "un"/"une": an article unless a victim and an outcome follow. */
  articleOne: boolean;
  /** A year, a time or a day of the month: not a quantity of anything. */
  rule: string;
}

const YEAR_LIKE = /^(1[89]|20)\d{2}$/;
const isDigit = (code: number) => code >= 48 && code <= 57;

export function findQuantities(text: string, start: number, end: number, cp: CompiledPack): Quantity[] {
  const out: Quantity[] = [];
  const re = cp.quantity;
  for (const m of matchesIn(re, text, start, end)) {
    const g = m.groups!;
    const qualifierText = g.qualifier?.trim();
    const qualifier = qualifierText ? lookup(cp.qualifiers, qualifierText) : undefined;
    let range: Range | null = null;
    let rule = 'number';
    let articleOne = false;
    if (g.vague) {
      const r = lookup(cp.vague, g.vague);
      if (r) { range = qualifyRange(r, qualifier); rule = 'vague-quantity'; }
    } else if (g.digits) {
      // Years and clock times are not quantities of people.
      if (!qualifier && !g.scale && YEAR_LIKE.test(g.digits)) continue;
      const after = m.index + m[0].length;
      if (cp.pack.numbers.clockSeparators.includes(text[after] ?? '\n') && isDigit(text.charCodeAt(after + 1))) continue;
      // The minutes of "1:51" (a time or a video's length) are no more a quantity than its hour.
      if (cp.pack.numbers.clockSeparators.includes(text[m.index - 1] ?? '\n') && isDigit(text.charCodeAt(m.index - 2))) continue;
      let value = valueOfDigits(g.digits, cp.pack.numbers.thousandsSeparators, cp.pack.numbers.decimalSeparator);
      if (value !== null && g.scale) value *= lookup(cp.multipliers, g.scale) ?? 1;
      if (value !== null) range = qualify(value, qualifier);
      rule = 'digits';
    } else if (g.words) {
      const parts = numberWordParts(g.words, cp.joiners, cp.numberWords);
      const value = valueOfWords(parts, cp.numberWords, cp.multipliers);
      if (value !== null) range = qualify(value, qualifier);
      articleOne = parts.length === 1 && cp.articleOne.has(parts[0]!.toLowerCase());
      rule = 'number-words';
    }
    if (!range) continue;
    // A number hyphenated to a word is an adjective ("a 23-year-old man", "a three-story house").
    const next = m.index + m[0].length;
    if (text[next] === '-' && /\p{L}/u.test(text[next + 1] ?? '')) continue;
    const numberStart = m.index + (g.qualifier?.length ?? 0);
    out.push({ ...range, start: m.index, end: m.index + m[0].length, text: m[0], numberStart, articleOne, rule });
  }
  return out;
}
