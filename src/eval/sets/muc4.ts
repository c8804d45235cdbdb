/**
 * MUC-3/4 terrorism reports (upper-case FBIS translations, Latin America 1989–90) against their
 * answer templates, all splits present in the file (DEV, TST1, TST2). The dateline's date is the
 * article date ("SAN SALVADOR, 3 JAN 90 --" → 1990-01-03).
 *   relevance: the text reports an incident (a template) ⇔ we find a violent event;
 *   for each template, the event of ours it is aligned to (one to one, best agreement on type,
 *   date, town and country): incident type mapped to ACLED, date, country, town, human targets
 *   killed / injured, and the perpetrator's confidence against our event's tags.
 */
import type { Article } from '../../core/article.js';
import type { Event, EventType, Extraction } from '../../core/schema.js';
import { fold, limited, readJsonLines, setFiles } from '../data.js';
import { ErrorLog } from '../error-log.js';
import { prfMetrics, Tally, type Counts } from '../metrics.js';
import { describeEvent, describeWhere, eventFigure, eventWheres, extractSafely, isViolent, whereNames } from '../predictions.js';
import type { Extract, ScoreResult, SetScorer } from '../types.js';

export type MucTemplate = Record<string, string[]>;
export interface MucDoc {
  doc_id: string; split?: string; dateline?: { place?: string | null; date?: string | null } | null;
  text: string; relevant: boolean; templates: MucTemplate[];
}

export function loadMuc(dir: string): MucDoc[] {
  return setFiles(dir, ['.jsonl']).flatMap((f) => readJsonLines(f) as MucDoc[]).filter((d) => typeof d.text === 'string' && Array.isArray(d.templates));
}

/** MUC incident types → the ACLED types (and sub-type, where one is expected) we accept for them. */
export const MUC_TO_ACLED: Readonly<Record<string, readonly { type: EventType; subType?: string }[]>> = {
  // An attack on people: civilians targeted, or an armed clash when the target is armed.
  ATTACK: [{ type: 'Violence against civilians' }, { type: 'Battles' }],
  MURDER: [{ type: 'Violence against civilians', subType: 'Attack' }],
  BOMBING: [{ type: 'Explosions/Remote violence' }],
  KIDNAPPING: [{ type: 'Violence against civilians', subType: 'Abduction/forced disappearance' }],
  // Arson by armed groups is property destruction; by a crowd, a riot.
  ARSON: [{ type: 'Strategic developments', subType: 'Looting/property destruction' }, { type: 'Riots' }],
  ROBBERY: [{ type: 'Strategic developments', subType: 'Looting/property destruction' }],
  'FORCED WORK STOPPAGE': [{ type: 'Strategic developments' }],
};

/** The slot whose name ends with `suffix` ("INCIDENT: DATE"), fills that say nothing removed. */
export function slot(t: MucTemplate, suffix: string): string[] {
  const key = Object.keys(t).find((k) => k.endsWith(suffix));
  return (key ? t[key]! : []).map((v) => v.trim()).filter((v) => v !== '' && v !== '-' && v !== '*');
}

/** A fill without its uncertainty mark and its wrapping or unbalanced parentheses: "(? X (TOWN))" → "X (TOWN)". */
export function strip(fill: string): string {
  let s = fill.trim().replace(/^\?\s*/, '');
  const count = (c: string) => s.split(c).length - 1;
  for (;;) {
    if (s.startsWith('(') && s.endsWith(')')) {
      let depth = 0; let wraps = true;
      for (let i = 0; i < s.length; i++) {
        if (s[i] === '(') depth++; else if (s[i] === ')') depth--;
        if (depth === 0 && i < s.length - 1) { wraps = false; break; }
      }
      if (wraps) { s = s.slice(1, -1).trim().replace(/^\?\s*/, ''); continue; }
    }
    if (s.startsWith('(') && count('(') > count(')')) { s = s.slice(1).trim().replace(/^\?\s*/, ''); continue; }
    if (s.endsWith(')') && count(')') > count('(')) { s = s.slice(0, -1).trim(); continue; }
    return s;
  }
}

export function acceptedTypes(t: MucTemplate): { type: EventType; subType?: string }[] {
  const names = slot(t, 'INCIDENT: TYPE').flatMap((v) => v.split('/')).map(strip);
  return names.flatMap((n) => MUC_TO_ACLED[n] ?? []);
}

export function typeAccepted(e: Event, accepted: readonly { type: EventType; subType?: string }[]): boolean {
  return accepted.some((a) => a.type === e.type && (!a.subType || a.subType === e.subType));
}

const MONTHS: Readonly<Record<string, number>> = { JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12 };

/** "3 JAN 90" → 1990-01-03. */
export function mucDay(s: string): string | null {
  const m = /^(\d{1,2})\s+([A-Z]{3})\s+(\d{2}|\d{4})$/.exec(s.trim().toUpperCase());
  if (!m || !MONTHS[m[2]!]) return null;
  const y = m[3]!.length === 2 ? 1900 + Number(m[3]) : Number(m[3]);
  return `${y}-${String(MONTHS[m[2]!]).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** "30 DEC 89" → that day; "- 08 JAN 90" → on or before; "16 JAN 90 - 17 JAN 90" → between. */
export function mucDateRange(fill: string): { from: string | null; to: string } | null {
  const s = strip(fill.split(' / ')[0]!);
  const range = /^(.*?)\s*-\s*(\d{1,2}\s+[A-Z]{3}\s+\d{2,4})$/.exec(s);
  if (range) {
    const to = mucDay(range[2]!);
    if (!to) return null;
    const from = range[1]!.trim() ? mucDay(range[1]!) : null;
    return { from, to };
  }
  const day = mucDay(s);
  return day ? { from: day, to: day } : null;
}

const COUNTRY_CODES: Readonly<Record<string, string>> = {
  'el salvador': 'SV', colombia: 'CO', peru: 'PE', guatemala: 'GT', guatamala: 'GT', chile: 'CL', honduras: 'HN',
  bolivia: 'BO', ecuador: 'EC', argentina: 'AR', panama: 'PA', nicaragua: 'NI', venezuela: 'VE', brazil: 'BR',
  jamaica: 'JM', spain: 'ES', 'united states': 'US', mexico: 'MX', cuba: 'CU', 'costa rica': 'CR',
};
const TOWN_TYPES = new Set(['CITY', 'TOWN', 'VILLAGE', 'MUNICIPALITY', 'HAMLET', 'TOWNSHIP', 'SUBURB', 'CAPITAL', 'TOWN IN FEDERAL DISTRICT']);

/** Countries and towns a location fill accepts, alternatives (" / ") included. */
export function mucLocation(fills: readonly string[]): { countries: string[]; towns: string[] } {
  const countries = new Set<string>();
  const towns = new Set<string>();
  for (const fill of fills) {
    for (const alt of fill.split(' / ').map(strip)) {
      const levels = alt.split(':').map((l) => l.trim()).filter(Boolean);
      let town: string | null = null;
      levels.forEach((level, i) => {
        const m = /^(.*?)\s*\(([A-Z ]+)\)$/.exec(level);
        const name = strip(m ? m[1]! : level);
        if (i === 0 && !m) countries.add(fold(name));
        else if (m && TOWN_TYPES.has(m[2]!)) town = name;
      });
      if (town) towns.add(fold(town));
    }
  }
  return { countries: [...countries], towns: [...towns] };
}

/** A fill's cross-reference alternatives, quotes escaped inside: '"A" / "\"B\""' → ['A', '"B"']. */
function crossRefs(s: string): string[] {
  return [...s.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((q) => q[1]!.replace(/\\(.)/g, '$1'));
}

/** "HEAD: XREF" → [head, cross-reference alternatives]; a fill without a cross-reference has none. */
function headAndRefs(fill: string): [string, string[]] {
  const m = /^(.*?)\s*:\s*(".*)$/.exec(fill);
  return m ? [m[1]!, crossRefs(m[2]!)] : [fill, []];
}

/**
 * Gold killed and injured of a template, each as the figures the key accepts (alternatives " / "),
 * or null when the key does not tell it. Per the MUC-4 template spec (taskdoc/template-doc-part1.v7,
 * slots 18–24): HUM TGT: NUMBER gives, per target (a NAME, else a DESCRIPTION, whose " / " are
 * alternative strings for ONE target), a digit, PLURAL, a range ("6-8", "6-", "-26") or an
 * approximation ("~100"); HUM TGT: EFFECT OF INCIDENT gives each target's effect, " / " being
 * alternative effects. The dead are the sum of the NUMBERs of the targets whose effect is DEATH:
 *   - a target counts once, whatever number of alternative strings its cross-reference lists;
 *   - a named person with no NUMBER (or "-") is one person; a description with no digit (PLURAL,
 *     range, ~approximation, "-") makes the sum unknown — never a guess; digit alternatives
 *     ("6 / 4", "1 / PLURAL") are all accepted;
 *   - a target whose effect is not certain (alternatives "INJURY / DEATH") or that is listed under
 *     several effects (a group partly killed, partly wounded) makes the sum unknown: its NUMBER is
 *     not the number of dead;
 *   - an effect with no target ("DEATH: \"-\"", the text's summary of unnamed victims) is unknown;
 *   - when HUM TGT: TOTAL NUMBER gives a digit (not marked "?") and every target has that one effect,
 *     the total is the figure: the key may list overlapping targets ("6: JESUIT PRIESTS", "1:
 *     ELLACURIA", one of them), and the total counts each person once.
 * An optional fill ("? DEATH") counts as the key's answer.
 */
export function humanTargets(t: MucTemplate): { killed: number[] | null; injured: number[] | null } {
  const targetOf = new Map<string, number>();
  const values: number[][] = [];
  const add = (refs: readonly string[], v: number[]): void => {
    const known = refs.find((r) => targetOf.has(r));
    const id = known !== undefined ? targetOf.get(known)! : values.push(v) - 1;
    for (const r of refs) targetOf.set(r, id);
  };
  for (const fill of slot(t, 'HUM TGT: NUMBER')) {
    const [head, refs] = headAndRefs(fill);
    if (refs.length) add(refs, head.split('/').map(strip).filter((v) => /^\d+$/.test(v)).map(Number));
  }
  for (const fill of slot(t, 'HUM TGT: NAME')) {
    const refs = crossRefs(fill);
    const id = refs.map((r) => targetOf.get(r)).find((v) => v !== undefined);
    if (id === undefined) add(refs, [1]);
    else if (values[id]!.length === 0) values[id] = [1];
  }
  const effects = new Map<number, Set<string>>();
  const unknown = new Set<string>();
  for (const fill of slot(t, 'HUM TGT: EFFECT OF INCIDENT')) {
    const [head, refs] = headAndRefs(fill);
    const alts = strip(head).split('/').map((e) => strip(e));
    const ids = [...new Set(refs.map((r) => targetOf.get(r)))];
    if (ids.length !== 1 || ids[0] === undefined) { alts.forEach((e) => unknown.add(e)); continue; }
    const set = effects.get(ids[0]) ?? new Set<string>();
    alts.forEach((e) => set.add(e));
    effects.set(ids[0], set);
  }
  const totals = slot(t, 'HUM TGT: TOTAL NUMBER').filter((v) => !v.startsWith('?')).flatMap((v) => v.split('/')).map(strip).filter((v) => /^\d+$/.test(v)).map(Number);
  const figure = (effect: string): number[] | null => {
    if (unknown.has(effect)) return null;
    const all = values.every((_, id) => { const set = effects.get(id); return !!set && set.size === 1 && set.has(effect); });
    if (totals.length && values.length && all) return totals;
    let sums = [0];
    for (const [id, set] of effects) {
      if (!set.has(effect)) continue;
      if (set.size > 1 || values[id]!.length === 0) return null;
      sums = [...new Set(sums.flatMap((s) => values[id]!.map((v) => s + v)))];
    }
    return sums;
  };
  return { killed: figure('DEATH'), injured: figure('INJURY') };
}

export type Confidence = 'fact' | 'claimed' | 'suspected';

/** The perpetrator confidences a template accepts (several organisations or alternatives: any). */
export function goldConfidence(t: MucTemplate): Set<Confidence> {
  const out = new Set<Confidence>();
  for (const v of slot(t, 'PERP: ORGANIZATION CONFIDENCE')) {
    const head = v.split(':')[0]!;
    for (const alt of head.split('/').map(strip)) {
      if (alt === 'REPORTED AS FACT') out.add('fact');
      else if (alt === 'CLAIMED OR ADMITTED') out.add('claimed');
      else if (alt.startsWith('SUSPECTED OR ACCUSED') || alt === 'POSSIBLE') out.add('suspected');
    }
  }
  return out;
}

/** Ours: a claim tag → claimed; a hedge → suspected; a perpetrator the text names → fact; else none. */
export function ourConfidence(e: Event | null): Confidence | null {
  if (!e) return null;
  if (e.tags.includes('claimed')) return 'claimed';
  if (e.tags.includes('hedged')) return 'suspected';
  return e.actor1 && e.actor1.status === 'known' ? 'fact' : null;
}

function dateOk(e: Event, range: { from: string | null; to: string } | null): boolean {
  const w = e.when;
  if (!range || !w || w.precision !== 'day') return false;
  return (range.from === null || w.start >= range.from) && w.start <= range.to;
}

function countryOk(e: Event, countries: readonly string[]): boolean {
  const codes = new Set(countries.map((c) => COUNTRY_CODES[c]).filter(Boolean));
  return eventWheres(e).some((w) => (w.place?.country && codes.has(w.place.country)) || (w.place?.countryName && countries.includes(fold(w.place.countryName)))
    || whereNames(w).some((n) => countries.includes(n)));
}

function townOk(e: Event, towns: readonly string[]): boolean {
  return eventWheres(e).some((w) => whereNames(w).some((n) => towns.includes(n)));
}

interface Gold { t: MucTemplate; accepted: ReturnType<typeof acceptedTypes>; date: ReturnType<typeof mucDateRange>; loc: ReturnType<typeof mucLocation> }

/** Templates to events, one to one, the pairs that agree most first; a pair must agree on something. */
export function alignTemplates(golds: readonly Gold[], events: readonly Event[]): (Event | null)[] {
  const pairs: { gi: number; ei: number; score: number }[] = [];
  golds.forEach((g, gi) => events.forEach((e, ei) => {
    const score = (typeAccepted(e, g.accepted) ? 2 : 0) + (dateOk(e, g.date) ? 1 : 0) + (townOk(e, g.loc.towns) ? 1 : 0) + (countryOk(e, g.loc.countries) ? 0.5 : 0);
    if (score > 0) pairs.push({ gi, ei, score });
  }));
  pairs.sort((a, b) => b.score - a.score || a.gi - b.gi || a.ei - b.ei);
  const out: (Event | null)[] = golds.map(() => null);
  const used = new Set<number>();
  for (const p of pairs) {
    if (out[p.gi] || used.has(p.ei)) continue;
    out[p.gi] = events[p.ei]!;
    used.add(p.ei);
  }
  return out;
}

export function articleOf(d: MucDoc): Article {
  const day = d.dateline?.date ? mucDay(d.dateline.date) : null;
  return { id: d.doc_id, text: d.text, date: day ? { value: day, precision: 'day' } : null, lang: 'en', title: null, url: null, source: null, file: `muc4:${d.doc_id}` };
}

export function scoreMuc(docs: readonly MucDoc[], extract: Extract): ScoreResult {
  const log = new ErrorLog();
  const relevance: Counts = { tp: 0, fp: 0, fn: 0 };
  const t = { type: new Tally(), date: new Tally(), country: new Tally(), town: new Tally(), killed: new Tally(), injured: new Tally(), perp: new Tally() };
  let templates = 0; let failed = 0; let undated = 0;
  for (const d of docs) {
    const article = articleOf(d);
    if (!article.date) undated++;
    const { x, failed: f } = extractSafely(extract, article, log);
    if (f) failed++;
    const violent = x.events.filter(isViolent);
    const goldRelevant = d.relevant && d.templates.length > 0;
    if (goldRelevant && violent.length) relevance.tp++;
    else if (goldRelevant) { relevance.fn++; log.add('missed incident', `${d.doc_id}: ${d.templates.length} template(s) (${d.templates.map((tp) => slot(tp, 'INCIDENT: TYPE').join('/')).join(', ')}), we found ${x.events.length ? x.events.map((e) => `${e.type}/${e.subType}`).join(', ') : 'no event'}`); }
    else if (violent.length) { relevance.fp++; log.add('spurious incident', `${d.doc_id}: irrelevant text, we found ${describeEvent(violent[0])}`); }
    if (!goldRelevant) continue;
    scoreTemplates(d, x, t, log);
    templates += d.templates.length;
  }
  const metrics = [
    ...prfMetrics('relevance', relevance, 'a text with a template ⇔ at least one violent event of ours'),
    t.type.metric('incident type (ACLED)', 'the aligned event has a type the MUC type maps to (MUC_TO_ACLED)'),
    t.date.metric('incident date', 'aligned event, day precision, on the date or in the range of the template'),
    t.country.metric('location country'),
    t.town.metric('location town', 'CITY/TOWN/VILLAGE/MUNICIPALITY level of the location fill'),
    t.killed.metric('human targets killed exact (gold > 0)', 'counts of every mention of the aligned event\'s incident (its partOf chain)'),
    t.injured.metric('human targets injured exact (gold > 0)'),
    t.perp.metric('perpetrator confidence', 'fact / claimed / suspected (suspected or accused, possible) against our tags'),
  ];
  const notes = [`${docs.length} texts (${docs.filter((d) => d.relevant).length} relevant), ${templates} templates; splits: ${[...new Set(docs.map((d) => d.split ?? '?'))].join(', ')}`,
    `${undated} texts without a readable dateline date`,
    'gold killed / injured per the template spec (humanTargets): the NUMBERs of the targets whose only effect is DEATH / INJURY, each target once however many alternative strings name it (" / "), a named person 1, the TOTAL NUMBER when every target has that effect; unknown (not scored) when a target has no digit (PLURAL, range, ~), an uncertain or mixed effect, or no target; digit alternatives all accepted',
    ...log.summary()];
  if (failed) notes.push(`${failed} texts failed to extract (scored as finding nothing)`);
  return { metrics, errors: log.sample(), notes };
}

function scoreTemplates(d: MucDoc, x: Extraction, t: Record<'type' | 'date' | 'country' | 'town' | 'killed' | 'injured' | 'perp', Tally>, log: ErrorLog): void {
  const golds: Gold[] = d.templates.map((tp) => ({ t: tp, accepted: acceptedTypes(tp), date: mucDateRange(slot(tp, 'INCIDENT: DATE')[0] ?? ''), loc: mucLocation(slot(tp, 'INCIDENT: LOCATION')) }));
  const aligned = alignTemplates(golds, x.events);
  golds.forEach((g, i) => {
    const e = aligned[i] ?? null;
    const id = `${d.doc_id} #${i + 1} ${slot(g.t, 'INCIDENT: TYPE').join('/')}`;
    if (g.accepted.length && !t.type.add(!!e && typeAccepted(e, g.accepted))) log.add('type', `${id}: expected ${g.accepted.map((a) => a.subType ? `${a.type}/${a.subType}` : a.type).join(' or ')}, aligned ${describeEvent(e)}`);
    if (g.date && !t.date.add(!!e && dateOk(e, g.date))) log.add('date', `${id}: gold ${g.date.from ?? '…'}..${g.date.to}, aligned ${describeEvent(e)}`);
    if (g.loc.countries.length && !t.country.add(!!e && countryOk(e, g.loc.countries))) log.add('country', `${id}: gold ${g.loc.countries.join('/')}, ours ${describeWhere(e?.where)}`);
    if (g.loc.towns.length && !t.town.add(!!e && townOk(e, g.loc.towns))) log.add('town', `${id}: gold ${g.loc.towns.join('/')}, ours ${e ? eventWheres(e).map(describeWhere).join('; ') || 'no place' : 'no aligned event'}`);
    const gold = humanTargets(g.t);
    for (const [kind, tally] of [['killed', t.killed], ['injured', t.injured]] as const) {
      const want = gold[kind];
      if (want === null || want.every((v) => v === 0)) continue;
      const ours = e ? eventFigure(x, e, [kind]).value : 0;
      if (!tally.add(want.includes(ours))) log.add(kind, `${id}: gold ${want.join(' or ')}, ours ${ours} on ${describeEvent(e)}`);
    }
    const conf = goldConfidence(g.t);
    if (conf.size) {
      const ours = ourConfidence(e);
      if (!t.perp.add(ours !== null && conf.has(ours))) log.add('perpetrator', `${id}: gold ${[...conf].join('/')}, ours ${ours ?? 'no perpetrator'} (${e ? `actor1 ${e.actor1?.name ?? 'none'}, tags [${e.tags.join(', ')}]` : 'no aligned event'})`);
    }
  });
}

export const muc4: SetScorer = {
  set: 'muc4',
  lang: 'en',
  folder: 'muc4',
  needsPack: true,
  headline: ['relevance F1', 'incident type (ACLED)', 'incident date', 'location town'],
  async score(ctx) {
    const docs = loadMuc(ctx.setDir);
    if (docs.length === 0) throw new Error(`${ctx.setDir}: expected JSONL texts with templates, found none`);
    return scoreMuc(limited(docs, ctx.limit), ctx.extract);
  },
  async describe(ctx) {
    const docs = loadMuc(ctx.setDir);
    return `${docs.length} texts, ${docs.reduce((n, d) => n + d.templates.length, 0)} templates waiting for the en pack`;
  },
};
