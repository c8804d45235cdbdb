/**
 * Number arithmetic shared by every language: number words → value, digits with the pack's
 * separators → value, and a qualifier applied to a value → a range. Lexicons say which words mean
 * what; the arithmetic ("trois cent dix-sept" = 3×100 + 10 + 7) is the same everywhere.
 */
import type { QualifierKind } from '../lang/pack.js';
import { lexiconKey } from './patterns.js';

export interface Range { min: number; max: number | null; exact: boolean }

/**
 * Sums number words: small values add up, a multiplier scales what came before it
 * ("trois cent" = 300), and a large multiplier closes a group ("deux mille trois" = 2003).
 * Returns null when a word is unknown, so a bad parse is never a made-up number.
 */
export function valueOfWords(parts: string[], words: Map<string, number>, multipliers: Map<string, number>): number | null {
  let total = 0;
  let group = 0;
  let seen = false;
  for (const raw of parts) {
    const key = lexiconKey(raw);
    const small = words.get(key);
    if (small !== undefined) { group += small; seen = true; continue; }
    const mult = multipliers.get(key);
    if (mult === undefined) return null;
    seen = true;
    if (mult >= 1000) { total += (group || 1) * mult; group = 0; } else group = (group || 1) * mult;
  }
  return seen ? total + group : null;
}

/** Splits a matched number phrase into words, leaving joiners out ("vingt et un" → vingt, un). */
export function numberWordParts(phrase: string, joiners: Set<string>, words: Map<string, number>): string[] {
  const out: string[] = [];
  const tokens = phrase.split(/[\s\u00a0]+/);
  for (const token of tokens) {
    if (joiners.has(lexiconKey(token))) continue;
    // A hyphenated compound listed whole ("quatre-vingt") stays whole; others split ("dix-sept").
    if (words.has(lexiconKey(token))) { out.push(token); continue; }
    const pieces = token.split(/[-‐]/).filter((p) => p && !joiners.has(lexiconKey(p)));
    // Re-join "quatre-vingt(s)" inside "quatre-vingt-dix".
    for (let i = 0; i < pieces.length; i++) {
      const pair = i + 1 < pieces.length ? `${pieces[i]}-${pieces[i + 1]}` : null;
      if (pair && words.has(lexiconKey(pair))) { out.push(pair); i++; } else out.push(pieces[i]!);
    }
  }
  return out;
}

/** Digits with thousands separators and a decimal separator ("1 350" → 1350, "3,5" → 3.5). */
const groupSeparators = new Map<string, RegExp>();
export function valueOfDigits(text: string, thousands: string, decimal: ',' | '.'): number | null {
  let separator = groupSeparators.get(thousands);
  if (!separator) {
    const cls = thousands.replace(/[\]\\^-]/g, '\\$&').replace(' ', '\\s');
    separator = new RegExp(`[${cls}](?=\\d{3}(?!\\d))`, 'g');
    groupSeparators.set(thousands, separator);
  }
  const s = text.replace(separator, '').replace(decimal, '.');
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/** A qualifier applied to a value: "au moins 8" → 8–open, "près de 100" → 90–100. */
export function qualify(value: number, kind: QualifierKind | undefined): Range {
  switch (kind) {
    case undefined: return { min: value, max: value, exact: true };
    case 'at-least': return { min: value, max: null, exact: false };
    case 'more-than': return { min: Number.isInteger(value) ? value + 1 : value, max: null, exact: false };
    case 'nearly': return { min: Math.round(value * 0.9), max: value, exact: false };
    case 'about': return { min: Math.round(value * 0.9), max: Math.round(value * 1.1), exact: false };
    case 'less-than': return { min: value > 1 ? 1 : 0, max: Math.max(0, Math.ceil(value) - 1), exact: false };
    case 'up-to': return { min: value > 1 ? 1 : 0, max: value, exact: false };
  }
}

/** A qualifier on a range that is already vague: "au moins des dizaines" keeps the floor, opens the top. */
export function qualifyRange(range: readonly [number, number | null], kind: QualifierKind | undefined): Range {
  const [min, max] = range;
  if (kind === 'at-least' || kind === 'more-than') return { min, max: null, exact: false };
  if (kind === 'less-than' || kind === 'up-to') return { min: 1, max: max ?? min, exact: false };
  return { min, max, exact: false };
}
