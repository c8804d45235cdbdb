/**
 * Frames → events: each gets its type, actors, place, date, counts and sources, every value with
 * its evidence and marked known (stated in its clause or sentence) or implied (carried over from
 * context: the previous event's place, the publication date, the country in focus).
 */
import { firstMatch, lookup } from '../common/patterns.js';
import { evidenceAt, overlaps } from '../core/spans.js';
import type { Actor, ActorCategory, Attribution, Count, DateValue, Event, Evidence, Place, TimeExpression, Where } from '../core/schema.js';
import type { CompiledPack } from '../extract/compiled.js';
import type { DocumentPlaces, Geocoder, PlaceMention } from '../extract/places.js';
import type { Entity } from '../core/schema.js';
import { isTitle, type Sentence } from '../text/segment.js';
import { distanceKm } from '../geo/resolve.js';
import { VIOLENT_TYPES, isAcledSubType } from './acled.js';
import { indexDocument, startingIn, type DocumentIndex } from './document-index.js';
import { isNonConflict, type Frame } from './frames.js';
import { typeByActors } from './typing.js';

export interface AssemblyInput {
  text: string;
  cp: CompiledPack;
  sentences: Sentence[];
  frames: Frame[];
  counts: Count[];
  times: TimeExpression[];
  attributions: Attribution[];
  places: DocumentPlaces;
  entities: Entity[];
  publication: DateValue | null;
  geo: Geocoder | null;
}

/** The input with its per-sentence index, built once per document. */
type Indexed = AssemblyInput & { index: DocumentIndex };

/** How far back an event may look for the event it follows up or the place it carries over. */
const LOOKBACK = 50;

const HEDGE_REACH = 25;
/** How many sentences after an undated event may date it. */
const NEXT_SENTENCES = 3;

export function assembleEvents(raw: AssemblyInput): Event[] {
  // "(Published Monday, Sept. 19, 2016)", "Updated: Oct 24, 2016": a page stamp dates the article, not an event.
  const times = raw.times.filter((t) => !isStamp(raw, t));
  const input: Indexed = { ...raw, times, index: indexDocument(raw.counts, times, raw.attributions, raw.places, raw.entities) };
  const { cp } = input;
  const events: Event[] = [];
  const usedCounts = new Set<string>();
  const framesBySentence = new Map<number, Frame[]>();
  for (const f of input.frames) framesBySentence.set(f.sentence.index, [...(framesBySentence.get(f.sentence.index) ?? []), f]);

  for (const sentence of input.sentences) {
    const frames = framesBySentence.get(sentence.index) ?? [];
    const sentenceCounts = input.index.countsBySentence.get(sentence.index) ?? [];
    for (const frame of frames) {
      const event = buildEvent(input, frame, events);
      const mine = countsFor(frame, frames, sentenceCounts).filter((c) => !usedCounts.has(c.id));
      for (const c of mine) usedCounts.add(c.id);
      event.counts = mine;
      refineByCounts(event);
      if (frame.main.trigger.def.needsAnchor && !isAnchored(event)) { for (const c of mine) usedCounts.delete(c.id); continue; }
      events.push(event);
    }
    // Figures with no cue in their sentence report on the unrest narrated before: a casualty report.
    const orphan = sentenceCounts.filter((c) => !usedCounts.has(c.id) && (c.kind === 'killed' || c.kind === 'injured'));
    if (orphan.length && !sentence.heading && !isNonConflict(input.text, sentence, cp)) {
      // Figures of people killed or hurt after an arrest or a court act are the incident's, not the arrest's: they
      // join the last violent incident, or stand as one of their own; they are placed as the last event was.
      const event = casualtyReport(input, sentence, orphan, lastViolentRoot(events), events.at(-1) ?? null, events);
      for (const c of orphan) usedCounts.add(c.id);
      events.push(event);
    }
  }
  linkMentions(events);
  return events;
}

/** How many sentences after the last mention of an incident a new mention may still be about it. */
const MENTION_REACH = 3;

/**
 * "A bomb exploded at the mayor's office today. … Four people were killed and 12 wounded": a violent
 * event told right after another one (within MENTION_REACH sentences of its last mention), with no
 * place or date of its own that sets it apart, is another mention of the same incident: it becomes
 * partOf that incident's first mention, so the incident's figures are read together. Events already
 * linked, and the first event of the text, are left alone; the events are not changed otherwise.
 */
function linkMentions(events: Event[]): void {
  let root: Event | null = null;
  let lastSentence = -Infinity;
  for (const e of events) {
    if (!VIOLENT_TYPES.has(e.type)) continue;
    if (e.partOf) {
      if (root && e.partOf === root.id) lastSentence = e.sentence;
      continue;
    }
    if (root && e.sentence - lastSentence <= MENTION_REACH && samePlace(e, root) && sameDay(e, root)) {
      e.partOf = root.id;
      lastSentence = e.sentence;
      continue;
    }
    root = e;
    lastSentence = e.sentence;
  }
}

/** The mention's place does not set it apart: none of its own, carried over, or the incident's. */
function samePlace(e: Event, root: Event): boolean {
  const w = e.where;
  const r = root.where;
  if (!w || w.status === 'implied' || !r) return true;
  if (w.place && r.place) {
    if (w.place.geonameId !== null && w.place.geonameId === r.place.geonameId) return true;
    if (w.place.kind === 'country') return w.place.country === r.place.country;
    if (w.place.kind === 'admin1') return w.place.country === r.place.country && w.place.name === r.place.admin1;
    return w.place.name === r.place.name && w.place.country === r.place.country;
  }
  return w.mention.toLowerCase() === r.mention.toLowerCase();
}

/** The mention's date does not set it apart: none stated in its sentence, or the incident's day. */
function sameDay(e: Event, root: Event): boolean {
  const w = e.when;
  // A date read in the mention's own sentence (a weekday is implied, yet written there).
  const own = !!w?.evidence && (!w.rule.startsWith('when/') || w.rule === 'when/same-sentence');
  if (!w || !own || !root.when) return true;
  return w.start === root.when.start;
}

/** The violent event a casualty report is about: the last one narrated, or the one it reports on. */
function lastViolentRoot(events: Event[]): Event | null {
  let event = lastWhere(events, (e) => VIOLENT_TYPES.has(e.type));
  // Event ids are `ev<position + 1>`, so a parent is found without a search.
  while (event?.partOf) event = events[Number(event.partOf.slice(2)) - 1] ?? null;
  return event;
}

/** The last of the recent events that satisfies `test`. */
function lastWhere(events: Event[], test: (e: Event) => unknown): Event | null {
  for (let i = events.length - 1; i >= Math.max(0, events.length - LOOKBACK); i--) if (test(events[i]!)) return events[i]!;
  return null;
}

function countsFor(frame: Frame, frames: Frame[], counts: Count[]): Count[] {
  const takes = new Set(frame.cues.flatMap((c) => c.trigger.def.takes ?? []));
  return counts.filter((c) => {
    if (!takes.has(c.kind)) return false;
    const inClause = c.evidence.start >= frame.clause.start && c.evidence.start < frame.clause.end;
    if (inClause) return true;
    // Outside every frame's clause: the first frame that takes it.
    const owner = frames.find((f) => c.evidence.start >= f.clause.start && c.evidence.start < f.clause.end);
    const ownerTakes = owner && new Set(owner.cues.flatMap((x) => x.trigger.def.takes ?? [])).has(c.kind);
    return !ownerTakes && frames.find((f) => new Set(f.cues.flatMap((x) => x.trigger.def.takes ?? [])).has(c.kind)) === frame;
  });
}

function buildEvent(input: Indexed, frame: Frame, previous: Event[]): Event {
  const { text, cp } = input;
  const def = frame.main.trigger.def;
  const tags = new Set<string>();
  for (const c of frame.cues) for (const t of c.trigger.def.tags ?? []) tags.add(t);
  const hedge = hedgeOf(text, frame, cp);
  if (hedge) tags.add(hedge);

  const { actor1, actor2, assoc } = actorsOf(input, frame);
  let type = def.type;
  let subType = def.subType;
  let rule = `${cp.pack.code}/event-cue`;
  const partOf = tags.has('casualty-report') ? lastViolentRoot(previous) : null;
  if (partOf && def.voice === 'passive') {
    // "Des dizaines d'assaillants ont été éliminés": figures of the clash just narrated, typed as it.
    type = partOf.type; subType = partOf.subType; rule = 'type/from-parent-event';
  } else if (def.byActor) {
    const typed = typeByActors(actor1?.category ?? null, actor2?.category ?? null);
    type = typed.type; subType = typed.subType; rule = typed.rule;
  }
  // A protest with a cue of intervention (tear gas, dispersal) is a protest with intervention.
  if (type === 'Protests' && frame.cues.some((c) => c.trigger.def.tags?.includes('intervention'))) subType = 'Protest with intervention';
  if (!isAcledSubType(type, subType)) subType = 'Other';

  const where = whereOf(input, frame, def.national === true || isNationalActor(actor1), previous, partOf);
  const when = whenOf(input, frame, partOf, def.spread === true, previous, VIOLENT_TYPES.has(type));
  const sources = sourcesOf(input, frame.sentence.index);

  const event: Event = {
    id: `ev${previous.length + 1}`,
    type, subType,
    tags: [...tags],
    trigger: frame.main.evidence,
    triggers: frame.cues.map((c) => c.evidence),
    sentence: frame.sentence.index,
    actor1: actor1 ?? impliedActor(input, type, partOf, def.voice === 'passive'),
    actor2,
    assocActors: assoc,
    where: where.primary,
    alsoAt: where.also,
    when,
    counts: [],
    sources,
    partOf: partOf?.id ?? null,
    confidence: 0,
    rule,
  };
  event.confidence = confidenceOf(event, def.secondary === true);
  return event;
}

/** Who was hurt says more than the cue: protesters killed, or unarmed people attacked by an unnamed side. */
function refineByCounts(event: Event): void {
  const hurt = event.counts.filter((c) => c.kind === 'killed' || c.kind === 'injured');
  if (event.type === 'Protests' && event.subType !== 'Excessive force against protesters' && hurt.some((c) => c.kind === 'killed')) {
    event.subType = 'Excessive force against protesters';
    event.rule = 'type/protesters-killed';
  } else if (event.rule === 'type/armed-sides' && !event.actor2 && hurt.length
    && hurt.every((c) => UNARMED.has(c.who?.category ?? 'people'))) {
    event.type = 'Violence against civilians';
    event.subType = 'Attack';
    event.rule = 'type/unarmed-victims';
  }
}

/** The event has something of its own: a figure, a place or a date stated in its sentence. */
function isAnchored(event: Event): boolean {
  if (event.counts.length) return true;
  // A town is an anchor; a country is what speeches talk about. (A section of a town rolled up to it keeps
  // the clause's own place beside it.)
  const own = [event.where, ...event.alsoAt].find((w) => w?.rule === 'where/in-clause' || w?.rule === 'where/in-sentence');
  if (own && own.place?.kind !== 'country' && own.place?.kind !== 'region') return true;
  return !!event.when && event.when.evidence !== null && (event.when.rule.endsWith('/same-sentence') || !event.when.rule.startsWith('when/'));
}

/** Victim categories that are not an armed side. */
const UNARMED: ReadonlySet<string> = new Set(['civilians', 'people']);

function casualtyReport(input: Indexed, sentence: Sentence, counts: Count[], parent: Event | null, last: Event | null, previous: Event[]): Event {
  const frame: Frame = {
    sentence, clause: { start: sentence.start, end: sentence.end },
    main: { trigger: { def: { type: parent?.type ?? 'Battles', subType: parent?.subType ?? 'Armed clash' }, regex: /$^/, index: -1 }, evidence: counts[0]!.evidence },
    cues: [],
  };
  const where = whereOf(input, frame, false, previous, parent ?? last);
  const event: Event = {
    id: `ev${previous.length + 1}`,
    type: parent?.type ?? 'Battles',
    subType: parent?.subType ?? 'Armed clash',
    tags: ['casualty-report'],
    trigger: counts[0]!.evidence,
    triggers: counts.map((c) => c.evidence),
    sentence: sentence.index,
    actor1: parent?.actor1 ? { ...parent.actor1, status: 'implied', evidence: parent.actor1.evidence } : null,
    actor2: parent?.actor2 ? { ...parent.actor2, status: 'implied' } : null,
    assocActors: [],
    where: where.primary,
    alsoAt: where.also,
    when: whenOf(input, frame, parent, false, previous, true),
    counts,
    sources: sourcesOf(input, sentence.index),
    partOf: parent?.id ?? null,
    confidence: 0,
    rule: `${input.cp.pack.code}/event-casualty-report`,
  };
  event.confidence = confidenceOf(event, true);
  return event;
}

function hedgeOf(text: string, frame: Frame, cp: CompiledPack): string | null {
  const from = Math.max(frame.clause.start, frame.main.evidence.start - HEDGE_REACH);
  const slice = text.slice(from, frame.main.evidence.end);
  cp.hedge.lastIndex = 0;
  const m = firstMatch(cp.hedge, slice);
  return m ? lookup(cp.hedges, m.groups!.hedge!) ?? null : null;
}

function fillLabel(label: string, country: string | null, countryName: string | null): string {
  if (label.includes('{country}')) return countryName ? label.replace('{country}', countryName) : label.replace(/\s*\(\{country\}\)|\s+of \{country\}/, '');
  return label;
}

function actorsOf(input: Indexed, frame: Frame): { actor1: Actor | null; actor2: Actor | null; assoc: Actor[] } {
  const { text, cp, places } = input;
  const focus = places.focusCountry;
  const focusName = focus ? input.geo?.country(focus)?.name ?? null : null;
  const found: { actor: Actor; at: number }[] = [];
  const clause = text.slice(frame.clause.start, frame.clause.end);
  cp.actor.lastIndex = 0;
  for (const m of clause.matchAll(cp.actor)) {
    const def = lookup(cp.actors, m.groups!.actor!)!;
    const start = frame.clause.start + m.index!;
    found.push({ at: start, actor: { name: fillLabel(def.label, focus, focusName), category: def.category, entityId: null, country: focus,
      evidence: evidenceAt(text, start, start + m[0].length), status: 'known', rule: `${cp.pack.code}/actor-lexicon` } });
  }
  // A place that acts ("Moscou et ses alliés … ont annoncé") is the government it stands for.
  for (const m of startingIn(input.index.actingPlaces, frame.sentence.start, frame.clause.end, Infinity)) {
    const iso2 = m.place?.metonymy?.standsFor ?? m.place?.country ?? null;
    const country = iso2 ? input.geo?.country(iso2) ?? null : null;
    const category: ActorCategory = iso2 && iso2 !== focus ? 'external-other' : 'state-forces';
    found.push({ at: m.start, actor: { name: `Government of ${country?.name ?? m.text}`, category, entityId: m.entityId, country: iso2,
      evidence: evidenceAt(text, m.start, m.end), status: 'known', rule: 'actor/place-metonymy' } });
  }
  // Organisations named in the clause before the cue act with actor1 ("ses alliés de l'OTSC").
  const seenOrganisations = new Set<Entity>();
  for (const { entity: e, evidence: mention } of startingIn(input.index.organisations, Math.max(frame.clause.start, frame.sentence.start), frame.main.evidence.start)) {
    if (seenOrganisations.has(e)) continue;
    seenOrganisations.add(e);
    if (!found.some((f) => overlaps(f.actor.evidence!, mention))) {
      found.push({ at: mention.start, actor: { name: e.acronym ? `${e.name} (${e.acronym})` : e.name, category: 'external-other', entityId: e.id, country: null, evidence: mention, status: 'known', rule: 'actor/organisation' } });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const cueAt = frame.main.evidence.start;
  const before = found.filter((f) => f.at < cueAt).map((f) => f.actor);
  const after = found.filter((f) => f.at >= cueAt).map((f) => f.actor);
  const passive = frame.main.trigger.def.voice === 'passive';
  let actor1 = passive ? null : before[0] ?? null;
  let actor2 = passive ? before[0] ?? after[0] ?? null : after.find((a) => a.category !== actor1?.category) ?? null;
  const assoc = [...before.slice(1), ...after].filter((a) => a !== actor1 && a !== actor2 && a.name !== actor1?.name && a.name !== actor2?.name);
  if (actor1 && actor2 && actor1.name === actor2.name) actor2 = null;
  if (!actor1 && actor2 && !passive) { actor1 = actor2; actor2 = null; }
  return { actor1, actor2, assoc: dedupeActors(assoc) };
}

function dedupeActors(actors: Actor[]): Actor[] {
  const seen = new Set<string>();
  return actors.filter((a) => (seen.has(a.name) ? false : (seen.add(a.name), true)));
}

function impliedActor(input: AssemblyInput, type: Event['type'], parent: Event | null, passive: boolean): Actor | null {
  // "Des dizaines d'assaillants ont été éliminés": whoever they fought in the event reported on.
  if (passive && parent?.actor2) return { ...parent.actor2, status: 'implied', rule: 'actor/passive-agent-from-parent-event' };
  const focus = input.places.focusCountry;
  const name = focus ? input.geo?.country(focus)?.name ?? focus : null;
  const withCountry = (label: string) => (name ? `${label} (${name})` : label);
  if (type === 'Protests') return { name: withCountry('Protesters'), category: 'protesters', entityId: null, country: focus, evidence: null, status: 'implied', rule: 'actor/protest-implies-protesters' };
  if (type === 'Riots') return { name: withCountry('Rioters'), category: 'rioters', entityId: null, country: focus, evidence: null, status: 'implied', rule: 'actor/riot-implies-rioters' };
  if (parent?.actor1) return { ...parent.actor1, status: 'implied', rule: 'actor/from-parent-event' };
  return null;
}

function isNationalActor(actor: Actor | null): boolean {
  return actor?.category === 'state-forces' && /^Government of/.test(actor.name);
}

function toWhere(mention: DocumentPlaces['mentions'][number], text: string, status: 'known' | 'implied', rule: string): Where {
  return { mention: mention.text, place: mention.place, evidence: evidenceAt(text, mention.start, mention.end), status, rule };
}

const PLACE_RANK: Record<Place['kind'], number> = { city: 0, admin1: 1, country: 2, region: 3, water: 4 };
/** A county ("Dubois County") is smaller than its state and larger than its towns, however it resolved. */
const COUNTY_RANK = 0.5;

function rankOf(m: PlaceMention): number {
  return m.countyHead ? COUNTY_RANK : PLACE_RANK[m.place?.kind ?? 'city'];
}

/** The town an article names most often (the first of them at a tie), counting a name's mentions together. */
function mainTown(list: readonly PlaceMention[]): PlaceMention | undefined {
  const towns = list.filter(isTown);
  const count = new Map<string, number>();
  for (const t of towns) count.set(t.text.toLowerCase(), (count.get(t.text.toLowerCase()) ?? 0) + 1);
  let best: PlaceMention | undefined;
  for (const t of towns) if (!best || count.get(t.text.toLowerCase())! > count.get(best.text.toLowerCase())!) best = t;
  return best;
}

/** The towns the article names other than `m` (under another name, and not as someone's actor). */
function otherTowns(input: Indexed, m: PlaceMention): PlaceMention[] {
  const name = m.text.toLowerCase();
  return input.index.places.filter((o) => o !== m && !o.asActor && isTown(o) && o.text.toLowerCase() !== name);
}

/** A town of its own: not a county, not a section of a town, not a section in the gazetteer. */
function isTown(m: PlaceMention): boolean {
  return m.place?.kind === 'city' && m.place.featureCode !== 'PPLX' && !m.countyHead && !m.sectionHead;
}

/**
 * The places of a list that lie in the country the article is about, when there are some: "an
 * operation in Daman district, Kandahar province" in a report on Afghanistan is not in Daman, India.
 */
/** A mention in the dateline town's admin-1 region (or that region, or its country); an unresolved one says nothing. */
function insideRegionOf(m: PlaceMention, town: PlaceMention): boolean {
  const p = m.place;
  const t = town.place!;
  if (!p) return true;
  if (p.country !== t.country) return false;
  return p.kind === 'country' || (p.kind === 'admin1' ? p.name === t.admin1 : p.admin1 === t.admin1);
}

/**
 * The mention's region is stated: it names an admin-1 region or is written as one ("Kandahar
 * province"), or is a town of a region the text names. A lone town far from the dateline may be a namesake ("PITTSBURGH — … on
 * Garfield" is not Garfield, New Jersey).
 */
function regionNamed(m: PlaceMention, regions: ReadonlySet<string>): boolean {
  const p = m.place;
  return !!p && (p.kind === 'admin1' || m.regionHead || (!!p.admin1 && regions.has(`${p.country}/${p.admin1}`)));
}

function inFocus(list: PlaceMention[], focus: string | null): PlaceMention[] {
  if (!focus || list.length < 2) return list;
  const home = list.filter((m) => m.place?.country === focus);
  return home.length ? home : list;
}

function whereOf(input: Indexed, frame: Frame, national: boolean, previous: Event[], parent: Event | null): { primary: Where | null; also: Where[] } {
  const { text, places } = input;
  const usable = input.index.places;
  const spread = frame.main.trigger.def.spread === true;
  const inRange = (from: number, to: number) => startingIn(usable, from, to);
  // "avant de s'étendre à Aktau, …, puis à Almaty": a spread names its places up to the sentence end.
  let local = spread ? inRange(frame.main.evidence.end, frame.sentence.end) : inRange(frame.clause.start, frame.clause.end);
  let status: 'known' | 'implied' = 'known';
  let rule = 'where/in-clause';
  // "KABUL, Afghanistan (Sept. 28) – … in Logar province": the dateline is where the release was
  // filed. It yields to a place of the sentence that lies outside its region; next to places inside
  // it ("CHICAGO (AP) — … in Englewood", "SAN SALVADOR, 3 JAN 90 -- … in El Salvador") it stays
  // the town, and it places the event alone when the sentence names no other place.
  const sentencePlaces = national ? [] : inRange(frame.sentence.start, frame.sentence.end);
  const datelines = [...local, ...sentencePlaces].filter((m) => m.dateline);
  const town = datelines.find((m) => m.place?.kind === 'city') ?? null;
  const pick = (list: PlaceMention[]) => {
    const others = inFocus(list.filter((m) => !m.dateline), places.focusCountry);
    if (!town || others.length === 0) return others;
    const abroad = !!places.focusCountry && town.place!.country === places.focusCountry && others.every((m) => m.place?.country !== places.focusCountry);
    if (abroad) return [];
    return others.some((m) => !insideRegionOf(m, town) && regionNamed(m, input.index.regions)) ? others : [...list.filter((m) => m === town), ...others];
  };
  local = pick(local);
  if (local.length === 0 && !national) { local = pick(sentencePlaces); rule = 'where/in-sentence'; }
  if (local.length === 0 && datelines.length) { local = [town ?? datelines[0]!]; status = 'implied'; rule = 'where/dateline'; }
  if (local.length) {
    // A city beats the region or sea that describes it ("Aktau, sur les bords de la mer Caspienne").
    const ranked = [...local].sort((a, b) => rankOf(a) - rankOf(b) || a.start - b.start);
    const best = rankOf(ranked[0]!);
    const primary = ranked[0]!;
    const also = spread ? local.filter((m) => m !== primary && rankOf(m) === best) : [];
    // "in the Englewood neighborhood … Chicago police said", "Authorities in Washington state … BELFAIR —": a
    // section of a city or a region rolls up to the town the article names there; the clause's own place stays beside it.
    const town = spread ? null : townFor(input, primary) ?? namesakeTown(input, primary) ?? sceneAfterDateline(input, primary, frame) ?? sceneOfResident(input, primary);
    if (town) return { primary: toWhere(town.mention, text, 'implied', town.rule), also: [toWhere(primary, text, status, rule)] };
    return { primary: toWhere(primary, text, status, rule), also: also.map((m) => toWhere(m, text, status, rule)) };
  }
  const cue = input.index.countryCueBySentence.get(frame.sentence.index);
  if (cue && input.geo) {
    return { primary: { mention: cue.evidence.text, place: input.geo.country(cue.iso2), evidence: cue.evidence, status: 'implied', rule: cue.rule }, also: [] };
  }
  if (national && places.focusCountry) {
    const place = input.geo?.country(places.focusCountry) ?? null;
    return { primary: { mention: place?.name ?? places.focusCountry, place, evidence: null, status: 'implied', rule: 'where/national-measure-in-focus-country' }, also: [] };
  }
  status = 'implied';
  // "… in Panjwai district, Kandahar province, yesterday. The force also detained one suspect.": a
  // sentence that narrates no event of its own sets the scene for the events told after it.
  const scene = parent ? null : sceneSentences(input, frame.sentence.index, previous)
    .filter((s) => sceneTime(input, s))
    .map((s) => inFocus(startingIn(usable, input.sentences[s]!.start, input.sentences[s]!.end).filter((m) => !m.dateline), places.focusCountry))
    .find((list) => list.length);
  if (scene) {
    const best = [...scene].sort((a, b) => rankOf(a) - rankOf(b) || a.start - b.start)[0]!;
    return { primary: toWhere(best, text, status, 'where/scene-sentence'), also: [] };
  }
  const carried = parent?.where ?? lastWhere(previous, (e) => e.where)?.where ?? null;
  if (carried) return { primary: { ...carried, status, rule: 'where/carried-over' }, also: [] };
  // A lead with no place ("A 7-year-old boy was shot …") happens in the town the article is about: the
  // one it names most often, the first of those at a tie (often the dateline). A suspect's home town or
  // the hospital's is named once.
  const main = mainTown(usable);
  return { primary: main ? toWhere(main, text, 'implied', 'where/document-main-town') : null, also: [] };
}

/** How many sentences after a dateline's may name the scene of the story it opens. */
const DATELINE_SCENE_SENTENCES = 2;

/**
 * "BELTON, Texas — A man was shot … The shooting happened in Temple": the dateline is the newsroom's town;
 * a town near it (same admin-1 region, within COUNTY_KM) set as a scene ("in", "near") in the dateline's
 * sentence or the next ones is where the story happened.
 */
function sceneAfterDateline(input: Indexed, m: PlaceMention, frame: Frame): { mention: PlaceMention; rule: string } | null {
  const p = m.place;
  if (!m.dateline || p?.kind !== 'city') return null;
  const until = input.sentences[frame.sentence.index + DATELINE_SCENE_SENTENCES]?.end ?? input.text.length;
  const scene = input.index.places.find((o) => o.start > m.end && o.start < until && !o.dateline && o.scene && isTown(o)
    && o.text.toLowerCase() !== m.text.toLowerCase() && o.place!.country === p.country && o.place!.admin1 === p.admin1
    && distanceKm(p.lat, p.lon, o.place!.lat, o.place!.lon) <= COUNTY_KM);
  return scene ? { mention: scene, rule: 'where/scene-after-dateline' } : null;
}

/**
 * "A Lynn teen pleaded not guilty … the shooting in Chelsea": a town named only as someone's home yields to the
 * town the article sets as a scene ("in", "near"), the one it names most often.
 */
function sceneOfResident(input: Indexed, m: PlaceMention): { mention: PlaceMention; rule: string } | null {
  if (!m.residence) return null;
  const scenes = input.index.places.filter((o) => o.scene && !o.residence && o.text.toLowerCase() !== m.text.toLowerCase());
  const scene = mainTown(scenes);
  return scene ? { mention: scene, rule: 'where/scene-of-resident' } : null;
}

/** How far from a section of a city (GeoNames PPLX) its town may be, and from a county its towns. */
const SECTION_KM = 30;
const COUNTY_KM = 80;

/**
 * The town a section of a city ("Rogers Park", "Kensington") or a region (a state, a county) stands in, when
 * the article names one: the first town of the document in the same admin-1, near enough for a section or a
 * county. A section with no such town, or a region with none, stays as it is.
 */
const townsOf = new WeakMap<Indexed, Map<string, { mention: PlaceMention; rule: string } | null>>();

function townFor(input: Indexed, m: PlaceMention): { mention: PlaceMention; rule: string } | null {
  const p = m.place;
  if (!p && !m.countyHead) return null;
  // Once per place and document: "in Texas" twenty times is one look-up over the article's places.
  let memo = townsOf.get(input);
  if (!memo) { memo = new Map(); townsOf.set(input, memo); }
  const key = `${m.countyHead ? 'county' : m.sectionHead ? 'section' : ''}|${m.text}|${p?.kind}|${p?.featureCode}|${p?.name}|${p?.admin1}|${p?.lat}|${p?.lon}`;
  if (!memo.has(key)) memo.set(key, findTownFor(input, m, p));
  return memo.get(key) ?? null;
}

function findTownFor(input: Indexed, m: PlaceMention, p: Place | null): { mention: PlaceMention; rule: string } | null {
  const towns = otherTowns(input, m);
  // "Shelby County" the gazetteer does not place: the town the article names (in the same state when known).
  if (!p) return m.countyHead && towns.length ? { mention: towns[0]!, rule: 'where/town-in-region' } : null;
  const section = p.kind === 'city' && p.featureCode === 'PPLX';
  // "a party in the Austin neighborhood": the text says it is a section; what the gazetteer found is a namesake.
  if (m.sectionHead && !section) {
    const town = towns.find((o) => o.place!.country === p.country && o.place!.admin1 === p.admin1 && distanceKm(p.lat, p.lon, o.place!.lat, o.place!.lon) <= SECTION_KM)
      ?? towns[0];
    return town ? { mention: town, rule: 'where/town-of-section' } : null;
  }
  const county = m.countyHead === true;
  if (!section && !county && p.kind !== 'admin1' && p.kind !== 'region') return null;
  const reach = section ? SECTION_KM : p.kind === 'region' || (county && p.kind === 'city') ? COUNTY_KM : Infinity;
  const town = towns.find((o) => o.place!.country === p.country && (o.place!.admin1 === p.admin1 || (p.kind === 'admin1' && o.place!.admin1 === p.name))
    && (reach === Infinity || distanceKm(p.lat, p.lon, o.place!.lat, o.place!.lon) <= reach))
    // A county the gazetteer does not know is placed by guess: the article's own town says more.
    ?? (county ? towns.find((o) => o.place!.country === p.country) : undefined);
  return town ? { mention: town, rule: section ? 'where/town-of-section' : 'where/town-in-region' } : null;
}

/**
 * "shot to death Tuesday morning in Bordeaux" in a Nashville story: a bare name the gazetteer places in a
 * country the article neither is about nor names is most often a section of the article's town that the
 * gazetteer does not list. The event goes to that town; a name with its region stated stays.
 */
function namesakeTown(input: Indexed, m: PlaceMention): { mention: PlaceMention; rule: string } | null {
  const p = m.place;
  if (!p || p.kind !== 'city' || m.statedRegion || m.dateline || m.countyHead) return null;
  const focus = input.places.focusCountry;
  const towns = otherTowns(input, m);
  if (focus && p.country !== focus) {
    // "killed in Kandahar … Afghanistan": a country the article names is where its towns are.
    if (input.index.places.some((o) => o.place?.kind === 'country' && o.place.country === p.country)) return null;
    // The article's country must be told by several towns, the namesake's by this one alone.
    const namesIn = (cc: string | null) => new Set(towns.filter((o) => o.place!.country === cc).map((o) => o.text.toLowerCase())).size;
    if (namesIn(focus) < 2 || namesIn(p.country) > 0) return null;
    const home = towns.find((o) => o.place!.country === focus);
    return home ? { mention: home, rule: 'where/town-of-section' } : null;
  }
  return null;
}


function whenOf(input: Indexed, frame: Frame, parent: Event | null, spread: boolean, previous: Event[], violent: boolean): DateValue | null {
  const strip = (t: TimeExpression): DateValue => { const { sentence: _s, ...rest } = t; return rest; };
  // A date in parentheses after the dateline place ("KABUL, Afghanistan (July 30, 2011) – …
  // yesterday") stamps the release; another date in the clause dates the event.
  // "police said Saturday", "was arraigned Thursday": the date of a follow-up act does not date a violent
  // incident. An announcement or a deployment is its own act: "Moscow announced Thursday" dates it.
  const incident = (t: TimeExpression) => !violent || !datesFollowUp(input, t);
  const allSentenceTimes = input.index.timesBySentence.get(frame.sentence.index) ?? [];
  const sentenceTimes = allSentenceTimes.filter(incident);
  // "Forces yesterday confirmed the arrest of a leader … Oct. 19": a date before a reporting verb that
  // governs the cue dates the report; the event takes another date of the clause when there is one.
  // "Cleanup was underway Sunday after teenagers smashed up cars Saturday night": of the clause's days, the one
  // nearest the cue is its own. "during an overnight operation … Monday": the named day says which night.
  const trigger = frame.main.evidence;
  const distance = (t: TimeExpression) => Math.max(trigger.start - t.evidence!.end, t.evidence!.start - trigger.end, 0);
  const clauseTimes = sentenceTimes.filter((t) => t.evidence && t.evidence.start >= frame.clause.start && t.evidence.start < frame.clause.end)
    .sort((a, b) => Number(isLastNight(a)) - Number(isLastNight(b)) || distance(a) - distance(b));
  const reportAt = reportingVerbBefore(input, frame);
  const ofReport = (t: TimeExpression) => reportAt >= 0 && t.evidence!.end <= reportAt;
  const inClause = clauseTimes.find((t) => !isDatelineDate(input.text, t.evidence!) && !ofReport(t))
    ?? clauseTimes.find((t) => !isDatelineDate(input.text, t.evidence!));
  if (inClause) return strip(inClause);
  // "KABUL, Afghanistan (Sept. 22) - Forces captured a facilitator … detained during an operation overnight":
  // the release's stamp bounds the event, and the lead's next sentences usually date it.
  const stamp = clauseTimes[0];
  const inSentence = stamp ? sentenceTimes.find((t) => !isDatelineDate(input.text, t.evidence!)) : sentenceTimes[0];
  if (inSentence) {
    const value = strip(inSentence);
    // "a débuté dimanche … avant de s'étendre à Aktau": the spread is on or after that day.
    if (spread && input.publication && value.precision === 'day' && input.publication.precision === 'day') {
      return { ...value, end: input.publication.end, status: 'implied', rule: 'when/after-previous-clause' };
    }
    return { ...value, status: 'implied', rule: 'when/same-sentence' };
  }
  if (parent?.when) return { ...parent.when, status: 'implied', rule: 'when/from-parent-event' };
  if (!parent) {
    for (const s of sceneSentences(input, frame.sentence.index, previous)) {
      const t = sceneTime(input, s);
      if (t) return { ...strip(t), status: 'implied', rule: 'when/scene-sentence' };
    }
  }
  // "A boy was killed in a drive-by shooting. … The boy was shot Thursday": the next sentences of the
  // paragraph or the next one often date a lead that does not.
  const nextTimes = nextSentencesTimes(input, frame.sentence.index, NEXT_SENTENCES).filter((t) => t.precision === 'day'
    && (input.sentences[t.sentence]?.paragraph ?? Infinity) <= frame.sentence.paragraph + 1);
  const next = nextTimes.find(incident);
  if (next) return { ...strip(next), status: 'implied', rule: 'when/next-sentences' };
  if (stamp) return strip(stamp);
  // "Taliban Leader Captured in Helmand" ⏎ dateline ⏎ lead: a title is dated by its story's lead, a
  // few lines further down, not by the dateline's date in parentheses.
  if (isTitle(frame.sentence)) {
    const lead = nextSentencesTimes(input, frame.sentence.index, TITLE_REACH).find((t) => t.precision === 'day' && !isDatelineDate(input.text, t.evidence!));
    if (lead) return { ...strip(lead), status: 'implied', rule: 'when/title-from-lead' };
  }
  // "… was shot Friday afternoon. … Police are still looking into how the toddler was shot.": an event told
  // without a day of its own, after the story has given one, happened on the last day it gave.
  const earlier = earlierDay(input, frame.sentence.index, violent);
  if (earlier) return { ...strip(earlier), status: 'implied', rule: 'when/earlier-in-article' };
  // "An 8-year-old boy is recovering after being accidentally shot. … It happened Monday night": a story whose
  // lead has no day most often gives it further down, before any later development.
  const later = laterDay(input, frame.sentence.index, violent);
  if (later) return { ...strip(later), status: 'implied', rule: 'when/later-in-article' };
  // The incident is no later than what followed it ("was arrested Sunday after he shot…"): closer than publication,
  // when the story gives no other day.
  const followUp = [...allSentenceTimes, ...nextTimes].find((t) => t.precision === 'day');
  if (followUp) return { ...strip(followUp), status: 'implied', rule: 'when/follow-up-act' };
  return input.publication ? { ...input.publication, status: 'implied', rule: 'when/publication' } : null;
}

/**
 * A day named from the article date (a weekday, "yesterday") right after a follow-up act: "police said
 * Saturday", "at a news conference Monday". A full date after "said" is often what was said ("LMPD said on
 * Feb. 12, …"), and a day with an apostrophe after it ("Sunday's shooting") names the noun that follows.
 */
function datesFollowUp(input: Indexed, t: TimeExpression): boolean {
  const { text, cp } = input;
  const e = t.evidence;
  const sentence = input.sentences[t.sentence];
  if (!e || !sentence || (!t.weekday && !t.rule.endsWith('/time-relative-day'))) return false;
  if (/^['’]\p{L}/u.test(text.slice(e.end, e.end + 2))) return false;
  // "police said Saturday", and "the coroner's office on Thursday said" (no comma: the day is the act's).
  return cp.followUpActAtEnd.test(text.slice(Math.max(sentence.start, e.start - 40), e.start))
    || cp.followUpActAtStart.test(text.slice(e.end, Math.min(sentence.end, e.end + 40)));
}

/** "last night", "overnight": a night named from publication, not a day. */
function isLastNight(t: TimeExpression): boolean {
  return t.rule.endsWith('/time-last-night');
}

/** A date right after a page stamp ("Published", "Updated:") in its sentence. */
function isStamp(input: AssemblyInput, t: TimeExpression): boolean {
  const e = t.evidence;
  const sentence = input.sentences[t.sentence];
  if (!e || !sentence) return false;
  return input.cp.stampCueAtEnd.test(input.text.slice(Math.max(sentence.start, e.start - 30), e.start));
}

/** Per document and kind of event: for each sentence, the first eligible day of a later sentence. */
const laterDays = new WeakMap<Indexed, Map<boolean, (TimeExpression | null)[]>>();
/** The same, the last eligible day of an earlier sentence. */
const earlierDays = new WeakMap<Indexed, Map<boolean, (TimeExpression | null)[]>>();

/**
 * The days an undated event may take from the rest of the article: day precision, not after publication, not
 * a release stamp in parentheses and, for a violent event, not a follow-up act's day.
 */
function eligibleDays(input: Indexed, violent: boolean): TimeExpression[] {
  return input.times.filter((t) => t.precision === 'day' && (!violent || !datesFollowUp(input, t))
    && (!input.publication || t.end <= input.publication.end) && !(t.evidence && isDatelineDate(input.text, t.evidence)));
}

/** The last eligible day of a sentence before `sentence`; built once per document (one pass forwards). */
function earlierDay(input: Indexed, sentence: number, violent: boolean): TimeExpression | null {
  let byKind = earlierDays.get(input);
  if (!byKind) { byKind = new Map(); earlierDays.set(input, byKind); }
  let table = byKind.get(violent);
  if (!table) {
    const eligible = eligibleDays(input, violent);
    table = new Array<TimeExpression | null>(input.sentences.length).fill(null);
    let j = 0;
    let last: TimeExpression | null = null;
    for (let s = 0; s < input.sentences.length; s++) {
      table[s] = last;
      while (j < eligible.length && eligible[j]!.sentence <= s) last = eligible[j++]!;
    }
    byKind.set(violent, table);
  }
  return table[sentence] ?? null;
}

/**
 * The first day-precision date of a sentence after `sentence`, not after publication and, for a violent event,
 * not a follow-up act's day. Built once per document (one pass backwards), so an article with many undated
 * events does not scan its dates once per event.
 */
function laterDay(input: Indexed, sentence: number, violent: boolean): TimeExpression | null {
  let byKind = laterDays.get(input);
  if (!byKind) { byKind = new Map(); laterDays.set(input, byKind); }
  let table = byKind.get(violent);
  if (!table) {
    const eligible = input.times.filter((t) => t.precision === 'day' && (!violent || !datesFollowUp(input, t))
      && (!input.publication || t.end <= input.publication.end));
    table = new Array<TimeExpression | null>(input.sentences.length).fill(null);
    let j = eligible.length - 1;
    let next: TimeExpression | null = null;
    for (let s = input.sentences.length - 1; s >= 0; s--) {
      while (j >= 0 && eligible[j]!.sentence > s) next = eligible[j--]!;
      table[s] = next;
    }
    byKind.set(violent, table);
  }
  return table[sentence] ?? null;
}


/** How many sentences before an event may set its scene. */
const SCENE_SENTENCES = 3;

/**
 * The sentences just before a frame's that made no event (nearest first), back to the last event
 * told and at most SCENE_SENTENCES, in the same paragraph or the one before.
 */
function sceneSentences(input: Indexed, sentence: number, previous: Event[]): number[] {
  const lastEvent = previous.at(-1)?.sentence ?? -1;
  const paragraph = input.sentences[sentence]?.paragraph ?? 0;
  const out: number[] = [];
  for (let s = sentence - 1; s > lastEvent && s >= sentence - SCENE_SENTENCES; s--) {
    if ((input.sentences[s]?.paragraph ?? -Infinity) < paragraph - 1) break;
    out.push(s);
  }
  return out;
}

/** Where a reporting verb ("confirmed", "announced") stands between the clause start and the cue, or -1. */
function reportingVerbBefore(input: Indexed, frame: Frame): number {
  const { cp } = input;
  const span = input.text.slice(frame.clause.start, frame.main.evidence.start);
  cp.reportingVerb.lastIndex = 0;
  const m = firstMatch(cp.reportingVerb, span);
  return m ? frame.clause.start + m.index! : -1;
}

/** The day a sentence narrates, when it names one (not a dateline's date in parentheses). */
function sceneTime(input: Indexed, sentence: number): TimeExpression | undefined {
  return (input.index.timesBySentence.get(sentence) ?? []).find((x) => x.precision === 'day' && x.evidence && !isDatelineDate(input.text, x.evidence));
}

/** How many sentences after a title its lead may be (a byline, a release number and a dateline come between). */
const TITLE_REACH = 6;

function nextSentencesTimes(input: Indexed, sentence: number, reach: number): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (let s = sentence + 1; s <= sentence + reach; s++) out.push(...(input.index.timesBySentence.get(s) ?? []));
  return out;
}

/**
 * A dateline's date: in parentheses after the place ("KABUL, Afghanistan (Sept. 22)"), or opening a line
 * before a dash or a colon ("June 17, 2013 - Houston police …", "June 15: Operations in Kapisa"). It stamps
 * the release; it dates an event only when nothing else does.
 */
function isDatelineDate(text: string, e: Evidence): boolean {
  if (/\(\s*$/.test(text.slice(Math.max(0, e.start - 3), e.start)) && /^\s*\)/.test(text.slice(e.end, e.end + 3))) return true;
  return /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, e.start - 20), e.start)) && /^[ \t]*[-–—:]/.test(text.slice(e.end, e.end + 4));
}

function sourcesOf(input: Indexed, sentence: number): string[] {
  return input.index.sourcesBySentence.get(sentence) ?? [];
}

function confidenceOf(event: Event, secondary: boolean): number {
  let c = 0.5;
  if (event.where?.status === 'known') c += 0.15;
  if (event.when?.status === 'known' || (event.when && event.when.rule !== 'when/publication')) c += 0.1;
  if (event.actor1?.status === 'known') c += 0.1;
  if (event.sources.length) c += 0.1;
  if (event.tags.includes('hedged') || event.tags.includes('attempt')) c -= 0.15;
  if (secondary) c -= 0.1;
  return Math.max(0.05, Math.min(0.95, Math.round(c * 100) / 100));
}

