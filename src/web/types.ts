/** Shapes the dashboard reads from the API (src/api/catalog.ts is the source of truth). */
export type {
  ArticleDetail, Contradiction, EventRow, Facets, IncidentDetail, IncidentRow, PageOf, Points, SearchHit, SourceFigure,
} from '../api/catalog.js';
export type { Evidence, Event, Extraction } from '../core/schema.js';

export const EVENT_TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'] as const;

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  Battles: '#D55E00',
  'Explosions/Remote violence': '#E69F00',
  'Violence against civilians': '#CC79A7',
  Protests: '#0072B2',
  Riots: '#009E73',
  'Strategic developments': '#6f6f6f',
};

export const TYPE_SHORT: Readonly<Record<string, string>> = {
  Battles: 'Battles',
  'Explosions/Remote violence': 'Explosions',
  'Violence against civilians': 'Vs civilians',
  Protests: 'Protests',
  Riots: 'Riots',
  'Strategic developments': 'Strategic',
};
