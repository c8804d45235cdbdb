/**
 * Reading our extraction the way the gold sets ask questions of it, in one place so that every
 * scorer reads it alike: the article's main event, its figure for a kind of count, the names of an
 * event's places. These are scoring conventions, not extraction: change them here and say so in
 * docs/quality.md.
 */
import type { Article } from '../core/article.js';
import type { Count, CountKind, Event, Extraction, Where } from '../core/schema.js';
import { VIOLENT_TYPES } from '../events/acled.js';
import { fold } from './data.js';
import type { ErrorLog } from './error-log.js';
import type { Extract } from './types.js';

/** Violent ACLED types, plus property destruction (arson, looting): what MUC calls an incident. */
export function isViolent(e: Event): boolean {
  return VIOLENT_TYPES.has(e.type) || e.subType === 'Looting/property destruction';
}

/**
 * The event an article is about: the first violent event that is not a follow-up of another
 * (`partOf`), else the first violent one, else the first event; null when there is none.
 */
export function primaryEvent(x: Extraction): Event | null {
  return x.events.find((e) => isViolent(e) && !e.partOf) ?? x.events.find(isViolent) ?? x.events[0] ?? null;
}

/**
 * Our figure for a kind of count in the whole article: the largest lower bound among its counts
 * of that kind (a report restates subtotals, "one of the victims died", after the total), 0 when
 * the article gives none: GVA and ISAF code "no one killed" as 0.
 */
export function articleFigure(x: Extraction, kinds: readonly CountKind[]): { value: number; count: Count | null } {
  let best: Count | null = null;
  for (const c of x.counts) if (kinds.includes(c.kind) && (!best || c.min > best.min)) best = c;
  return { value: best?.min ?? 0, count: best };
}

/** The incident an event is a mention of: the end of its `partOf` chain. */
function rootOf(byId: ReadonlyMap<string, Event>, event: Event): Event {
  let e = event;
  for (let guard = 0; e.partOf && byId.has(e.partOf) && guard < byId.size; guard++) e = byId.get(e.partOf)!;
  return e;
}

/**
 * The same, over the counts of every mention of the event's incident: the event, the mention it is
 * `partOf` and the other mentions of that one ("a bomb exploded … four people were killed").
 */
export function eventFigure(x: Extraction, event: Event, kinds: readonly CountKind[]): { value: number; count: Count | null } {
  const byId = new Map(x.events.map((e) => [e.id, e]));
  const root = rootOf(byId, event);
  const family = x.events.filter((e) => e.id === root.id || (e.partOf !== null && rootOf(byId, e).id === root.id));
  let best: Count | null = null;
  for (const e of family) for (const c of e.counts) if (kinds.includes(c.kind) && (!best || c.min > best.min)) best = c;
  return { value: best?.min ?? 0, count: best };
}

/** Where an event happens, primary place first, then the other places the clause names. */
export function eventWheres(e: Event): Where[] {
  return [...(e.where ? [e.where] : []), ...e.alsoAt];
}

/** Folded names a place can be matched by: the gazetteer name and the text's own mention. */
export function whereNames(w: Where): string[] {
  return [...new Set([w.place?.name, w.mention].filter((s): s is string => !!s).map(fold))];
}

/** "Almaty (geo/recognised)" / "—": how a place reads in an error line. */
export function describeWhere(w: Where | null | undefined): string {
  if (!w) return 'no place';
  const p = w.place;
  const geo = p ? ` → ${p.name}${p.admin1 ? `, ${p.admin1}` : ''}${p.country ? `, ${p.country}` : ''} [${p.kind}]` : ' (not geocoded)';
  return `"${w.mention}"${geo} (${w.rule})`;
}

export function describeEvent(e: Event | null | undefined): string {
  if (!e) return 'no event';
  const when = e.when ? ` when ${e.when.start}${e.when.precision !== 'day' ? ` (${e.when.precision})` : ''}` : '';
  return `${e.id} ${e.type}/${e.subType} "${e.trigger.text}"${when} (${e.rule})`;
}

export function describeCount(c: Count | null): string {
  if (!c) return 'no count';
  const range = c.max === null ? `≥${c.min}` : c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
  return `${c.kind} ${range} "${c.evidence.text}" (${c.rule})`;
}

/** What a failed extraction is scored as: nothing found. */
export function emptyExtraction(article: Article): Extraction {
  return {
    doc: {
      id: article.id, lang: article.lang ?? '', langSource: 'option', date: article.date, title: article.title, url: article.url,
      source: article.source, file: article.file, textLength: article.text.length,
    },
    entities: [], attributions: [], times: [], counts: [], events: [], context: [], warnings: [],
    extractor: { name: 'eventwire', version: 'failed' },
  };
}

/**
 * Runs the pipeline on one article; an exception is logged (kind "extraction failed") and scored as
 * an empty extraction, so that one bad document does not hide the figures of the others.
 */
export function extractSafely(extract: Extract, article: Article, log: ErrorLog): { x: Extraction; failed: boolean } {
  try {
    return { x: extract(article), failed: false };
  } catch (e) {
    log.add('extraction failed', `${article.id}: ${(e as Error).message}`);
    return { x: emptyExtraction(article), failed: true };
  }
}
