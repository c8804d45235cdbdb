/**
 * The seed article against eval/seed-expected.json (transcribed from shared/seed/EXPECTED.md):
 * every expected item passes or fails, and each failure is one line saying what was expected and
 * what we gave. All failures are listed (the seed is small), not a sample.
 *   event 4 (armoured vehicles … deployed): date: expected 2022-01 (month, thursday), found 2022-01-06 (day)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribution, Entity, Event, Extraction, Where } from '../../core/schema.js';
import { articleFromText } from '../../input/read.js';
import { packFor } from '../../lang/registry.js';
import { splitSentences } from '../../text/segment.js';
import { fold, readText } from '../data.js';
import { haversineKm, spansOverlap, Tally, type Span } from '../metrics.js';
import { describeCount, describeEvent, describeWhere, eventWheres } from '../predictions.js';
import type { ScoreResult, SetScorer } from '../types.js';

export interface PlaceSpec { names: string[]; kind: string; country?: string; lat?: number; lon?: number; standsFor?: string }
export interface EventSpec {
  id: number; what: string; anchor: string; types: string[][]; countsOf?: number;
  actor1?: string[]; actor2?: string[]; places: (string | string[])[];
  date: { precision: string; start: string; weekday?: string } | null;
}
export interface CountSpec { anchor: string; kind: string; min: [number, number]; max: [number, number] | null; maxOpen?: boolean; who: string[]; source: string | null }
export interface ChainSpec { what: string; speaker: string[]; role?: string; outlets: string[]; covers: string[] }
export interface EntitySpec { kind: string[]; name: string; role?: string; mentions?: string[]; acronym?: string; single?: boolean; unnamed?: boolean }
export interface SeedExpected {
  file: string;
  document: { lang: string; date: string; precision: string };
  places: Record<string, PlaceSpec>;
  placesInText: string[];
  events: EventSpec[];
  nonEvents: { what: string; anchor: string }[];
  counts: CountSpec[];
  chains: ChainSpec[];
  entities: EntitySpec[];
}

export function loadSeedExpected(path: string): SeedExpected {
  try { return JSON.parse(readFileSync(path, 'utf8')) as SeedExpected; } catch (e) {
    throw new Error(`${path}: expected the seed expectation JSON, ${(e as Error).message}`);
  }
}

/** The one place of the text an anchor phrase occurs; an anchor found 0 or 2+ times is an error of the expectation file. */
export function anchorSpan(text: string, anchor: string): Span {
  const start = text.indexOf(anchor);
  if (start < 0 || text.indexOf(anchor, start + 1) >= 0) {
    throw new Error(`seed-expected.json: anchor "${anchor}" must occur exactly once in the seed text, found ${start < 0 ? 0 : 'several'}`);
  }
  return { start, end: start + anchor.length };
}

/** A name without its determiner: "des médias locaux" → "medias locaux". */
const bare = (s: string) => fold(s).replace(/^(les|des|la|le|l|du|de la|d|une|un)\s+/, '');

export function placeMatches(w: Where, spec: PlaceSpec): boolean {
  const names = new Set(spec.names.map(bare));
  if (names.has(bare(w.mention)) || (w.place && names.has(bare(w.place.name)))) return true;
  const p = w.place;
  if (!p) return false;
  if (spec.kind === 'country') return p.kind === 'country' && p.country === spec.country;
  return spec.lat !== undefined && spec.lon !== undefined && p.kind === spec.kind && haversineKm(p.lat, p.lon, spec.lat, spec.lon) <= 50;
}

const triggersOf = (e: Event) => [e.trigger, ...e.triggers];
const family = (x: Extraction, e: Event) => x.events.filter((f) => f.id === e.id || f.partOf === e.id);
const typeText = (types: string[][]) => types.map((t) => t.join(' / ')).join(' or ');
const typed = (e: Event | null, types: string[][]) => !!e && types.some(([t, s]) => e.type === t && (!s || e.subType === s));

interface Aligned { event: Event | null; how: string }

/** Our event for an expected one: the first whose trigger overlaps the anchor, else one in the same sentence. */
function alignEvent(x: Extraction, span: Span, sentence: number): Aligned {
  const overlapping = x.events.filter((e) => triggersOf(e).some((t) => spansOverlap(t, span)));
  if (overlapping.length) return { event: overlapping.find((e) => !e.partOf) ?? overlapping[0]!, how: '' };
  const same = x.events.filter((e) => e.sentence === sentence);
  return same.length ? { event: same[0]!, how: ' (aligned by sentence: no trigger in the anchor)' } : { event: null, how: '' };
}

export function scoreSeed(text: string, x: Extraction, exp: SeedExpected, sentences: readonly Span[]): ScoreResult {
  const failures: string[] = [];
  const fail = (line: string) => failures.push(line);
  const sentenceOf = (s: Span) => sentences.findIndex((z) => s.start >= z.start && s.start < z.end);
  const t = {
    document: new Tally(), typed: new Tally(), places: new Tally(), dates: new Tally(), actors: new Tally(), nonEvents: new Tally(),
    counts: new Tally(), chains: new Tally(), entities: new Tally(), placesFound: new Tally(), placesGeocoded: new Tally(),
  };

  if (!t.document.add(x.doc.lang === exp.document.lang)) fail(`document: language: expected ${exp.document.lang}, found ${x.doc.lang}`);
  const d = x.doc.date;
  if (!t.document.add(!!d && d.value === exp.document.date && d.precision === exp.document.precision)) {
    fail(`document: date: expected ${exp.document.date} (${exp.document.precision}), found ${d ? `${d.value} (${d.precision})` : 'none'}`);
  }

  const aligned = new Map<number, Event | null>();
  for (const ev of exp.events) {
    const span = anchorSpan(text, ev.anchor);
    let { event, how } = alignEvent(x, span, sentenceOf(span));
    const label = `event ${ev.id} (${ev.what})`;
    // Figures may belong to an earlier event instead of one of their own ("counts of event 1").
    if (ev.countsOf !== undefined && !typed(event, ev.types)) {
      const parent = aligned.get(ev.countsOf) ?? null;
      if (parent && family(x, parent).some((f) => f.counts.some((c) => spansOverlap(c.evidence, span)))) { event = parent; how = ` (as counts of ${parent.id})`; }
    }
    aligned.set(ev.id, event);
    if (!t.typed.add(typed(event, ev.types))) fail(`${label}: type: expected ${typeText(ev.types)}, found ${describeEvent(event)}${how}`);
    const wheres = event ? eventWheres(event) : [];
    const missing = ev.places.filter((p) => {
      const keys = Array.isArray(p) ? p : [p];
      return !wheres.some((w) => keys.some((k) => placeMatches(w, exp.places[k]!)));
    });
    if (!t.places.add(!!event && missing.length === 0)) {
      fail(`${label}: place: expected ${ev.places.map((p) => (Array.isArray(p) ? p.join(' or ') : p)).join(' and ')}, found ${event ? wheres.map(describeWhere).join('; ') || 'no place' : 'no event'}`);
    }
    if (ev.date) {
      const w = event?.when;
      const ok = !!w && w.precision === ev.date.precision && w.start === ev.date.start && (!ev.date.weekday || w.weekday === ev.date.weekday);
      if (!t.dates.add(ok)) {
        fail(`${label}: date: expected ${ev.date.start} (${ev.date.precision}${ev.date.weekday ? `, ${ev.date.weekday}` : ''}), found ${w ? `${w.start}${w.end !== w.start ? `..${w.end}` : ''} (${w.precision}${w.weekday ? `, ${w.weekday}` : ''}, ${w.rule})` : 'none'}`);
      }
    }
    if (ev.actor1 || ev.actor2) {
      const a1 = !ev.actor1 || (!!event?.actor1 && ev.actor1.includes(event.actor1.category));
      const a2 = !ev.actor2 || (!!event?.actor2 && ev.actor2.includes(event.actor2.category));
      if (!t.actors.add(a1 && a2)) {
        fail(`${label}: actors: expected ${ev.actor1 ? `actor1 ${ev.actor1.join('|')}` : ''}${ev.actor2 ? ` actor2 ${ev.actor2.join('|')}` : ''}, found actor1 ${event?.actor1 ? `${event.actor1.name} (${event.actor1.category})` : 'none'}, actor2 ${event?.actor2 ? `${event.actor2.name} (${event.actor2.category})` : 'none'}`);
      }
    }
  }

  for (const ne of exp.nonEvents) {
    const span = anchorSpan(text, ne.anchor);
    const hit = x.events.find((e) => triggersOf(e).some((tr) => spansOverlap(tr, span)));
    if (!t.nonEvents.add(!hit)) fail(`not an event (${ne.what}): found ${describeEvent(hit)}`);
  }

  const attribution = (id: string | null) => (id ? x.attributions.find((a) => a.id === id) ?? null : null);
  for (const c of exp.counts) {
    const span = anchorSpan(text, c.anchor);
    const overlapping = x.counts.filter((k) => spansOverlap(k.evidence, span));
    const ours = overlapping.find((k) => k.kind === c.kind) ?? null;
    const label = `count "${c.anchor}"`;
    if (!ours) { t.counts.add(false); fail(`${label}: expected ${c.kind}, found ${overlapping.length ? overlapping.map(describeCount).join('; ') : 'no count'}`); continue; }
    const problems: string[] = [];
    if (ours.min < c.min[0] || ours.min > c.min[1]) problems.push(`min ${ours.min} not in ${c.min[0]}–${c.min[1]}`);
    if (c.max === null) { if (ours.max !== null) problems.push(`max ${ours.max}, expected none (open)`); } else if (ours.max === null ? !c.maxOpen : ours.max < c.max[0] || ours.max > c.max[1]) {
      problems.push(`max ${ours.max ?? 'open'} not in ${c.max[0]}–${c.max[1]}${c.maxOpen ? ' (or open)' : ''}`);
    }
    if (!ours.who || !c.who.includes(ours.who.category)) problems.push(`who ${ours.who ? `${ours.who.category} ("${ours.who.text}")` : 'none'}, expected ${c.who.join('|')}`);
    const src = attribution(ours.sourceId);
    if (c.source === null ? src !== null : !src || !fold(src.speaker.text).includes(fold(c.source))) {
      problems.push(`source ${src ? `"${src.speaker.text}"` : 'none'}, expected ${c.source ?? 'none'}`);
    }
    if (!t.counts.add(problems.length === 0)) fail(`${label}: ${problems.join('; ')} — ${describeCount(ours)}`);
  }

  for (const ch of exp.chains) {
    const coverSentences = ch.covers.map((a) => sentenceOf(anchorSpan(text, a)));
    const speakerOk = (a: Attribution) => ch.speaker.some((s) => fold(a.speaker.text).includes(fold(s)) || fold(s).includes(bare(a.speaker.text)));
    const candidates = x.attributions.filter(speakerOk)
      .sort((a, b) => coverSentences.filter((s) => b.covers.includes(s)).length - coverSentences.filter((s) => a.covers.includes(s)).length);
    const a = candidates[0] ?? null;
    const label = `chain (${ch.what})`;
    if (!a) { t.chains.add(false); fail(`${label}: no attribution with speaker ${ch.speaker.join(' or ')}; ours: ${x.attributions.map((z) => `"${z.speaker.text}"`).join(', ') || 'none'}`); continue; }
    const problems: string[] = [];
    if (ch.role && !(a.role && fold(a.role.text).includes(fold(ch.role)))) problems.push(`role ${a.role ? `"${a.role.text}"` : 'none'}, expected "${ch.role}"`);
    const carriers = [a.speaker.text, ...a.via.map((v) => v.text)].map(fold);
    const lost = ch.outlets.filter((o) => !carriers.some((c) => c.includes(fold(o))));
    if (lost.length) problems.push(`outlets missing: ${lost.join(', ')} (ours: ${a.via.map((v) => v.text).join(', ') || 'none'})`);
    const uncovered = ch.covers.filter((_, i) => !a.covers.includes(coverSentences[i]!));
    if (uncovered.length) problems.push(`does not cover the sentence(s) of ${uncovered.map((u) => `"${u}"`).join(', ')} (covers ${a.covers.join(', ')})`);
    if (!t.chains.add(problems.length === 0)) fail(`${label}: ${problems.join('; ')}`);
  }

  const namesOf = (e: Entity) => [e.name, ...e.mentions.map((m) => m.text)].map(bare);
  for (const es of exp.entities) {
    const want = bare(es.name);
    const e = x.entities.find((z) => es.kind.includes(z.kind) && namesOf(z).includes(want)) ?? null;
    const label = `entity ${es.kind.join('|')} "${es.name}"`;
    if (!e) {
      const other = x.entities.find((z) => namesOf(z).includes(want));
      t.entities.add(false);
      fail(`${label}: not found${other ? ` (found as ${other.kind} "${other.name}")` : ''}`);
      continue;
    }
    const problems: string[] = [];
    if (es.role && !(e.role && fold(e.role.text).includes(fold(es.role)))) problems.push(`role ${e.role ? `"${e.role.text}"` : 'none'}, expected "${es.role}"`);
    for (const m of es.mentions ?? []) if (!e.mentions.some((z) => bare(z.text) === bare(m))) problems.push(`mention "${m}" not linked to it`);
    if (es.acronym) {
      if (!(e.acronym && fold(e.acronym) === fold(es.acronym)) && !namesOf(e).includes(bare(es.acronym))) problems.push(`acronym ${es.acronym} not on it`);
      if (es.single && x.entities.some((z) => z !== e && namesOf(z).some((n) => n === bare(es.acronym!) || n === want))) problems.push(`${es.acronym} and its full name are split over two entities`);
    }
    if (!t.entities.add(problems.length === 0)) fail(`${label}: ${problems.join('; ')}`);
  }

  for (const key of exp.placesInText) {
    const spec = exp.places[key]!;
    const names = new Set(spec.names.map(bare));
    const e = x.entities.find((z) => z.kind === 'place' && namesOf(z).some((n) => names.has(n))) ?? null;
    const label = `place "${key}"`;
    if (!t.placesFound.add(!!e)) {
      const asWhere = x.events.flatMap(eventWheres).find((w) => names.has(bare(w.mention)));
      fail(`${label}: not found as a place entity${asWhere ? ` (an event place: ${describeWhere(asWhere)})` : ''}`);
    }
    const p = e?.place ?? null;
    const problems: string[] = [];
    if (!p) problems.push('not geocoded');
    else {
      if (p.kind !== spec.kind) problems.push(`kind ${p.kind}, expected ${spec.kind}`);
      if (spec.lat !== undefined && spec.lon !== undefined) {
        const km = haversineKm(p.lat, p.lon, spec.lat, spec.lon);
        if (km > 100) problems.push(`${Math.round(km)} km from ${spec.lat}, ${spec.lon}`);
      } else if (spec.country && p.country !== spec.country) problems.push(`country ${p.country ?? 'none'}, expected ${spec.country}`);
      if (spec.standsFor && e!.standsFor !== spec.standsFor && p.metonymy?.standsFor !== spec.standsFor) problems.push(`should stand for ${spec.standsFor} (found ${e!.standsFor ?? p.metonymy?.standsFor ?? 'nothing'})`);
    }
    if (!t.placesGeocoded.add(problems.length === 0) && e) fail(`${label}: geocoding: ${problems.join('; ')}${p ? ` → ${p.name} (${p.featureCode}, ${p.country ?? '-'}, ${p.rule})` : ''}`);
  }

  const metrics = [
    t.document.metric('document language and date'),
    t.typed.metric('events typed correctly', 'an event of ours on each expected one, with an accepted type / sub-type'),
    t.places.metric('event places'),
    t.dates.metric('event dates', 'precision, start and weekday; a month-only article date must not become a day'),
    t.actors.metric('event actors', 'actor categories'),
    t.nonEvents.metric('non-events left out', 'background (price rise felt unfair, oil prices, devaluation, inflation) is not an event'),
    t.counts.metric('counts correct', 'kind, min, max, who, source'),
    t.chains.metric('chains correct', 'speaker, role, outlets, sentences covered'),
    t.entities.metric('entities found', 'people, organisations, media (named and unnamed)'),
    t.placesFound.metric('places found'),
    t.placesGeocoded.metric('places geocoded', 'within 100 km of EXPECTED.md, right kind and country, Moscou standing for Russia'),
  ];
  const passed = Object.values(t).reduce((n, y) => n + y.correct, 0);
  const total = Object.values(t).reduce((n, y) => n + y.n, 0);
  return { metrics, errors: failures, notes: [`${passed} of ${total} checks pass, ${failures.length} failure line(s)`] };
}

export const seed: SetScorer = {
  set: 'seed',
  lang: 'fr',
  folder: 'seed',
  needsPack: true,
  headline: ['events typed correctly', 'counts correct', 'chains correct', 'entities found'],
  async score(ctx) {
    const exp = loadSeedExpected(join(ctx.root, 'eval', 'seed-expected.json'));
    const path = join(ctx.setDir, exp.file);
    const article = articleFromText(readText(path), path, { lang: exp.document.lang });
    const x = ctx.extract(article);
    const sentences = splitSentences(article.text, packFor(exp.document.lang));
    return scoreSeed(article.text, x, exp, sentences);
  },
};
