/**
 * 100,000 generated events for the serve benchmark: 36 real cities (weighted, jittered), six
 * ACLED types, days over 2021-2023, deaths in half of them; five events per article.
 */
import type { Article } from '../src/core/article.js';
import type { Event, EventType, Extraction } from '../src/core/schema.js';

const CITIES: [string, string, string, number, number][] = [
  ['Almaty', 'KZ', 'Kazakhstan', 43.25, 76.92], ['Aktau', 'KZ', 'Kazakhstan', 43.65, 51.16], ['Khartoum', 'SD', 'Sudan', 15.55, 32.53],
  ['Omdurman', 'SD', 'Sudan', 15.64, 32.48], ['El Fasher', 'SD', 'Sudan', 13.63, 25.35], ['Bamako', 'ML', 'Mali', 12.65, -8.0],
  ['Gao', 'ML', 'Mali', 16.27, -0.04], ['Tbilisi', 'GE', 'Georgia', 41.69, 44.83], ['Kyiv', 'UA', 'Ukraine', 50.45, 30.52],
  ['Kharkiv', 'UA', 'Ukraine', 49.99, 36.23], ['Bakhmut', 'UA', 'Ukraine', 48.59, 38.0], ['Gaza', 'PS', 'Palestine', 31.5, 34.47],
  ['Beirut', 'LB', 'Lebanon', 33.89, 35.5], ['Damascus', 'SY', 'Syria', 33.51, 36.29], ['Aleppo', 'SY', 'Syria', 36.2, 37.16],
  ['Baghdad', 'IQ', 'Iraq', 33.34, 44.4], ['Kabul', 'AF', 'Afghanistan', 34.53, 69.17], ['Karachi', 'PK', 'Pakistan', 24.86, 67.01],
  ['Dhaka', 'BD', 'Bangladesh', 23.81, 90.41], ['Yangon', 'MM', 'Myanmar', 16.87, 96.2], ['Manila', 'PH', 'Philippines', 14.6, 120.98],
  ['Lagos', 'NG', 'Nigeria', 6.52, 3.38], ['Maiduguri', 'NG', 'Nigeria', 11.85, 13.16], ['Mogadishu', 'SO', 'Somalia', 2.05, 45.32],
  ['Goma', 'CD', 'DR Congo', -1.68, 29.22], ['Nairobi', 'KE', 'Kenya', -1.29, 36.82], ['Addis Ababa', 'ET', 'Ethiopia', 9.03, 38.74],
  ['Tripoli', 'LY', 'Libya', 32.89, 13.19], ['Paris', 'FR', 'France', 48.86, 2.35], ['Caracas', 'VE', 'Venezuela', 10.48, -66.9],
  ['Bogotá', 'CO', 'Colombia', 4.71, -74.07], ['Mexico City', 'MX', 'Mexico', 19.43, -99.13], ['Port-au-Prince', 'HT', 'Haiti', 18.54, -72.34],
  ['Lima', 'PE', 'Peru', -12.05, -77.04], ['Santiago', 'CL', 'Chile', -33.45, -70.67], ['Tehran', 'IR', 'Iran', 35.69, 51.39],
];
const TYPES: EventType[] = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
const SUBTYPES = ['Armed clash', 'Shelling/artillery/missile attack', 'Attack', 'Peaceful protest', 'Violent demonstration', 'Other'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(nEvents: number, perArticle = 5): { article: Article; extraction: Extraction }[] {
  const r = rng(7);
  const out: { article: Article; extraction: Extraction }[] = [];
  const start = Date.UTC(2021, 0, 1);
  for (let a = 0; a * perArticle < nEvents; a++) {
    const id = `g${a.toString(16).padStart(7, '0')}`;
    const day = new Date(start + Math.floor(r() * 1095) * 86_400_000).toISOString().slice(0, 10);
    const text = `Generated dispatch ${a}. Fighting and protests were reported; officials gave figures.`;
    const ev = (s: number, e: number) => ({ start: s, end: e, text: text.slice(s, e) });
    const events: Event[] = [];
    for (let i = 0; i < perArticle && a * perArticle + i < nEvents; i++) {
      const c = CITIES[Math.floor(r() ** 1.6 * CITIES.length)]!;
      const t = Math.floor(r() * TYPES.length);
      const killed = r() < 0.55 ? 0 : Math.floor(-Math.log(1 - r()) * 6) + 1;
      const jitter = () => (r() - 0.5) * 0.6;
      events.push({
        id: `ev${i + 1}`, type: TYPES[t]!, subType: SUBTYPES[t]!, tags: [], trigger: ev(19, 27), triggers: [ev(19, 27)], sentence: 0,
        actor1: null, actor2: null, assocActors: [],
        where: {
          mention: c[0], evidence: ev(0, 9), status: 'known', rule: 'bench',
          place: { name: c[0], geonameId: CITIES.indexOf(c) + 1, lat: c[3] + jitter(), lon: c[4] + jitter(), country: c[1], countryName: c[2], admin1: null, featureClass: 'P', featureCode: 'PPL', kind: 'city', precision: 1, rule: 'bench' },
        },
        alsoAt: [],
        when: { start: day, end: day, precision: 'day', evidence: null, status: 'implied', rule: 'bench' },
        counts: killed ? [{ id: `c${i}`, kind: 'killed', min: killed, max: killed, exact: true, who: null, sentence: 0, sourceId: 'a1', evidence: ev(59, 75), status: 'known', rule: 'bench' }] : [],
        sources: ['a1'], partOf: null, confidence: 0.8, rule: 'bench',
      });
    }
    const extraction: Extraction = {
      doc: { id, lang: 'en', langSource: 'record', date: { value: day, precision: 'day' }, title: `Dispatch ${a}`, url: null, source: 'bench', file: null, textLength: text.length },
      entities: [], times: [], counts: [], context: [], warnings: [],
      attributions: [{ id: 'a1', speaker: { entityId: null, text: 'officials', evidence: ev(59, 68) }, role: null, via: [], cues: [], covers: [0], status: 'known', rule: 'bench' }],
      events, extractor: { name: 'eventwire', version: 'bench' },
    };
    out.push({ article: { id, text, date: { value: day, precision: 'day' }, lang: 'en', title: `Dispatch ${a}`, url: null, source: 'bench', file: null }, extraction });
  }
  return out;
}

