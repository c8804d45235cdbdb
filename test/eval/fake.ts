/**
 * Hand-made extractions for the scorer tests: the pipeline is a black box to the scorers, so each
 * test gives the answers it wants scored (perfect, empty, one wrong value) through these builders.
 */
import type { Article } from '../../src/core/article.js';
import type {
  Actor, Attribution, Count, DateValue, Entity, Event, Evidence, Extraction, Place, TimeExpression, Where,
} from '../../src/core/schema.js';
import type { Extract } from '../../src/eval/types.js';

export function ev(text: string, phrase: string, from = 0): Evidence {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture: "${phrase}" not in text`);
  return { start, end: start + phrase.length, text: phrase };
}

export function extraction(article: Article, parts: Partial<Extraction> = {}): Extraction {
  return {
    doc: {
      id: article.id, lang: article.lang ?? 'fr', langSource: 'option', date: article.date, title: article.title, url: article.url,
      source: article.source, file: article.file, textLength: article.text.length,
    },
    entities: [], attributions: [], times: [], counts: [], events: [], context: [], warnings: [],
    extractor: { name: 'eventwire', version: 'test' },
    ...parts,
  };
}

export function place(name: string, p: Partial<Place> = {}): Place {
  return {
    name, geonameId: null, lat: 0, lon: 0, country: null, countryName: null, admin1: null, featureClass: 'P', featureCode: 'PPL',
    kind: 'city', precision: 3, rule: 'test', ...p,
  };
}

export function where(mention: string, p: Place | null = null): Where {
  return { mention, place: p, evidence: null, status: 'known', rule: 'test' };
}

export function day(start: string, extra: Partial<DateValue> = {}): DateValue {
  const precision = start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year';
  return { start, end: start, precision, evidence: null, status: 'known', rule: 'test', ...extra };
}

export function time(evidence: Evidence, start: string, extra: Partial<TimeExpression> = {}): TimeExpression {
  return { ...day(start), evidence, sentence: 0, ...extra };
}

export function count(kind: Count['kind'], min: number, evidence: Evidence, extra: Partial<Count> = {}): Count {
  return {
    id: `c${evidence.start}`, kind, min, max: min, exact: true, who: null, sentence: 0, sourceId: null, evidence,
    status: 'known', rule: 'test', ...extra,
  };
}

export function actor(name: string, category: Actor['category']): Actor {
  return { name, category, entityId: null, country: null, evidence: null, status: 'known', rule: 'test' };
}

let seq = 0;
export function event(type: Event['type'], subType: string, trigger: Evidence, extra: Partial<Event> = {}): Event {
  return {
    id: `ev${++seq}`, type, subType, tags: [], trigger, triggers: [trigger], sentence: 0, actor1: null, actor2: null, assocActors: [],
    where: null, alsoAt: [], when: null, counts: [], sources: [], partOf: null, confidence: 0.9, rule: 'test', ...extra,
  };
}

export function entity(kind: Entity['kind'], name: string, mentions: Evidence[], extra: Partial<Entity> = {}): Entity {
  return {
    id: `e${++seq}`, kind, name, named: true, role: null, acronym: null, category: null, mentions, place: null, standsFor: null,
    status: 'known', rule: 'test', ...extra,
  };
}

export function attribution(speaker: Evidence, extra: Partial<Attribution> = {}): Attribution {
  return {
    id: `a${++seq}`, speaker: { entityId: null, text: speaker.text, evidence: speaker }, role: null, via: [], cues: [], covers: [],
    status: 'known', rule: 'test', ...extra,
  };
}

/** An Extract that answers from a table keyed by article id (nothing found for the others). */
export function answers(table: Record<string, (a: Article) => Partial<Extraction>>): Extract {
  return (a) => extraction(a, table[a.id]?.(a) ?? {});
}

export const nothing: Extract = (a) => extraction(a);

export const metric = (r: { metrics: { name: string; value: number; n: number }[] }, name: string) => {
  const m = r.metrics.find((x) => x.name === name);
  if (!m) throw new Error(`no metric "${name}" in ${r.metrics.map((x) => x.name).join(', ')}`);
  return m;
};

export const FIXTURES = new URL('../fixtures/eval/', import.meta.url).pathname;

export function ctx(set: string, extract: Extract, limit: number | null = null): import('../../src/eval/types.js').ScoreContext {
  return { setDir: `${FIXTURES}${set}`, dataDir: FIXTURES, root: new URL('../../', import.meta.url).pathname, limit, extract };
}
