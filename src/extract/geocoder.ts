/** The pipeline's geocoder, backed by the gazetteer shipped in data/gazetteer (src/geo). */
import { projectFile } from '../core/paths.js';
import { countryByCode, findToponyms, loadGazetteer, resolveMentions, type Gazetteer } from '../geo/index.js';
import type { Geocoder } from './places.js';

export const GAZETTEER_FILE = projectFile('data', 'gazetteer', 'gazetteer.tsv.gz');

export function geocoderFrom(gaz: Gazetteer): Geocoder {
  const countries = new Map<string, ReturnType<typeof countryByCode>>();
  return {
    // A town's name inside a street's is a toponym to a geoparser, but never the place of an event.
    find: (text, lang) => findToponyms(gaz, text, { lang }).filter((m) => !m.inStreetName).map((m) => ({ start: m.start, end: m.end, text: m.text, ...(m.statedRegion ? { statedRegion: m.statedRegion } : {}) })),
    resolve: (mentions, lang, focusCountry) => resolveMentions(gaz, mentions, { lang, ...(focusCountry ? { focusCountry } : {}) }),
    country: (iso2) => {
      if (!countries.has(iso2)) countries.set(iso2, countryByCode(gaz, iso2));
      return countries.get(iso2) ?? null;
    },
  };
}

/** The default geocoder, or null (with a warning) when the gazetteer file cannot be read. */
export function loadGeocoder(warn: (message: string) => void, file = GAZETTEER_FILE): Geocoder | null {
  try {
    return geocoderFrom(loadGazetteer(file));
  } catch (err) {
    warn(`gazetteer not loaded (${(err as Error).message}): places carry their mention only`);
    return null;
  }
}
