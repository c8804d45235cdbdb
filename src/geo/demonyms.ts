// Country adjectives and nationality nouns, by language: "kazakh" (fr) → KZ, "Russian" (en) → RU.
// The lexicons live in src/lang/<code>/lexicon/demonyms.ts; this module folds them once so that
// "Américains", "americains" and "AMÉRICAINS" all find US.
import { demonyms as en } from '../lang/en/lexicon/demonyms.js';
import { demonyms as es } from '../lang/es/lexicon/demonyms.js';
import { demonyms as fr } from '../lang/fr/lexicon/demonyms.js';
import { foldName } from './fold.js';

const LEXICONS: Readonly<Record<string, Readonly<Record<string, string>>>> = { en, es, fr };

function foldLexicon(lexicon: Readonly<Record<string, string>>): Map<string, string> {
  const folded = new Map<string, string>();
  for (const [form, iso2] of Object.entries(lexicon)) {
    const key = foldName(form);
    if (!folded.has(key)) folded.set(key, iso2);
  }
  return folded;
}

const FOLDED: ReadonlyMap<string, Map<string, string>> = new Map(Object.entries(LEXICONS).map(([lang, lex]) => [lang, foldLexicon(lex)]));
// Unknown language: the first language listing the form wins (en, es, fr order).
const ANY_LANGUAGE = new Map<string, string>();
for (const map of FOLDED.values()) for (const [k, v] of map) if (!ANY_LANGUAGE.has(k)) ANY_LANGUAGE.set(k, v);

function mapFor(lang: string | undefined): Map<string, string> {
  return (lang && FOLDED.get(lang.toLowerCase().slice(0, 2))) || ANY_LANGUAGE;
}

/** ISO2 of the country an adjective or nationality noun refers to: ('kazakh', 'fr') → 'KZ'. */
export function countryOfDemonym(word: string, lang: string): string | null {
  return mapFor(lang).get(foldName(word)) ?? null;
}

/** Same test on an already folded word (hot path of recognition). */
export function isDemonym(foldedWord: string, lang: string | undefined): boolean {
  return mapFor(lang).has(foldedWord);
}
