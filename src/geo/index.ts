// Public geocoding API: load the gazetteer once, find place mentions, resolve them in context.
//   const gaz = loadGazetteer();
//   const mentions = findToponyms(gaz, text, { lang: 'fr' });
//   const places = resolveMentions(gaz, mentions, { lang: 'fr' });
import { Gazetteer, loadGazetteerFile } from './gazetteer.js';
import { resolveMentions as resolveInContext, toResolvedPlace, type PlaceMention, type ResolvedPlace, type ResolveOptions } from './resolve.js';
import { findToponyms as recognize, type RecognizeOptions } from './recognize.js';
import { countryOfDemonym as demonymCountry } from './demonyms.js';

export type { PlaceMention, ResolvedPlace, ResolveOptions, RecognizeOptions };
export type { RecognitionLexicon } from './recognition-lexicon.js';
export { recognitionLexicon } from './recognition-lexicon.js';
export { Gazetteer, GazetteerError, DEFAULT_GAZETTEER_FILE } from './gazetteer.js';

/** Loads the built gazetteer (default: data/gazetteer/gazetteer.tsv.gz); cached per file. */
export function loadGazetteer(file?: string): Gazetteer {
  return loadGazetteerFile(file);
}

/** Resolves the place mentions of one document together; null where no place has that name
 * (unless `unknownNearDocument`, see ResolveOptions). */
export function resolveMentions(gaz: Gazetteer, mentions: PlaceMention[], opts?: { focusCountry?: string; lang?: string } & ResolveOptions): (ResolvedPlace | null)[] {
  return resolveInContext(gaz, mentions, opts);
}

/** Finds place mentions in a text (spans into `text`); adjectives are not place mentions. */
export function findToponyms(gaz: Gazetteer, text: string, opts?: { lang?: string } & RecognizeOptions): PlaceMention[] {
  return recognize(gaz, text, opts);
}

/** ISO2 of the country an adjective or nationality noun names: ('kazakh', 'fr') → 'KZ'. */
export function countryOfDemonym(word: string, lang: string): string | null {
  return demonymCountry(word, lang);
}

/** The country with this ISO 3166-1 alpha-2 (or alpha-3) code, as a resolved place. */
export function countryByCode(gaz: Gazetteer, iso2: string): ResolvedPlace | null {
  const code = iso2.trim().toUpperCase();
  const entry = gaz.countryByIso2.get(code) ?? gaz.countryByIso3.get(code);
  return entry === undefined ? null : toResolvedPlace(gaz, entry, 'geo/country-code');
}
