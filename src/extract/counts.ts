/**
 * Counts of people: a quantity, the people it counts, and what happened to them.
 *   "au moins huit membres des forces de sécurité ont été tués et 317 blessés"
 *     → killed ≥ 8 (security forces); injured = 317 (the same people, by ellipsis)
 *   "tuant 12 personnes" → killed 12;  "plusieurs centaines de personnes ont manifesté" → participants
 * A number with no people and no outcome ("trois cent", "Plusieurs véhicules") is not a count.
 */
import { firstMatch, lookup } from '../common/patterns.js';
import { evidenceAt } from '../core/spans.js';
import type { Count, CountKind, Who } from '../core/schema.js';
import { isTitle, type Sentence } from '../text/segment.js';
import type { CompiledPack } from './compiled.js';
import { findQuantities, type Quantity } from './quantities.js';
import { additiveInside, victimListCounts } from './victim-lists.js';

/** More people than live on Earth, or a fraction of a person, is a misreading, not a count. */
const MAX_HEADCOUNT = 1e10;
function isPlausibleHeadcount(c: { min: number; max: number | null }): boolean {
  return Number.isInteger(c.min) && c.min <= MAX_HEADCOUNT && (c.max === null || (Number.isInteger(c.max) && c.max <= MAX_HEADCOUNT));
}

/** A figure with its people left unsaid is read only below this (not a year: "arrested in 2012"). */
const ELIDED_MAX = 1000;

/** How far after the people an outcome may stand ("ont de nouveau manifesté contre…"). */
const OUTCOME_WINDOW = 60;

export function extractCounts(text: string, sentence: Sentence, cp: CompiledPack, nextId: () => string): Count[] {
  const quantities = findQuantities(text, sentence.start, sentence.end, cp);
  const out: Count[] = [];
  const people: PeoplePhrase[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    const limit = Math.min(quantities[i + 1]?.start ?? sentence.end, sentence.end);
    const share = fatalShare(text, q, out, cp);
    if (share) {
      out.splice(out.indexOf(share.of), 1, ...(share.rest.max === 0 ? [] : [share.rest]));
      out.push({ ...share.killed, id: nextId() });
      continue;
    }
    const count = readCount(text, q, limit, sentence, cp, out.at(-1) ?? null);
    if (count && isPlausibleHeadcount(count)) out.push({ ...count, id: nextId() });
    else if (!count) {
      // People with no outcome of their own may share one in a list ("captured a leader and two associates").
      const victims = victimsAt(text.slice(q.end, limit), cp);
      if (victims && !cp.notPeopleAfter.test(text.slice(q.end, limit))) people.push({ q, victims, end: q.end + victims[0].length });
    }
  }
  for (const p of people) {
    const coordinated = coordinatedCount(text, p, out, cp) ?? personAndCount(text, sentence, p, cp);
    if (coordinated) out.push(...coordinated.map((c) => ({ ...c, id: nextId() })));
  }
  // "A man was shot and killed", "killing her": one person, though no figure is written.
  cp.singularOutcome.lastIndex = 0;
  for (const m of sentence.text.matchAll(cp.singularOutcome)) {
    const start = sentence.start + m.index!;
    const end = start + m[0].length;
    if (out.some((c) => c.evidence.start <= end && start < c.evidence.end + 2)) continue;
    // "Police have no suspects in the death of …": a negation before an outcome whose victim follows is not its own.
    const folded = m.groups!.outcome!.toLowerCase();
    if (!cp.objectOutcomes.has(folded) && cp.negation.test(text.slice(Math.max(sentence.start, clauseStartBefore(text, sentence, start)), start))) continue;
    const kind = lookup(cp.singularOutcomes, m.groups!.outcome!)!;
    out.push({ id: nextId(), kind, min: 1, max: 1, exact: true, who: null, sentence: sentence.index, sourceId: null,
      evidence: evidenceAt(text, start, end), status: 'implied', rule: `${cp.pack.code}/count-singular-outcome` });
  }
  // "Six Jesuit priests, their housekeeper and her daughter were murdered": a list's members summed.
  out.push(...victimListCounts(text, sentence, cp, out, nextId));
  // "A man was shot several times and died at a hospital": the wounded one is the one who died.
  const singular = (c: Count) => c.rule.endsWith('/count-singular-outcome');
  const kept = out.filter((c) => !(singular(c) && c.kind === 'injured'
    && out.some((k) => singular(k) && k.kind === 'killed' && k.evidence.start > c.evidence.start)));
  return kept.sort((a, b) => a.evidence.start - b.evidence.start);
}

/**
 * "Four people were shot, one fatally", "five were wounded, two of them fatally": the share that died is
 * killed, and the figure before it (the last wounded or hit count of the sentence) keeps the rest.
 */
function fatalShare(text: string, q: Quantity, out: Count[], cp: CompiledPack): { of: Count; rest: Count; killed: Omit<Count, 'id'> } | null {
  const tail = cp.fatalShareAtStart.exec(text.slice(q.end, q.end + 40));
  if (!tail) return null;
  let of: Count | null = null;
  for (const c of out) if (c.kind === 'injured' && c.evidence.end <= q.start && c.min > q.min) of = c;
  if (!of) return null;
  const end = q.end + tail[0].length;
  const killed = { kind: 'killed' as const, min: q.min, max: q.max, exact: q.exact, who: of.who, sentence: of.sentence, sourceId: null,
    evidence: evidenceAt(text, q.start, end), status: 'known' as const, rule: `${cp.pack.code}/count-fatal-share` };
  const rest: Count = { ...of, min: Math.max(0, of.min - (q.max ?? q.min)), max: of.max === null ? null : Math.max(0, of.max - q.min),
    evidence: evidenceAt(text, of.evidence.start, end), status: 'implied', rule: `${cp.pack.code}/count-less-fatal-share` };
  return { of, rest, killed };
}

/**
 * "Four people were shot Saturday. … One of them, a 23-year-old man, died at the hospital": a figure of
 * people hit counts the dead too, so the wounded are those hit less the largest killed figure (no larger than
 * it) reported anywhere in the text: a report tells one shooting, and tells its toll again. A figure of
 * "others" hit is apart from the dead and stays, and so is a shooter who killed himself (pack `selfOutcomes`).
 * One person hit ("a man was shot") is the one reported dead next to it, before or after.
 */
export function settleHits(counts: readonly Count[], cp: CompiledPack): Count[] {
  // Killed figures sorted by lower bound, and the largest killed figure of one (for one person hit): a document
  // with thousands of counts costs a binary search per count, not a scan of all of them.
  const killedByMin: Count[] = [];
  let killedOne: Count | null = null;
  for (const k of counts) {
    if (k.kind !== 'killed') continue;
    // "shot three people before killing himself": the shooter is not one of the three (he may be the one hit, though).
    if (!cp.selfOutcomes.has(k.evidence.text.toLowerCase())) killedByMin.push(k);
    if (k.min <= 1 && (!killedOne || k.min > killedOne.min)) killedOne = k;
  }
  killedByMin.sort((a, b) => a.min - b.min);
  const out: Count[] = [];
  for (const c of counts) {
    // A listed total ("a man and three others were shot") is everyone hit: its "others" are inside the list.
    const total = c.rule.endsWith('/count-coordinated-total');
    if (c.kind !== 'injured' || !isHit(c, cp) || (!total && cp.otherPeople.test(c.evidence.text))) { out.push(c); continue; }
    // One person ("a young woman was shot"), with or without a figure.
    const singular = c.min === 1 && c.max === 1;
    const killed: Count | null = singular ? killedOne : largestUpTo(killedByMin, c.min);
    const min = killed ? c.min - killed.min : 0;
    const max = killed && c.max !== null ? Math.max(0, c.max - killed.min) : null;
    // "Multiple officers were shot" less three killed says nothing more: the figure stays as it is.
    if (!killed || (min === 0 && max === null)) { out.push(c); continue; }
    if (max === 0) continue;
    out.push({ ...c, min, max, status: 'implied', rule: `${cp.pack.code}/count-hit-less-killed` });
  }
  return out;
}

/** The count of largest lower bound no larger than `at`, in counts sorted by lower bound. */
function largestUpTo(sorted: readonly Count[], at: number): Count | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.min <= at) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1]! : null;
}

function isHit(c: Count, cp: CompiledPack): boolean {
  if (c.rule.endsWith('/count-verb-before')) return cp.hitAtStart.test(c.evidence.text);
  if (c.rule.endsWith('/count-coordinated-total')) return cp.hitAtStart.test(c.evidence.text) || cp.hitAtEnd.test(c.evidence.text);
  return cp.hitAtEnd.test(c.evidence.text);
}

/**
 * The people after a figure. A capitalised name used as a modifier ("a Taliban facilitator", "two Haqqani
 * leaders") is itself listed as people: the phrase runs on to the noun it modifies.
 */
function victimsAt(after: string, cp: CompiledPack): RegExpExecArray | null {
  const v = cp.victimsAtStart.exec(after);
  if (!v || !/^\p{Lu}/u.test(v.groups!.victims!)) return v;
  const next = cp.victimsAtStart.exec(after.slice(v[0].length));
  if (!next || !/^\s+$/.test(next[0].slice(0, next[0].length - next.groups!.victims!.length))) return v;
  v[0] += next[0];
  v.groups!.victims += next[0];
  return v;
}

interface PeoplePhrase { q: Quantity; victims: RegExpExecArray; end: number }

/**
 * "captured a Taliban facilitator and two of his associates", "Two women and a man were killed": people
 * listed next to a count share its outcome; the list's total is implied ("three arrested").
 */
function coordinatedCount(text: string, p: PeoplePhrase, counts: Count[], cp: CompiledPack): Omit<Count, 'id'>[] | null {
  const joinerOnly = (gap: string) => gap.length <= 20 && cp.ellipsisAtEnd.test(gap) && /^\s*,?\s*$/.test(gap.replace(cp.ellipsisAtEnd, ''));
  // "One person is dead and three others [are being treated]": a figure before whose outcome followed its own
  // people has said what happened to them alone; the people after the joiner wait for a predicate of their own.
  const ownOutcome = (c: Count) => OUTCOME_AFTER_PEOPLE.has(c.rule.slice(c.rule.indexOf('/') + 1));
  const partner = counts.find((c) => c.evidence.end <= p.q.start && joinerOnly(text.slice(c.evidence.end, p.q.start))
      && c.rule !== `${cp.pack.code}/count-coordinated-total` && !ownOutcome(c))
    ?? counts.find((c) => c.evidence.start >= p.end && joinerOnly(text.slice(p.end, c.evidence.start)));
  if (!partner || (p.q.articleOne && !p.victims)) return null;
  const whoStart = p.q.end + p.victims.index + p.victims[0].length - p.victims.groups!.victims!.length;
  const who = victimWho(text, whoStart, p.end, partner.kind, cp);
  const own = { kind: partner.kind, min: p.q.min, max: p.q.max, exact: p.q.exact, who, sentence: partner.sentence, sourceId: null,
    evidence: evidenceAt(text, p.q.start, p.end), status: 'known' as const, rule: `${cp.pack.code}/count-coordinated` };
  const start = Math.min(partner.evidence.start, p.q.start);
  const end = Math.max(partner.evidence.end, p.end);
  const total = { kind: partner.kind, min: partner.min + p.q.min, max: partner.max !== null && p.q.max !== null ? partner.max + p.q.max : null,
    exact: partner.exact && p.q.exact, who: null, sentence: partner.sentence, sourceId: null, evidence: evidenceAt(text, start, end),
    status: 'implied' as const, rule: `${cp.pack.code}/count-coordinated-total` };
  return [own, total];
}

/** Rules whose count ends with its own outcome, said after its people ("three people were killed", "12 dead"). */
const OUTCOME_AFTER_PEOPLE = new Set(['count-victims-outcome', 'count-figure-outcome', 'count-outcome-noun']);

/** How far before a figure "detained the leader and" may start. */
const PERSON_REACH = 80;

/**
 * "The forces detained the leader and several suspected insurgents": a person named by a determiner
 * and a noun of the victims lexicon shares the verb with the figure after the joiner; the figure
 * counts with that verb, and the list's total is one more (implied). The noun is taken as singular:
 * "the leaders and two associates" is a known overcount (the packs do not mark number).
 */
function personAndCount(text: string, sentence: Sentence, p: PeoplePhrase, cp: CompiledPack): Omit<Count, 'id'>[] | null {
  const from = Math.max(sentence.start, p.q.start - PERSON_REACH);
  const m = cp.personThenJoinerAtEnd.exec(text.slice(from, p.q.start));
  if (!m || p.q.articleOne) return null;
  const kind = lookup(cp.verbsBefore, m.groups!.verb!)!;
  const whoStart = p.q.end + p.victims.index + p.victims[0].length - p.victims.groups!.victims!.length;
  const own = { kind, min: p.q.min, max: p.q.max, exact: p.q.exact, who: victimWho(text, whoStart, p.end, kind, cp), sentence: sentence.index,
    sourceId: null, evidence: evidenceAt(text, p.q.start, p.end), status: 'known' as const, rule: `${cp.pack.code}/count-coordinated` };
  const total = { kind, min: p.q.min + 1, max: p.q.max === null ? null : p.q.max + 1, exact: p.q.exact, who: null, sentence: sentence.index,
    sourceId: null, evidence: evidenceAt(text, from + m.index, p.end), status: 'implied' as const, rule: `${cp.pack.code}/count-coordinated-total` };
  return [own, total];
}

/** What ends a clause for `isAggregate`: dashes and parentheses set off asides inside it ("— eight of them fatally —"). */
const CLAUSE_END = /[,;:]/;

/**
 * "At least 35 people have been shot across the city since Friday", "Last year, two teens were killed at the
 * same park": a figure whose clause (or a clause opening its sentence) tallies a period or several incidents
 * (pack `aggregateCues`) is not the toll of the incident the article reports.
 */
export function isAggregate(text: string, sentence: Sentence, c: Count, cp: CompiledPack): boolean {
  let from = c.evidence.start;
  while (from > sentence.start && !CLAUSE_END.test(text[from - 1]!)) from--;
  let to = c.evidence.end;
  while (to < sentence.end && !CLAUSE_END.test(text[to]!)) to++;
  if (cp.aggregateCue.test(text.slice(from, to))) return true;
  // "Last year, …", "In the same period, …": an opening clause sets the time of the whole sentence.
  let open = sentence.start;
  while (open < from && !CLAUSE_END.test(text[open]!)) open++;
  return open < from && cp.aggregateCue.test(text.slice(sentence.start, open));
}

/** The start of the clause a position is in: after the last comma or semicolon before it. */
function clauseStartBefore(text: string, sentence: Sentence, at: number): number {
  const before = text.slice(sentence.start, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  return cut < 0 ? sentence.start : sentence.start + cut + 1;
}

function readCount(text: string, q: Quantity, limit: number, sentence: Sentence, cp: CompiledPack, previous: Count | null): Omit<Count, 'id'> | null {
  const after = text.slice(q.end, limit);
  if (cp.notPeopleAfter.test(after)) return null;
  const base = {
    min: q.min, max: q.max, exact: q.exact, sentence: sentence.index, sourceId: null,
    evidence: evidenceAt(text, q.start, q.end), status: 'known' as const,
  };

  // "des dizaines d'assaillants ont été éliminés": people, then an outcome within the clause.
  const victims = victimsAt(after, cp);
  const peopleEnd = victims ? q.end + victims[0].length : q.end;
  const windowEnd = Math.min(limit, peopleEnd + OUTCOME_WINDOW);
  cp.outcomeAnywhere.lastIndex = 0;
  const outcome = victims ? firstMatch(cp.outcomeAnywhere, text.slice(peopleEnd, windowEnd)) : null;
  // "Gunmen killed three soldiers": an outcome followed by the next figure is an active verb whose
  // object is that figure, not what happened to these people.
  const outcomeEnd = outcome ? peopleEnd + outcome.index + outcome[0].length : 0;
  const active = outcome !== null && limit < sentence.end && /^\s*$/.test(text.slice(outcomeEnd, limit));
  // "were not injured": a negated outcome is no count.
  const negated = outcome !== null && cp.negation.test(text.slice(peopleEnd, peopleEnd + outcome.index + outcome[0].length));
  // "about 10 friends, including the boy who was killed": the relative clause is said of the nearer noun.
  const gap = outcome ? text.slice(peopleEnd, peopleEnd + outcome.index) : '';
  const elsewhere = cp.relativeInside.test(gap) && !cp.relativeAtStart.test(gap);
  // "killed three men and wounded another": after a verb, the figure is its object, and an outcome right after a
  // joiner is the next verb of the same subject, not what happened to these people.
  const objectThenVerb = outcome !== null && cp.ellipsisAtEnd.test(gap) && /^[\s,]*$/.test(gap.replace(cp.ellipsisAtEnd, ''))
    && cp.verbBeforeAtEnd.test(text.slice(Math.max(sentence.start, q.start - 40), q.start));
  if (victims && outcome && !active && !negated && !elsewhere && !objectThenVerb && !cp.clauseCrossing.test(gap)) {
    const kind = lookup(cp.outcomes, outcome.groups!.outcome!)!;
    const whoStart = q.end + victims.index + victims[0].length - victims.groups!.victims!.length;
    const who = victimWho(text, whoStart, peopleEnd, kind, cp);
    const end = peopleEnd + outcome.index + outcome[0].length;
    return { ...base, kind, who, evidence: evidenceAt(text, q.start, end), rule: `${cp.pack.code}/count-victims-outcome` };
  }

  // "…murieron y 317 resultaron heridos", "two died": the figure is the subject of the outcome.
  const bare = victims ? null : cp.outcomeAtStart.exec(after);
  if (bare && !q.articleOne && !(limit < sentence.end && /^\s*$/.test(after.slice(bare[0].length)))) {
    const kind = lookup(cp.outcomes, bare.groups!.outcome!)!;
    const end = q.end + bare[0].length;
    return { ...base, kind, who: inheritedWho(text, q, previous, cp), evidence: evidenceAt(text, q.start, end), rule: `${cp.pack.code}/count-figure-outcome` };
  }

  const noun = cp.outcomeNounAtStart.exec(after);
  // "317 blessés", "12 morts": the noun is the outcome.
  if (noun) {
    const kind = lookup(cp.outcomeNouns, noun.groups!.noun!)!;
    const end = q.end + noun[0].length;
    const inherited = inheritedWho(text, q, previous, cp);
    const who: Who | null = inherited ?? nounWho(text, q.end + noun.index + noun[0].length - noun.groups!.noun!.length, end, kind);
    return { ...base, kind, who, evidence: evidenceAt(text, q.start, end), rule: `${cp.pack.code}/count-outcome-noun` };
  }

  // "tuant 12 personnes", "ont arrêté 20 manifestants": the verb comes first.
  const before = text.slice(Math.max(sentence.start, q.start - 40), q.start);
  const verb = cp.verbBeforeAtEnd.exec(before);
  // "a shooting that killed one and injured three": "one" with the clause going on is a figure, "a"/"an" never are.
  const elidedOne = q.articleOne && !victims && cp.elidedOneEnd.test(after);
  if (verb && (victims || !q.articleOne || elidedOne)) {
    const kind = lookup(cp.verbsBefore, verb.groups!.verb!)!;
    const verbStart = q.start - before.length + verb.index;
    const who = victims ? victimWho(text, q.end + victims.index + victims[0].length - victims.groups!.victims!.length, peopleEnd, kind, cp) : null;
    // "killing several insurgents and detaining two during the raid": the people are left unsaid.
    if (!who && !noun && q.min < ELIDED_MAX && cp.elidedPeopleEnd.test(after)) {
      return { ...base, kind, who: null, evidence: evidenceAt(text, verbStart, q.end), rule: `${cp.pack.code}/count-verb-elided-people` };
    }
    if (!who && !noun) return null;
    return { ...base, kind, who, evidence: evidenceAt(text, verbStart, peopleEnd), rule: `${cp.pack.code}/count-verb-before` };
  }
  return null;
}

/** "et 317 blessés" after "huit membres des forces de sécurité ont été tués": the same people. */
function inheritedWho(text: string, q: Quantity, previous: Count | null, cp: CompiledPack): Who | null {
  if (!previous?.who || previous.sentence === undefined) return null;
  const gap = text.slice(previous.evidence.end, q.start);
  if (gap.length > 30 || !cp.ellipsisAtEnd.test(gap)) return null;
  return { ...previous.who, status: 'implied', rule: `${cp.pack.code}/count-ellipsis` };
}

function nounWho(text: string, start: number, end: number, kind: CountKind): Who | null {
  if (kind === 'participants') return { text: text.slice(start, end), category: 'protesters', evidence: evidenceAt(text, start, end), status: 'known', rule: 'count/outcome-noun-who' };
  return null;
}

function victimWho(text: string, start: number, end: number, kind: CountKind, cp: CompiledPack): Who {
  const phrase = text.slice(start, end);
  let category = lookup(cp.victims, phrase) ?? lookup(cp.victims, phrase.split(/\s+/).at(-1) ?? '') ?? 'people';
  // "plusieurs centaines de personnes ont manifesté": people who protest are protesters.
  if (kind === 'participants' && category === 'people') {
    return { text: phrase, category: 'protesters', evidence: evidenceAt(text, start, end), status: 'implied', rule: `${cp.pack.code}/count-participants-are-protesters` };
  }
  if (kind === 'deployed' && category === 'people') category = 'security-forces';
  return { text: phrase, category, evidence: evidenceAt(text, start, end), status: 'known', rule: `${cp.pack.code}/count-victims` };
}

/** How many sentences back the figure an additive one comes on top of may be. */
const ADDITIVE_REACH = 8;
/** How far before a figure an additive word may stand ("the security force also detained two…"). */
const ADDITIVE_BEFORE = 20;

/**
 * "… captured a Taliban leader. … The security force also detained two suspected insurgents": a figure
 * marked as coming on top of the last one of its kind (pack `additives`) makes an implied total with
 * it ("count-additive-total": 3), placed right after it. A title's figures restate the story, so they are
 * not added to; `counts` is in document order, and so is the result.
 */
export function withAdditiveTotals(text: string, sentences: readonly Sentence[], counts: Count[], cp: CompiledPack, nextId: () => string): Count[] {
  const out: Count[] = [];
  const last = new Map<CountKind, Count>();
  for (const c of counts) {
    out.push(c);
    const sentence = sentences[c.sentence];
    if (!sentence || isTitle(sentence)) continue;
    const previous = last.get(c.kind);
    const from = Math.max(sentence.start, c.evidence.start - ADDITIVE_BEFORE);
    if (previous && previous.sentence >= c.sentence - ADDITIVE_REACH && previous.evidence.end <= c.evidence.start
      && c.rule !== `${cp.pack.code}/count-coordinated-total` && c.rule !== `${cp.pack.code}/count-singular-outcome`
      && (cp.additiveBefore.test(text.slice(from, c.evidence.start)) || cp.additiveModifier.test(c.evidence.text)
        || (additiveInside(c, cp) && (c.kind !== 'injured' || (previous.min === 1 && previous.max === 1))))) {
      const total: Count = {
        kind: c.kind, min: previous.min + c.min, max: previous.max !== null && c.max !== null ? previous.max + c.max : null,
        exact: previous.exact && c.exact, who: null, sentence: c.sentence, sourceId: c.sourceId, evidence: c.evidence,
        status: 'implied', rule: `${cp.pack.code}/count-additive-total`, id: nextId(),
      };
      out.push(total);
      last.set(c.kind, total);
      continue;
    }
    last.set(c.kind, c);
  }
  return out;
}
