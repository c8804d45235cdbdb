/**
 * HIPE-2022 historical newspapers (French documents only; OCR noise, 1800s–1900s): our entities
 * against the coarse PER / LOC / ORG spans, as HIPE scores them, fuzzy (overlap, same type) and
 * strict (same boundaries, same type). Ours: named entities only (HIPE marks no descriptions such as
 * "la police"), person → PER, place → LOC, organisation and media → ORG, one span per mention. Reported apart from modern text: figures here say how the rules hold on
 * old, noisy copy, not how they do on today's news.
 * Linking places to Wikidata: our places carry GeoNames ids, not Wikidata ids, so it is n/a.
 */
import { parseDocumentDate } from '../../common/calendar.js';
import type { Article } from '../../core/article.js';
import type { EntityKind, Extraction } from '../../core/schema.js';
import { contextOf, limited, readText, setFiles } from '../data.js';
import { ErrorLog } from '../error-log.js';
import { bioEntities, metaValue, parseHipeTsv, uniqueDocs, type HipeDoc, type HipeEntity } from '../hipe-tsv.js';
import { addCounts, countsOf, matchSpans, prfMetrics, zeroCounts, type Counts } from '../metrics.js';
import { extractSafely } from '../predictions.js';
import type { Extract, Metric, ScoreResult, SetScorer } from '../types.js';

export const HIPE_TYPES = ['pers', 'loc', 'org'] as const;
export type HipeType = (typeof HIPE_TYPES)[number];

const OURS: Readonly<Record<EntityKind, HipeType>> = { person: 'pers', place: 'loc', organisation: 'org', media: 'org' };
const LABEL: Readonly<Record<HipeType, string>> = { pers: 'PER', loc: 'LOC', org: 'ORG' };

export function loadHipe(dir: string): HipeDoc[] {
  return setFiles(dir, ['.tsv']).flatMap((f) => parseHipeTsv(readText(f), f));
}

export const languageOf = (d: HipeDoc) => metaValue(d, 'language') ?? 'unknown';

export interface Span { start: number; end: number; text: string; type: HipeType; link: string | null }

export function goldSpans(d: HipeDoc): Span[] {
  return bioEntities(d, 'NE-COARSE-LIT').filter((e): e is HipeEntity & { type: HipeType } => (HIPE_TYPES as readonly string[]).includes(e.type));
}

/** Entities nested in another ("Hambourg" inside "M. Hagenbeck, … de Hambourg"), types read loosely: LOC, loc.adm.town → loc. */
export function nestedSpans(d: HipeDoc): Span[] {
  return bioEntities(d, 'NE-NESTED').flatMap((e) => {
    const head = e.type.toLowerCase().split('.')[0]!;
    const type = head === 'per' ? 'pers' : head;
    return (HIPE_TYPES as readonly string[]).includes(type) ? [{ ...e, type: type as HipeType }] : [];
  });
}

export function predictedSpans(x: Extraction): Span[] {
  const out: Span[] = [];
  // HIPE marks named entities only: our descriptions ("la police", "le gouvernement") are left out.
  for (const e of x.entities) {
    if (!e.named) continue;
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, text: m.text, type: OURS[e.kind], link: null });
  }
  // One entity may list the same span twice (a bare and a determiner form); keep each span once.
  const seen = new Set<string>();
  return out.filter((s) => { const k = `${s.start}:${s.end}:${s.type}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

export function articleOf(d: HipeDoc): Article {
  const date = metaValue(d, 'date');
  return { id: d.id, text: d.text, date: date ? parseDocumentDate(date) : null, lang: 'fr', title: null, url: null, source: null, file: d.file };
}

export function scoreHipe(docs: readonly HipeDoc[], extract: Extract): ScoreResult {
  const log = new ErrorLog();
  const fuzzy: Record<HipeType, Counts> = { pers: zeroCounts(), loc: zeroCounts(), org: zeroCounts() };
  let strictAll = zeroCounts();
  let linkedGold = 0; let failed = 0; let nestedHits = 0;
  for (const d of docs) {
    const { x, failed: f } = extractSafely(extract, articleOf(d), log);
    if (f) failed++;
    const gold = goldSpans(d);
    const nested = nestedSpans(d);
    const all = predictedSpans(x);
    // A prediction on an entity nested inside another is right but scored apart by HIPE (the
    // nested column): neither a hit nor a false alarm here.
    const top = matchSpans(gold, all, 'overlap', (g, p) => g.type === p.type);
    const onNested = new Set(matchSpans(nested, top.spurious, 'overlap', (g, p) => g.type === p.type).pairs.map((p) => p.pred));
    nestedHits += onNested.size;
    const pred = all.filter((p) => !onNested.has(p));
    linkedGold += gold.filter((g) => g.type === 'loc' && g.link).length;
    strictAll = addCounts(strictAll, countsOf(matchSpans(gold, pred, 'exact', (g, p) => g.type === p.type)));
    for (const type of HIPE_TYPES) {
      const m = matchSpans(gold.filter((g) => g.type === type), pred.filter((p) => p.type === type), 'overlap');
      fuzzy[type] = addCounts(fuzzy[type], countsOf(m));
      for (const g of m.missed) log.add(`missed ${LABEL[type]}`, `${d.id} ${contextOf(d.text, g.start, g.end, 30)}`);
      for (const p of m.spurious) {
        const other = gold.find((g) => g.start < p.end && p.start < g.end);
        log.add(other ? `wrong type ${LABEL[type]}` : `spurious ${LABEL[type]}`, `${d.id} ${other ? `gold ${LABEL[other.type]} ` : ''}${contextOf(d.text, p.start, p.end, 30)}`);
      }
    }
  }
  const all = HIPE_TYPES.reduce((c, t) => addCounts(c, fuzzy[t]), zeroCounts());
  const metrics: Metric[] = [
    ...prfMetrics('all (fuzzy)', all, 'overlap, same type, one to one'),
    ...prfMetrics('all (strict)', strictAll, 'same boundaries, same type'),
    ...HIPE_TYPES.flatMap((t) => prfMetrics(`${LABEL[t]} (fuzzy)`, fuzzy[t])),
  ];
  const notes = [
    `${docs.length} French documents (historical OCR: read apart from modern news); gold types prod and time are not scored`,
    `${nestedHits} of our entities fall on nested gold entities (scored apart by HIPE): not counted either way`,
    `LOC linked to Wikidata: n/a — our places carry GeoNames ids, not Wikidata ids (${linkedGold} gold LOC are linked)`,
    ...log.summary(),
  ];
  if (failed) notes.push(`${failed} documents failed to extract (scored as finding nothing)`);
  return { metrics, errors: log.sample(), notes };
}

export const hipe2022: SetScorer = {
  set: 'hipe2022',
  lang: 'fr',
  folder: 'hipe2022',
  needsPack: true,
  headline: ['all (fuzzy) F1', 'LOC (fuzzy) F1', 'PER (fuzzy) F1'],
  async score(ctx) {
    const { docs, duplicates } = uniqueDocs(loadHipe(ctx.setDir));
    if (docs.length === 0) throw new Error(`${ctx.setDir}: expected HIPE TSV documents, found none`);
    const french = docs.filter((d) => languageOf(d) === 'fr');
    const others = new Map<string, number>();
    for (const d of docs) if (languageOf(d) !== 'fr') others.set(languageOf(d), (others.get(languageOf(d)) ?? 0) + 1);
    const result = scoreHipe(limited(french, ctx.limit), ctx.extract);
    if (others.size) result.notes = [...(result.notes ?? []), `not scored (this set is scored in French only): ${[...others].map(([l, n]) => `${l} ${n}`).join(', ')} documents`];
    if (duplicates) result.notes = [...(result.notes ?? []), `${duplicates} duplicated documents (same document_id) scored once`];
    return result;
  },
};
