/** The pipeline's geocoder, backed by the gazetteer shipped in data/gazetteer (src/geo). */
import type { Geocoder } from './places.js';

export function loadGeocoder(warn: (message: string) => void): Geocoder | null {
  warn('gazetteer not wired yet: places carry their mention only');
  return null;
}
