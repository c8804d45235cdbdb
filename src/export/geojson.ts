/** Incidents as a GeoJSON FeatureCollection: one Point feature per placed incident. */
import type { IncidentRecord } from '../store/store.js';

export function incidentsGeoJson(incidents: readonly IncidentRecord[]): { type: 'FeatureCollection'; features: unknown[] } {
  return {
    type: 'FeatureCollection',
    features: incidents.filter((i) => i.lat !== null && i.lon !== null).map((i) => ({
      type: 'Feature',
      id: i.id,
      geometry: { type: 'Point', coordinates: [i.lon, i.lat] },
      properties: {
        type: i.type, subType: i.subType, dateStart: i.dateStart, dateEnd: i.dateEnd, datePrecision: i.datePrecision,
        country: i.country, admin1: i.admin1, location: i.location, geoPrecision: i.geoPrecision,
        killed: i.killedMin === null ? null : { min: i.killedMin, max: i.killedMax }, injured: i.injuredMin === null ? null : { min: i.injuredMin, max: i.injuredMax },
        fatalities: i.fatalities, contradiction: i.contradiction, actor1: i.actor1, actor2: i.actor2,
        sources: i.sources, articles: i.articles.length, events: i.members.length,
        figures: i.figures.map((f) => ({ source: f.source, kind: f.kind, min: f.min, max: f.max, category: f.category })),
      },
    })),
  };
}
