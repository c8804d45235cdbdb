/**
 * French TimeBank (ISO-TimeML): every TIMEX3 of each document's TEXT against our `times`, the
 * document's creation time (DCT) given as the article date.
 *   <TIMEX3 type="DATE" value="1999-05-23">dimanche</TIMEX3>   DCT 1999-05-18
 *   → found when one of our time expressions overlaps "dimanche"; value correct when ours is
 *     day precision, start 1999-05-23. Values finer than a day ("1999-05-23TEV", "…T22:00") are
 *     compared at the day; weeks, seasons, durations, sets and PRESENT_REF have no counterpart in
 *     our output and can only count as wrong in the value F1.
 */
import { basename } from 'node:path';
import { parseDocumentDate } from '../../common/calendar.js';
import type { Article } from '../../core/article.js';
import type { Extraction, Precision, TimeExpression } from '../../core/schema.js';
import { contextOf, decodeXmlEntities, limited, readText, setFiles } from '../data.js';
import { ErrorLog } from '../error-log.js';
import { extractSafely } from '../predictions.js';
import { addCounts, countsOf, matchSpans, prf, prfMetrics, Tally, zeroCounts, type Counts } from '../metrics.js';
import type { Extract, Metric, ScoreContext, ScoreResult, SetScorer } from '../types.js';

export interface Timex { start: number; end: number; text: string; type: string; value: string }

export interface TimebankDoc { id: string; file: string; dct: string | null; text: string; timexes: Timex[] }

const TAG = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = decodeXmlEntities(m[2] ?? m[3] ?? '');
  return out;
}

/** One .tml file: the TEXT with its tags removed (offsets point into it) and its TIMEX3 spans. */
export function parseTimeml(xml: string, file = '<tml>'): TimebankDoc {
  const id = /<DOCID>([^<]*)<\/DOCID>/.exec(xml)?.[1]?.trim() ?? basename(file).replace(/\.tml(\.gz)?$/, '');
  const dctTag = /<DCT>\s*<TIMEX3\b([^>]*)>/.exec(xml);
  const dct = dctTag ? attributes(dctTag[1]!).value ?? null : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!body) throw new Error(`${file}: expected a <TEXT> element, found none`);
  let text = '';
  const open: { start: number; attrs: Record<string, string> }[] = [];
  const timexes: Timex[] = [];
  for (const m of body[1]!.matchAll(TAG)) {
    if (m[5] !== undefined) { text += decodeXmlEntities(m[5]); continue; }
    if (m[6] !== undefined) { text += '<'; continue; }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '/') {
      const o = open.pop();
      if (o && text.length > o.start) {
        timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.attrs.type ?? '', value: o.attrs.value ?? '' });
      }
    } else if (m[4] !== '/') open.push({ start: text.length, attrs: attributes(m[3] ?? '') });
  }
  // Gold spans sometimes include the blank before or after the words; compare on the words.
  for (const t of timexes) {
    while (t.start < t.end && /\s/.test(text[t.start]!)) t.start++;
    while (t.end > t.start && /\s/.test(text[t.end - 1]!)) t.end--;
    t.text = text.slice(t.start, t.end);
  }
  return { id, file, dct, text, timexes: timexes.filter((t) => t.end > t.start).sort((a, b) => a.start - b.start) };
}

export function loadTimebank(dir: string): TimebankDoc[] {
  return setFiles(dir, ['.tml']).map((f) => parseTimeml(readText(f), f));
}

/** A TIMEX3 value at our granularity (day, month or year), or null when it has none. */
export function timexDate(value: string): { precision: Precision; start: string } | null {
  let m = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value);
  if (m) return { precision: 'day', start: m[1]! };
  m = /^(\d{4}-\d{2})$/.exec(value);
  if (m) return { precision: 'month', start: m[1]! };
  m = /^(\d{4})$/.exec(value);
  if (m) return { precision: 'year', start: m[1]! };
  return null;
}

export function valueCorrect(gold: Timex, ours: TimeExpression): boolean {
  const g = timexDate(gold.value);
  return g !== null && ours.precision === g.precision && ours.start === g.start;
}

export function articleOf(doc: TimebankDoc): Article {
  return {
    id: doc.id, text: doc.text, date: doc.dct ? parseDocumentDate(doc.dct) : null, lang: 'fr',
    title: null, url: null, source: null, file: doc.file,
  };
}

interface Tallies { relaxed: Counts; strict: Counts; valueTp: number; predicted: number; gold: number; dated: Tally }

function scoreDoc(doc: TimebankDoc, x: Extraction, t: Tallies, log: ErrorLog): void {
  const ours = x.times.filter((e) => e.evidence !== null).map((e) => ({ start: e.evidence!.start, end: e.evidence!.end, time: e }));
  const relaxed = matchSpans(doc.timexes, ours, 'overlap');
  t.relaxed = addCounts(t.relaxed, countsOf(relaxed));
  t.strict = addCounts(t.strict, countsOf(matchSpans(doc.timexes, ours, 'exact')));
  t.predicted += ours.length;
  t.gold += doc.timexes.length;
  for (const g of relaxed.missed) log.add('missed', `${doc.id} ${g.type} ${g.value} ${contextOf(doc.text, g.start, g.end)}`);
  for (const p of relaxed.spurious) log.add('spurious', `${doc.id} ${p.time.start} (${p.time.precision}, ${p.time.rule}) ${contextOf(doc.text, p.start, p.end)}`);
  for (const { gold, pred } of relaxed.pairs) {
    const ok = valueCorrect(gold, pred.time);
    if (ok) t.valueTp++;
    const dated = timexDate(gold.value) !== null;
    if (dated) t.dated.add(ok);
    if (!ok && dated) {
      log.add('wrong value', `${doc.id} "${gold.text}": gold ${gold.value}, ours ${pred.time.start} (${pred.time.precision}${pred.time.weekday ? `, ${pred.time.weekday}` : ''}, ${pred.time.rule}), DCT ${doc.dct ?? 'none'}`);
    }
  }
}

export function scoreTimebank(docs: readonly TimebankDoc[], extract: Extract): ScoreResult {
  const log = new ErrorLog();
  const t: Tallies = { relaxed: zeroCounts(), strict: zeroCounts(), valueTp: 0, predicted: 0, gold: 0, dated: new Tally() };
  let failed = 0;
  for (const doc of docs) {
    const { x, failed: f } = extractSafely(extract, articleOf(doc), log);
    if (f) failed++;
    scoreDoc(doc, x, t, log);
  }
  const value = prf({ tp: t.valueTp, fp: t.predicted - t.valueTp, fn: t.gold - t.valueTp });
  const metrics: Metric[] = [
    ...prfMetrics('timex (overlap)', t.relaxed, 'relaxed match: any shared character, one to one'),
    ...prfMetrics('timex (strict)', t.strict, 'same start and end'),
    { name: 'value F1', value: value.f1, n: t.gold, note: `found with the right value (TempEval-3 style): ${t.valueTp} of ${t.gold} gold, ${t.predicted} ours` },
    t.dated.metric('value accuracy (matched, dated)', 'matched TIMEX3 whose value is a day, month or year'),
  ];
  const notes = [`${docs.length} documents, ${t.gold} TIMEX3 (the DCT excluded)`, ...log.summary()];
  if (failed) notes.push(`${failed} documents failed to extract (scored as finding nothing)`);
  return { metrics, errors: log.sample(), notes };
}

export const frTimebank: SetScorer = {
  set: 'fr-timebank',
  lang: 'fr',
  folder: 'fr-timebank',
  needsPack: true,
  headline: ['timex (overlap) F1', 'value F1'],
  async score(ctx: ScoreContext) {
    const docs = loadTimebank(ctx.setDir);
    if (docs.length === 0) throw new Error(`${ctx.setDir}: expected .tml files, found none`);
    return scoreTimebank(limited(docs, ctx.limit), ctx.extract);
  },
};
