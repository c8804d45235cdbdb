/**
 * Incidents: events from different articles that report the same happening, merged.
 * Two events are linked when their types are compatible (same type, or both violent, or protest/riot),
 * their dates overlap at their precision, their places agree (same feature, ≤ 25 km, or one inside the
 * other), and enough evidence adds up (same place, same day, shared people's names, same actors,
 * same figures), or when their articles are worded alike (TF-IDF cosine over the block's articles, for
 * the main events). Links are applied strongest first, refusing one that would put two separate
 * events of one article in an incident. Incidents are computed per block (country)
 * over every stored event of the block: the result does not depend on the order articles arrived in,
 * so a re-run, a resumed run and an incremental run give the same incidents. Each member keeps the
 * reasons of the link that brought it in.
 */
import { createHash } from 'node:crypto';
import type { IncidentRecord, IncidentSource, MergeEvent, Store } from '../store/store.js';
import { blockOf } from '../store/store.js';

export interface MergeSummary { blocks: number; events: number; incidents: number; merged: number; ms: number }

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);
const DAY_MS = 86_400_000;
export const LINK_THRESHOLD = 3;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NEAR_KM = 25;

function typesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (VIOLENT.has(a) && VIOLENT.has(b)) return true;
  return (a === 'Protests' && b === 'Riots') || (a === 'Riots' && b === 'Protests');
}

/** An event's date as a day interval [first, last] in epoch days; a month covers its days. */
export function dayInterval(start: string | null, end: string | null): [number, number] | null {
  if (!start) return null;
  const first = (s: string) => Date.parse(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
  const last = (s: string) => {
    if (s.length === 4) return Date.parse(`${s}-12-31`);
    if (s.length === 7) { const [y, m] = s.split('-').map(Number); return Date.UTC(y!, m!, 0); }
    return Date.parse(s);
  };
  const a = first(start);
  const b = last(end ?? start);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return [Math.floor(a / DAY_MS), Math.floor(b / DAY_MS)];
}

function km(a: MergeEvent, b: MergeEvent): number {
  const r = Math.PI / 180;
  const dLat = (b.lat! - a.lat!) * r;
  const dLon = (b.lon! - a.lon!) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat! * r) * Math.cos(b.lat! * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

const coarse = (e: MergeEvent) => e.placeKind === 'country' || e.placeKind === 'admin1' || e.placeKind === 'region';
const fold = (s: string | null) => (s ? s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : '');

interface Prepared { e: MergeEvent; days: [number, number] | null; weakDate: boolean; names: Set<string>; actors: Set<string> }

function prepare(e: MergeEvent): Prepared {
  const days = dayInterval(e.dateStart, e.dateEnd) ?? dayInterval(e.articleDate, e.articleDate);
  const actors = new Set([fold(e.actor1), fold(e.actor2)].filter((s) => s.length > 3));
  return { e, days, weakDate: !e.dateStart || e.dateRule === 'when/publication', names: new Set(e.names), actors };
}

/** Why two events of different articles are the same happening, or null when they are not. */
export function linkReasons(a: Prepared, b: Prepared): { score: number; reasons: string[] } | null {
  if (!typesCompatible(a.e.type, b.e.type)) return null;
  const reasons: string[] = [];
  let score = 0;
  if (a.e.type === b.e.type) { score += 1; reasons.push(`same type (${a.e.type})`); } else reasons.push(`compatible types (${a.e.type} / ${b.e.type})`);
  // Dates: overlap at their precision; a date that is only the publication day may be a day or two late.
  if (!a.days || !b.days) return null;
  const slack = a.weakDate || b.weakDate ? 3 : 1;
  const gap = Math.max(a.days[0] - b.days[1], b.days[0] - a.days[1]);
  if (gap > slack) return null;
  if (gap <= 0 && a.days[0] === a.days[1] && b.days[0] === b.days[1]) { score += 1; reasons.push(`same day (${a.e.dateStart})`); } else if (gap <= 0) reasons.push('overlapping dates'); else reasons.push(`dates ${gap} day(s) apart`);
  // Places.
  if (a.e.lat !== null && b.e.lat !== null) {
    if (a.e.geonameId !== null && a.e.geonameId === b.e.geonameId && !coarse(a.e)) { score += 2; reasons.push(`same place (${a.e.location})`); } else if (!coarse(a.e) && !coarse(b.e)) {
      const d = km(a.e, b.e);
      if (d > NEAR_KM) return null;
      score += 1; reasons.push(`nearby places (${a.e.location} / ${b.e.location}, ${d.toFixed(0)} km)`);
    } else {
      if (a.e.country !== b.e.country) return null;
      const fine = coarse(a.e) ? b.e : a.e;
      const rough = coarse(a.e) ? a.e : b.e;
      if (rough.placeKind === 'admin1' && fine.admin1 && rough.admin1 && fine.admin1 !== rough.admin1) return null;
      reasons.push(`${fine.location} lies in ${rough.location}`);
    }
  } else if (a.e.country && b.e.country && a.e.country !== b.e.country) return null;
  // People and actors named by both.
  const shared = [...a.names].filter((n) => b.names.has(n));
  if (shared.length) { score += Math.min(3, 2 * shared.length); reasons.push(`shared names (${shared.slice(0, 3).join(', ')})`); }
  const actors = [...a.actors].filter((n) => b.actors.has(n));
  if (actors.length) { score += 1; reasons.push(`same actors (${actors.join(', ')})`); }
  for (const [kind, x, y] of [['killed', a.e.killedMin, b.e.killedMin], ['injured', a.e.injuredMin, b.e.injuredMin]] as const) {
    if (x !== null && x === y && x > 0) { score += 1; reasons.push(`same figure (${x} ${kind})`); }
  }
  // A weekday without a day ("jeudi" in a month-only dispatch) that falls on the other's day.
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (x.e.weekday && x.e.datePrecision !== 'day' && y.e.datePrecision === 'day' && y.days && WEEKDAYS[new Date(y.days[0] * DAY_MS).getUTCDay()] === x.e.weekday) {
      score += 1; reasons.push(`${x.e.weekday} is ${y.e.dateStart}`);
    }
  }
  return score >= LINK_THRESHOLD ? { score, reasons } : null;
}

const MAX_NAME_ARTICLES = 12;
const FOLLOW_UP_DAYS = 60;
const TOKEN = /[\p{L}\p{N}]{3,}/gu;
/** Articles whose TF-IDF cosine reaches this, published within TEXT_DAYS, link their main events. */
export const TEXT_COSINE = 0.2;
export const TEXT_DAYS = 30;

/** Articles worded alike (TF-IDF cosine over their words) whose main events can be the same happening. */
function textLinks(prepared: Prepared[], texts: ReadonlyMap<string, string>): { a: string; b: string; score: number; reasons: string[] }[] {
  const mains = new Map<string, Prepared>();
  const byArticle = new Map<string, Prepared[]>();
  for (const p of prepared) { const l = byArticle.get(p.e.articleHash); if (l) l.push(p); else byArticle.set(p.e.articleHash, [p]); }
  for (const [hash, list] of byArticle) {
    const main = list.find((p) => p.e.type !== 'Strategic developments' && !p.e.partOf && !p.e.tags.includes('casualty-report')) ?? list.find((p) => p.e.type !== 'Strategic developments') ?? list[0]!;
    mains.set(hash, main);
  }
  const hashes = [...mains.keys()].filter((h) => texts.has(h)).sort();
  const tf = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const h of hashes) {
    const m = new Map<string, number>();
    for (const w of texts.get(h)!.toLowerCase().normalize('NFC').match(TOKEN) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
    tf.set(h, m);
    for (const w of m.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const n = hashes.length;
  const vec = new Map<string, Map<string, number>>();
  const norm = new Map<string, number>();
  const rareIndex = new Map<string, string[]>();
  for (const h of hashes) {
    const v = new Map<string, number>();
    let s = 0;
    for (const [w, c] of tf.get(h)!) {
      const d = df.get(w)!;
      if (d > n / 10) continue;
      const x = (1 + Math.log(c)) * Math.log(n / d);
      v.set(w, x); s += x * x;
      if (d <= 25 && d >= 2) { const l = rareIndex.get(w); if (l) l.push(h); else rareIndex.set(w, [h]); }
    }
    vec.set(h, v); norm.set(h, Math.sqrt(s) || 1);
  }
  const shared = new Map<string, number>();
  for (const list of rareIndex.values()) for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
    const k = list[i]! < list[j]! ? `${list[i]} ${list[j]}` : `${list[j]} ${list[i]}`;
    shared.set(k, (shared.get(k) ?? 0) + 1);
  }
  const out: { a: string; b: string; score: number; reasons: string[] }[] = [];
  for (const [k, c] of shared) {
    if (c < 3) continue;
    const [ha, hb] = k.split(' ') as [string, string];
    const va = vec.get(ha)!; const vb = vec.get(hb)!;
    let dot = 0;
    const [small, large] = va.size < vb.size ? [va, vb] : [vb, va];
    for (const [w, x] of small) { const y = large.get(w); if (y) dot += x * y; }
    const cos = dot / (norm.get(ha)! * norm.get(hb)!);
    if (cos < TEXT_COSINE) continue;
    const a = mains.get(ha)!; const b = mains.get(hb)!;
    if (blockOf(a.e.country) !== blockOf(b.e.country)) continue;
    const da = dayInterval(a.e.articleDate, a.e.articleDate); const db = dayInterval(b.e.articleDate, b.e.articleDate);
    if (da && db && Math.abs(da[0] - db[0]) > TEXT_DAYS) continue;
    if (a.e.lat !== null && b.e.lat !== null && !coarse(a.e) && !coarse(b.e) && km(a.e, b.e) > 50) continue;
    out.push({ a: a.e.id < b.e.id ? a.e.id : b.e.id, b: a.e.id < b.e.id ? b.e.id : a.e.id, score: 3 + Math.round(cos * 4), reasons: [`articles worded alike (cosine ${cos.toFixed(2)})`] });
  }
  return out;
}


/** Two events that share a person's full name: same or nearby place, compatible type, weeks apart at most. */
export function followUpReasons(a: Prepared, b: Prepared, name: string): { score: number; reasons: string[] } | null {
  if (!typesCompatible(a.e.type, b.e.type) || !a.days || !b.days) return null;
  const gap = Math.max(a.days[0] - b.days[1], b.days[0] - a.days[1]);
  if (gap > FOLLOW_UP_DAYS) return null;
  const shared = [...a.names].filter((n) => n.includes(' ') && b.names.has(n));
  const reasons = [`shared full names (${shared.slice(0, 3).join(', ') || name})`];
  let score = Math.min(4, 2 * shared.length);
  if (a.e.lat !== null && b.e.lat !== null && !coarse(a.e) && !coarse(b.e)) {
    const d = km(a.e, b.e);
    if (d > NEAR_KM * 2 && shared.length < 2) return null;
    if (d <= NEAR_KM) { score += 1; reasons.push(`places ${d.toFixed(0)} km apart (${a.e.location} / ${b.e.location})`); }
  } else if (a.e.admin1 && b.e.admin1 && a.e.admin1 !== b.e.admin1) return null;
  if (gap > 0) reasons.push(`dates ${gap} day(s) apart`); else { score += 1; reasons.push('overlapping dates'); }
  return score >= LINK_THRESHOLD ? { score, reasons } : null;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) { p = this.find(p); this.parent.set(x, p); }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a); const rb = this.find(b);
    if (ra !== rb) { if (ra < rb) this.parent.set(rb, ra); else this.parent.set(ra, rb); }
  }
}

/** Events → incidents. Pure and order-independent: the same events give the same incidents. */
export function clusterEvents(input: readonly MergeEvent[], texts?: ReadonlyMap<string, string>): IncidentRecord[] {
  const events = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const uf = new UnionFind();
  const why = new Map<string, { score: number; reasons: string[]; with: string }>();
  const note = (id: string, other: string, link: { score: number; reasons: string[] }) => {
    const prev = why.get(id);
    if (!prev || link.score > prev.score || (link.score === prev.score && other < prev.with)) why.set(id, { ...link, with: other });
  };
  const byId = new Map(events.map((e) => [e.id, e]));
  // Within an article: a casualty report joins the event it reports on.
  for (const e of events) {
    if (e.partOf && byId.has(e.partOf)) { uf.union(e.id, e.partOf); note(e.id, e.partOf, { score: 99, reasons: [`figures reported for ${e.partOf.split(':')[1]} in the same article`] }); }
  }
  // Within an article: events of compatible types at the same place on overlapping dates are one happening.
  const prepared = events.map(prepare);
  const byArticle = new Map<string, Prepared[]>();
  for (const p of prepared) { const list = byArticle.get(p.e.articleHash); if (list) list.push(p); else byArticle.set(p.e.articleHash, [p]); }
  for (const list of byArticle.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!; const b = list[j]!;
      if (!typesCompatible(a.e.type, b.e.type) || a.e.geonameId === null || a.e.geonameId !== b.e.geonameId || !a.days || !b.days) continue;
      if (a.days[0] > b.days[1] || b.days[0] > a.days[1]) continue;
      uf.union(a.e.id, b.e.id);
      note(b.e.id, a.e.id, { score: 50, reasons: [`same article, same place (${a.e.location}) and dates`] });
    }
  }
  // Across articles, by block, in a sliding date window: candidate links first, then unions from the
  // strongest link down, refusing one that would put two separate events of one article together
  // (the sign of a chain through a round-up article).
  const byBlock = new Map<string, Prepared[]>();
  for (const p of prepared) { const b = blockOf(p.e.country); const list = byBlock.get(b); if (list) list.push(p); else byBlock.set(b, [p]); }
  const links: { a: string; b: string; score: number; reasons: string[] }[] = [];
  for (const list of byBlock.values()) {
    const dated = list.filter((p) => p.days).sort((x, y) => x.days![0] - y.days![0] || (x.e.id < y.e.id ? -1 : 1));
    for (let i = 0; i < dated.length; i++) {
      const a = dated[i]!;
      for (let j = i + 1; j < dated.length; j++) {
        const b = dated[j]!;
        if (b.days![0] > a.days![1] + 3) break;
        if (a.e.articleHash === b.e.articleHash) continue;
        const link = linkReasons(a, b);
        if (link) links.push({ a: a.e.id < b.e.id ? a.e.id : b.e.id, b: a.e.id < b.e.id ? b.e.id : a.e.id, ...link });
      }
    }
  }
  // Follow-ups (an arrest, a funeral, a trial) come days or weeks later: events that name the same
  // rarely named person at the same place are linked across a wider date gap.
  for (const list of byBlock.values()) {
    const byName = new Map<string, Prepared[]>();
    for (const p of list) for (const n of p.names) if (n.includes(' ')) { const l = byName.get(n); if (l) l.push(p); else byName.set(n, [p]); }
    const seen = new Set<string>();
    for (const [name, holders] of byName) {
      const articles = new Set(holders.map((h) => h.e.articleHash));
      if (articles.size < 2 || articles.size > MAX_NAME_ARTICLES) continue;
      for (let i = 0; i < holders.length; i++) for (let j = i + 1; j < holders.length; j++) {
        const a = holders[i]!; const b = holders[j]!;
        if (a.e.articleHash === b.e.articleHash) continue;
        const key = a.e.id < b.e.id ? `${a.e.id} ${b.e.id}` : `${b.e.id} ${a.e.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const link = followUpReasons(a, b, name);
        if (link) links.push({ a: a.e.id < b.e.id ? a.e.id : b.e.id, b: a.e.id < b.e.id ? b.e.id : a.e.id, ...link });
      }
    }
  }
  // Articles worded alike (the same victims, streets, officials): their main events are linked.
  if (texts) links.push(...textLinks(prepared, texts));
  links.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  const articlesOf = new Map<string, Map<string, string>>(); // root → article → root of its events' group in the article
  const articleSet = (root: string) => {
    let m = articlesOf.get(root);
    if (!m) {
      m = new Map();
      articlesOf.set(root, m);
    }
    return m;
  };
  for (const e of events) articleSet(uf.find(e.id)).set(e.articleHash, uf.find(e.id));
  for (const l of links) {
    const ra = uf.find(l.a); const rb = uf.find(l.b);
    if (ra === rb) { note(l.a, l.b, l); note(l.b, l.a, l); continue; }
    const sa = articleSet(ra); const sb = articleSet(rb);
    const [small, large] = sa.size < sb.size ? [sa, sb] : [sb, sa];
    let conflict = false;
    for (const art of small.keys()) if (large.has(art)) { conflict = true; break; }
    if (conflict) continue;
    uf.union(ra, rb);
    for (const [art, r] of small) large.set(art, r);
    const root = uf.find(ra);
    articlesOf.delete(ra); articlesOf.delete(rb);
    articlesOf.set(root, large);
    note(l.a, l.b, l);
    note(l.b, l.a, l);
  }
  const groups = new Map<string, MergeEvent[]>();
  for (const e of events) { const r = uf.find(e.id); const list = groups.get(r); if (list) list.push(e); else groups.set(r, [e]); }
  return [...groups.values()].map((members) => summarise(members, why)).sort((a, b) => (a.id < b.id ? -1 : 1));
}

function mode<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null; let n = 0;
  for (const v of values) { const c = (counts.get(v) ?? 0) + 1; counts.set(v, c); if (c > n) { n = c; best = v; } }
  return best;
}

const GENERAL = new Set(['', 'people', 'persons', 'unknown']);

/**
 * Figures of one kind across sources. Per victim category, each source's figure is an interval
 * (a source giving two figures for one category keeps the larger lower bound); the category's range
 * runs from the lowest lower bound to the highest upper bound, and sources contradict when two of
 * their intervals do not meet (8 vs 26). Categories add up ("20 assailants" + "8 police"); a general
 * figure ("26 people") is a total, so the total is the larger of it and the sum of the categories.
 * `conservative` (ACLED fatalities): the same sum taken over the lowest lower bounds.
 */
export function reconcile(figures: IncidentSource[], kind: string): { min: number | null; max: number | null; contradiction: boolean; conservative: number } {
  const byCat = new Map<string, Map<string, { min: number; max: number | null }>>();
  for (const f of figures.filter((x) => x.kind === kind)) {
    const cat = GENERAL.has(f.category ?? '') ? '' : f.category!;
    const sources = byCat.get(cat) ?? new Map<string, { min: number; max: number | null }>();
    const key = `${f.article}\u0000${f.source}`;
    const prev = sources.get(key);
    if (!prev || f.min > prev.min) sources.set(key, { min: f.min, max: f.max });
    byCat.set(cat, sources);
  }
  if (byCat.size === 0) return { min: null, max: null, contradiction: false, conservative: 0 };
  let contradiction = false;
  const ranges = new Map<string, { min: number; max: number | null }>();
  for (const [cat, sources] of byCat) {
    const list = [...sources.values()];
    for (const x of list) for (const y of list) if (x.max !== null && x.max < y.min) contradiction = true;
    ranges.set(cat, { min: Math.min(...list.map((v) => v.min)), max: list.some((v) => v.max === null) ? null : Math.max(...list.map((v) => v.max!)) });
  }
  let min = 0; let max: number | null = 0;
  for (const [cat, r] of ranges) { if (cat === '') continue; min += r.min; max = max === null || r.max === null ? null : max + r.max; }
  const general = ranges.get('');
  const hasSpecific = [...ranges.keys()].some((c) => c !== '');
  if (general) {
    if (!hasSpecific) { min = general.min; max = general.max; } else {
      min = Math.max(min, general.min);
      max = max === null || general.max === null ? null : Math.max(max, general.max);
    }
  }
  return { min, max, contradiction, conservative: min };
}

function summarise(members: MergeEvent[], why: Map<string, { score: number; reasons: string[]; with: string }>): IncidentRecord {
  const first = members[0]!;
  const id = `inc-${createHash('sha1').update(first.id).digest('hex').slice(0, 16)}`;
  const main = members.filter((m) => !m.tags.includes('casualty-report'));
  const typed = main.length ? main : members;
  const type = mode(typed.map((m) => m.type))!;
  const subType = mode(typed.filter((m) => m.type === type).map((m) => m.subType))!;
  // The sharpest date that the members agree on: the most common day, else month, else year.
  const dated = members.filter((m) => m.dateStart);
  const finest = (['day', 'month', 'year'] as const).find((p) => dated.some((m) => m.datePrecision === p)) ?? null;
  const dateStart = finest ? mode(dated.filter((m) => m.datePrecision === finest).map((m) => m.dateStart!)) : null;
  const dateEnd = finest ? mode(dated.filter((m) => m.datePrecision === finest && m.dateStart === dateStart).map((m) => m.dateEnd ?? m.dateStart!)) : null;
  const placed = members.filter((m) => m.lat !== null);
  const bestPrecision = placed.length ? Math.min(...placed.map((m) => m.geoPrecision ?? 3)) : null;
  const atBest = placed.filter((m) => (m.geoPrecision ?? 3) === bestPrecision);
  const placeKey = mode(atBest.map((m) => `${m.geonameId ?? m.location}`));
  const place = atBest.find((m) => `${m.geonameId ?? m.location}` === placeKey) ?? null;
  const countries = members.map((m) => m.country).filter((c): c is string => Boolean(c));
  const figures: IncidentSource[] = members.flatMap((m) => m.figures.map((f) => ({ ...f, article: m.articleHash })));
  const killed = reconcile(figures, 'killed');
  const injured = reconcile(figures, 'injured');
  const actorOf = (k: 'actor1' | 'actor2') => {
    const name = mode(typed.map((m) => m[k]).filter((x): x is string => Boolean(x)));
    return { name, category: typed.find((m) => m[k] === name)?.[`${k}Category`] ?? null };
  };
  const a1 = actorOf('actor1');
  const a2 = actorOf('actor2');
  const dayIv = finest === 'day' && dateStart ? dayInterval(dateStart, dateEnd) : null;
  const sources = [...new Set(members.flatMap((m) => [...m.figures.map((f) => f.source), m.articleSource ?? m.articleHash]))].sort();
  return {
    id, block: blockOf(first.country),
    type, subType, dateStart, dateEnd, datePrecision: finest,
    country: place?.country ?? mode(countries), admin1: place?.admin1 ?? null, location: place?.location ?? mode(members.map((m) => m.location).filter((x): x is string => Boolean(x))),
    lat: place?.lat ?? null, lon: place?.lon ?? null, geoPrecision: place ? bestPrecision : null,
    killedMin: killed.min, killedMax: killed.max, injuredMin: injured.min, injuredMax: injured.max,
    fatalities: killed.conservative, contradiction: killed.contradiction || injured.contradiction,
    actor1: a1.name, actor1Category: a1.category, actor2: a2.name, actor2Category: a2.category,
    articles: [...new Set(members.map((m) => m.articleHash))].sort(),
    sources,
    figures: figures.sort((x, y) => (x.article + x.source + x.kind < y.article + y.source + y.kind ? -1 : 1)),
    members: members.map((m) => {
      const w = why.get(m.id);
      // A coarser dispatch inherits the day another source fixes ("jeudi" in a month-only dispatch).
      let impliedDate: string | null = null;
      const iv = dayInterval(m.dateStart, m.dateEnd);
      if (dayIv && dayIv[0] === dayIv[1] && m.datePrecision !== 'day' && (!iv || (iv[0] <= dayIv[0] && dayIv[0] <= iv[1]))) {
        const wd = m.weekday ? WEEKDAYS[new Date(dayIv[0] * DAY_MS).getUTCDay()] : null;
        if (!m.weekday || wd === m.weekday) impliedDate = dateStart;
      }
      return { eventId: m.id, reasons: w ? [`with ${w.with}`, ...w.reasons] : ['founding event'], impliedDate };
    }),
  };
}

/** Recomputes the incidents of every dirty block (all blocks when `all`), in one transaction. */
export async function mergeIncidents(store: Store, options: { all?: boolean } = {}): Promise<MergeSummary> {
  const t0 = performance.now();
  if (options.all) await store.markAllDirty();
  const blocks = await store.dirtyBlocks();
  if (blocks.length === 0) return { blocks: 0, events: 0, incidents: 0, merged: 0, ms: 0 };
  const events = await store.eventsForMerging(blocks);
  const texts = store.articleTexts ? await store.articleTexts([...new Set(events.map((e) => e.articleHash))]) : undefined;
  const incidents = clusterEvents(events, texts);
  await store.replaceIncidents(blocks, incidents);
  return { blocks: blocks.length, events: events.length, incidents: incidents.length, merged: incidents.filter((i) => i.articles.length > 1).length, ms: performance.now() - t0 };
}
