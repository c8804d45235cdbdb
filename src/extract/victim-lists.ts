/**
 * Lists of victims summed member by member (pack: counts.victimLists):
 *   "Six Jesuit priests, their housekeeper and her daughter were murdered"  → killed 8
 *   "Jose Rodriguez and his bodyguard were killed"                         → killed 2
 *   "the assassination of Dr Hector Oqueli and his companion, Gilda Flores" → killed 2
 *   "Two policemen and a civilian were wounded"                            → injured 3
 * A member is a numbered group ("six Jesuit priests", "one of his bodyguards"), one person named by a
 * determiner or a possessive and a noun ("their housekeeper", "the mayor of Achi", "Torrado's son"), or a
 * proper name ("Jose Rodriguez", "bodyguard Jairo Ortega"). The list stands right before an outcome of the
 * counts lexicon (subject: "…were murdered") or right after an object cue ("the murder of …", "killing …").
 * Set off by commas, a description of the member before it ("Jose Perez, the mayor, and …"), a name of the
 * one before it ("his companion, Gilda Flores"), an age ("Pilar Pulido, 19") or the break-down of a group
 * ("two reporters, Roberto Navas and Mauricio Pineda") is the same people, not more. With semicolons
 * between members, what commas set off inside a member is its description.
 * The sum is exact only when every member is counted; a plural with no number ("peasants") leaves an open
 * range (at least the others), never a made-up figure. The evidence spans the whole list and its outcome.
 * Names are read on the case-restored view (src/text/recase.ts), so all-capitals wire copy works too.
 */
import { alternation, foldedLexicon, lexiconKey, lookup, WORD_END, WORD_START, withUnaccented } from '../common/patterns.js';
import { evidenceAt } from '../core/spans.js';
import type { Count, CountKind } from '../core/schema.js';
import type { LanguagePack } from '../lang/pack.js';
import { caseView } from '../text/recase.js';
import type { Sentence } from '../text/segment.js';
import { NAME, type CompiledPack } from './compiled.js';
import { findQuantities } from './quantities.js';

/** What a list can say happened to its members. */
const LIST_KINDS: ReadonlySet<CountKind> = new Set<CountKind>(['killed', 'injured', 'kidnapped', 'arrested', 'missing']);

/** How many words of modifiers may stand before a member's noun or a name's role ("Guatemalan social democratic leader"). */
const MAX_MODIFIERS = 3;
/**
 * How far a list reaches from its outcome or its cue, in characters (a dozen members): a sentence with
 * no end (a 190 KB line) would otherwise be read whole again for each outcome in it.
 */
const LIST_REACH = 600;
/** An opener ("said that", "a fait savoir que") ends this close to the member it opens. */
const OPENER_REACH = 80;

/** Where a list that ends at `end` may start: LIST_REACH back, moved on to the next word's start. */
function listStart(s: string, end: number): number {
  if (end <= LIST_REACH) return 0;
  const from = end - LIST_REACH;
  const space = s.slice(from, end).search(/\s/u);
  return space < 0 ? end : from + space + 1;
}

/** Where a list that starts at `start` must end: LIST_REACH on, moved back to the previous word's end. */
function listLimit(s: string, start: number): number {
  if (s.length - start <= LIST_REACH) return s.length;
  const to = start + LIST_REACH;
  const space = s.slice(start, to).search(/\s\S*$/u);
  return space < 0 ? start : start + space;
}

/** How many words a noun's complement or relative clause may take ("the mayor of the town of San Pedro"). */
const MAX_POSTMODIFIER = 8;

type Kind = 'name' | 'one' | 'role' | 'numbered' | 'many' | 'age';
interface Member { kind: Kind; min: number; max: number | null; article: boolean; determined: boolean; head: string | null; start: number; end: number; whole: boolean; relative: boolean }
type Sep = 'semi' | 'comma' | 'join' | null;
interface Piece { start: number; end: number; sep: Sep }
interface Listed extends Member { sep: Sep }

interface Patterns {
  separator: RegExp;
  outcome: RegExp;
  gapAtEnd: RegExp;
  auxiliaryInside: RegExp;
  objectCue: RegExp;
  possessedCue: RegExp;
  additiveInside: RegExp;
  pluralMarker: RegExp;
  singularMarker: RegExp;
  possessedCues: Map<string, CountKind>;
  afterQuantity: RegExp;
  noun: RegExp;
  name: RegExp;
  age: RegExp;
  relativeAtStart: RegExp;
  complementLinkAtEnd: RegExp;
  ageInside: RegExp;
  determinerAtStart: RegExp;
  postmodifier: RegExp;
  openerAtEnd: RegExp;
  people: Map<string, 'one' | 'many'>;
  articles: Set<string>;
  possessiveEndings: readonly string[];
  groupHeads: Set<string>;
  objectCues: Map<string, CountKind>;
  outcomes: Map<string, CountKind>;
  verbsBefore: Map<string, CountKind>;
  notNameWords: Set<string>;
}

const cache = new WeakMap<LanguagePack, Patterns>();

function patternsOf(cp: CompiledPack): Patterns {
  const hit = cache.get(cp.pack);
  if (hit) return hit;
  const { counts, grammar, entities, attribution, numbers } = cp.pack;
  const v = counts.victimLists;
  const words = (phrases: Iterable<string>) => [...phrases].flatMap((p) => p.split(/\s+/)).filter(Boolean);
  const joiners = alternation(withUnaccented(v.joiners));
  const determiners = alternation(withUnaccented(v.determiners));
  const people = alternation(withUnaccented(Object.keys(v.people)));
  // A modifier is any word but a function word, a verb of the lexicons or a joiner: "the rebels attacked the
  // mayor" is no member, "his Salvadoran driver", "the departmental government secretary" are.
  const stop = alternation(withUnaccented(new Set([
    ...grammar.auxiliaries, ...grammar.complementizers, ...grammar.prepositions, ...grammar.relativePronouns, ...grammar.negations,
    ...grammar.listJoiners, ...entities.determiners, ...v.determiners, ...v.gapWords, ...words(grammar.complementLinks),
    ...words(v.joiners), ...words(attribution.reportingVerbs), ...words(Object.keys(counts.verbsBefore)),
    ...words(Object.keys(counts.outcomes)), ...words(Object.keys(v.objectCues)),
  ])));
  const modifier = `(?!(?:${stop})${WORD_END})[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*`;
  const objectOutcomes = new Set(counts.objectOutcomes.map(lexiconKey));
  const subjectOutcomes = [...Object.keys(counts.outcomes), ...Object.keys(counts.singularOutcomes).filter((p) => !objectOutcomes.has(lexiconKey(p)))];
  const gap = alternation(withUnaccented([...v.gapWords, ...grammar.auxiliaries]));
  const partitive = alternation(counts.partitives);
  const capitalised = (list: readonly string[]) => list.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]);
  const roles = alternation(withUnaccented(capitalised([...Object.entries(v.people).filter(([, n]) => n === 'one').map(([w]) => w), ...entities.roles])));
  const titles = alternation(capitalised(entities.titles));
  const openers = alternation(withUnaccented([...grammar.complementizers, ...grammar.relativePronouns, ...attribution.reportingVerbs]));
  // "the mayor of Achi", "a police official who died at the clinic" (not "his wife at their home near …").
  const postLinks = alternation(withUnaccented([...grammar.complementLinks, ...grammar.relativePronouns]));
  const after = Math.max(0, Math.floor(v.modifiersAfter));
  const patterns: Patterns = {
    separator: new RegExp(`\\s*;\\s*(?:(?:${joiners})\\s+)?|\\s*,\\s*(?:(?:${joiners})\\s+)?|\\s+(?:${joiners})\\s+`, 'giu'),
    outcome: new RegExp(`${WORD_START}(?<outcome>${alternation(withUnaccented(subjectOutcomes))})${WORD_END}`, 'giu'),
    gapAtEnd: new RegExp(`[\\s,]*(?:${WORD_START}(?:${gap})\\s+){0,3}$`, 'iu'),
    auxiliaryInside: new RegExp(`${WORD_START}(?:${alternation(grammar.auxiliaries)})${WORD_END}`, 'iu'),
    objectCue: new RegExp(`${WORD_START}(?<cue>${alternation(withUnaccented(Object.keys(v.objectCues)))})(?:\\s+|(?<=['’]))`, 'giu'),
    possessedCue: new RegExp(`(?<name>${NAME})\\s+(?<cue>${alternation(withUnaccented(Object.keys(v.possessedCues)))})${WORD_END}`, 'gu'),
    possessedCues: foldedLexicon(v.possessedCues),
    additiveInside: new RegExp(`${WORD_START}(?:${alternation(withUnaccented(counts.additives))})${WORD_END}`, 'iu'),
    singularMarker: v.singularMarkers.length ? new RegExp(`${WORD_START}(?:${alternation(withUnaccented(v.singularMarkers))})${WORD_END}`, 'iu') : /$^/u,
    pluralMarker: v.pluralMarkers.length ? new RegExp(`${WORD_START}(?:${alternation(withUnaccented(v.pluralMarkers))})${WORD_END}`, 'iu') : /$^/u,
    afterQuantity: new RegExp(`^\\s+(?:(?:${partitive})(?:\\s+|(?<=['’]))(?:(?:${determiners})(?:\\s+|(?<=['’])))?)?(?:${modifier}\\s+){0,${MAX_MODIFIERS}}(?<noun>${people})${WORD_END}(?:\\s+${modifier}){0,${after}}`, 'iu'),
    noun: new RegExp(`^(?:(?<det>${determiners})(?:\\s+|(?<=['’]))|(?<poss>${NAME})\\s+)?(?:${modifier}\\s+){0,${MAX_MODIFIERS}}(?<noun>${people})${WORD_END}(?:\\s+${modifier}){0,${after}}`, 'iu'),
    name: new RegExp(`^(?:(?<title>${titles})\\.?\\s+|(?<role>(?:${modifier}\\s+){0,${MAX_MODIFIERS}}?(?:${roles}))\\s+)?(?<name>${NAME})`, 'u'),
    age: new RegExp(`^\\d{1,3}(?:\\s*-?\\s*(?:${alternation(withUnaccented(v.ageWords))}))?$`, 'iu'),
    ageInside: new RegExp(`^\\s*-?\\s*(?:${alternation(withUnaccented(v.ageWords))})${WORD_END}`, 'iu'),
    complementLinkAtEnd: new RegExp(`${WORD_START}(?:${alternation(withUnaccented(grammar.complementLinks))})$`, 'iu'),
    relativeAtStart: new RegExp(`^[\\s,]*(?:${alternation(withUnaccented(grammar.relativePronouns))})${WORD_END}`, 'iu'),
    determinerAtStart: new RegExp(`^(?:${determiners})(?:\\s+|(?<=['’]))`, 'iu'),
    postmodifier: new RegExp(`^(?:\\s*$|\\s+(?:${postLinks})${WORD_END})`, 'iu'),
    openerAtEnd: new RegExp(`(?:${WORD_START}(?:${openers})|[:"“(\\[])\\s*$`, 'iu'),
    people: foldedLexicon(v.people),
    articles: new Set(v.articles.map(lexiconKey)),
    possessiveEndings: v.possessiveEndings,
    groupHeads: new Set(v.groupHeads.map(lexiconKey)),
    objectCues: foldedLexicon(v.objectCues),
    outcomes: cp.outcomes,
    verbsBefore: cp.verbsBefore,
    notNameWords: new Set([
      ...entities.notNames, ...entities.organisationHeads, ...Object.keys(entities.demonyms), ...Object.keys(cp.pack.time.months),
      ...Object.keys(cp.pack.time.weekdays), ...Object.keys(numbers.words), ...Object.keys(v.people),
    ].map(lexiconKey)),
  };
  cache.set(cp.pack, patterns);
  return patterns;
}

/** Counts of the lists of victims in a sentence that no count of `existing` already gives (or gives less). */
export function victimListCounts(text: string, sentence: Sentence, cp: CompiledPack, existing: readonly Count[], nextId: () => string): Count[] {
  const p = patternsOf(cp);
  // Names are read with case restored; every offset of the view is the sentence's.
  const s = caseView(sentence.text, cp.knownWords);
  const out: Count[] = [];
  const add = (kind: CountKind, members: Listed[], start: number, end: number, rule: string, closed: boolean, plural = false, singular = false) => {
    const total = totalOf(members, closed, rule === 'count-victim-list-object', p);
    if (!total || (total.single && plural) || (!total.single && singular)) return;
    const span = { start: sentence.start + start, end: sentence.start + end };
    const covered = [...existing, ...out].some((c) => c.kind === kind && c.evidence.start < span.end && span.start < c.evidence.end && c.min >= total.min);
    if (covered) return;
    out.push({ id: nextId(), kind, min: total.min, max: total.max, exact: total.max === total.min, who: null, sentence: sentence.index,
      sourceId: null, evidence: evidenceAt(text, span.start, span.end), status: 'implied',
      rule: `${cp.pack.code}/${total.single ? 'count-victim-person' : rule}` });
  };

  // Subject lists: "…, their housekeeper and her daughter were murdered".
  p.outcome.lastIndex = 0;
  for (const m of s.matchAll(p.outcome)) {
    const kind = lookup(p.outcomes, m.groups!.outcome!);
    if (!kind || !LIST_KINDS.has(kind)) continue;
    // "Judge John Hurt": a capitalised outcome word inside a sentence is a name (the view of capitals copy is lower case).
    if (m.index! > 0 && /^\p{Lu}/u.test(m[0])) continue;
    const gap = p.gapAtEnd.exec(s.slice(Math.max(0, m.index! - OPENER_REACH), m.index))!;
    const end = m.index! - gap[0].length;
    // "The mayor and his men killed two soldiers", "…who had killed Father Ellacuria": a verb with its object after it is active.
    const objectAt = m.index + m[0].length + (/^\s*/u.exec(s.slice(m.index + m[0].length))![0].length);
    // With no auxiliary, only the end of the clause or a preposition may follow ("The suspect shot 3 times" is active).
    const bare = !p.auxiliaryInside.test(gap[0]);
    if (lookup(p.verbsBefore, m.groups!.outcome!)
      && ((bare && !cp.elidedPeopleEnd.test(s.slice(objectAt))) || memberAt(s, text, sentence.start, objectAt, s.length, cp, p))) continue;
    const members = subjectList(s, text, sentence.start, end, cp, p);
    // "…, and Elliseo Cantu, 16, were killed": a plural verb after one person found says the list was not read whole.
    const plural = p.pluralMarker.test(gap[0]) || p.pluralMarker.test(m[0]);
    // "Rene Lopez, an immigration official and leader of the party, was shot dead": a singular verb says one person.
    const singular = p.singularMarker.test(gap[0]) || p.singularMarker.test(m[0]);
    if (members.length) add(kind, members, members[0]!.start, m.index + m[0].length, 'count-victim-list', gap[0].includes(','), plural, singular);
  }

  // Object lists: "the murder of six Jesuits, their cook and her daughter", "killing the mayor and his wife".
  p.objectCue.lastIndex = 0;
  for (const m of s.matchAll(p.objectCue)) {
    const kind = lookup(p.objectCues, m.groups!.cue!);
    if (!kind) continue;
    const members = objectList(s, text, sentence.start, m.index + m[0].length, cp, p);
    // One numbered group is read after a noun ("the murder of six Jesuits"); after a verb it is the counts engine's.
    const nominal = p.complementLinkAtEnd.test(m.groups!.cue!);
    if (members.length === 1 && members[0]!.kind === 'numbered' && !nominal) continue;
    if (members.length) add(kind, members, m.index, members.at(-1)!.end, 'count-victim-list-object', /^\s*,/.test(s.slice(members.at(-1)!.end)));
  }
  // "Galan's murder", "Hoyos' death": one person, the name before the cue.
  p.possessedCue.lastIndex = 0;
  for (const m of s.matchAll(p.possessedCue)) {
    const kind = lookup(p.possessedCues, m.groups!.cue!);
    const name = m.groups!.name!;
    // "Judge Ortega's": the title or role before the name is not part of it.
    const tokens = name.replace(/['’]s?$/iu, '').split(/\s+/);
    while (tokens.length > 1 && p.notNameWords.has(lexiconKey(tokens[0]!))) tokens.shift();
    if (!kind || !p.possessiveEndings.some((e) => name.toLowerCase().endsWith(e)) || !isName(tokens.join(' '), true, p)) continue;
    add(kind, [{ kind: 'name', min: 1, max: 1, article: false, determined: true, head: null, start: m.index!, end: m.index! + m[0].length, whole: true, relative: false, sep: null }],
      m.index!, m.index! + m[0].length, 'count-victim-person', false);
  }
  return out;
}

/**
 * "Torrado's son, William; …; and bodyguard Jairo Ortega, were also killed": a list whose own words say it
 * comes on top of an earlier count (pack `additives` between the list and its outcome), for the additive
 * totals of the counts engine. Lists of the dead, and one person hit or wounded named by a noun of their own
 * ("A man was shot … A woman was also wounded"; the counts engine adds it only to one person hit before it).
 * On groups hit or wounded ("were also shot" after a death), "also" is too often said of people already counted.
 */
export function additiveInside(c: Count, cp: CompiledPack): boolean {
  const listed = c.kind === 'killed' ? /\/count-victim-(?:list|person)$/.test(c.rule)
    // "A man was shot … A woman was also wounded": one more person named by a noun of their own.
    : c.kind === 'injured' && c.min === 1 && c.max === 1 && /\/count-victims-outcome$/.test(c.rule);
  return listed && patternsOf(cp).additiveInside.test(c.evidence.text.replace(/^\S+/u, ''));
}

/** The pieces of s[from, to) between list separators, each with the separator before it. */
function piecesOf(s: string, from: number, to: number, p: Patterns): Piece[] {
  const region = s.slice(from, to);
  const out: Piece[] = [];
  let start = 0;
  let sep: Sep = null;
  p.separator.lastIndex = 0;
  for (const m of region.matchAll(p.separator)) {
    if (m.index! > start) out.push({ start: from + start, end: from + m.index!, sep });
    sep = /[^\s,;]/.test(m[0]) ? 'join' : m[0].includes(';') ? 'semi' : 'comma';
    start = m.index! + m[0].length;
  }
  if (start < region.length) out.push({ start: from + start, end: to, sep });
  return out;
}

/**
 * The member that s[start, end) is, whole or with what follows it (`whole` false): a numbered group, one
 * person (determiner or possessive and a noun), a name (a title or role may come first), a bare role,
 * many people with no figure, or an age. A noun's complement or relative clause belongs to it.
 */
function memberAt(s: string, text: string, base: number, start: number, end: number, cp: CompiledPack, p: Patterns): Member | null {
  const piece = s.slice(start, end);
  const make = (kind: Kind, min: number, max: number | null, length: number, head: string | null, article = false, determined = false): Member => {
    const tail = piece.slice(length);
    const whole = length >= piece.trimEnd().length || (p.postmodifier.test(tail) && tail.trim().split(/\s+/).length <= MAX_POSTMODIFIER);
    // "a woman who barricaded herself and a child": what follows a relative clause may be its own.
    const relative = whole && p.relativeAtStart.test(tail);
    return { kind, min, max, article, determined, head, start, end: start + Math.min(length, piece.trimEnd().length), whole, relative };
  };
  if (p.age.test(piece.trim())) return make('age', 0, 0, piece.length, null);

  // "six Jesuit priests", "the two peasants", "one of his bodyguards"
  const det = p.determinerAtStart.exec(piece);
  for (const offset of [0, det ? det[0].length : -1]) {
    if (offset < 0) continue;
    const q = findQuantities(text, base + start + offset, base + end, cp)[0];
    if (!q || q.start !== base + start + offset) continue;
    const rest = p.afterQuantity.exec(s.slice(q.end - base, end));
    if (!rest) continue;
    // "a six year old boy", "her nine-year-old friend": the figure is an age.
    if (p.ageInside.test(rest[0])) break;
    // "a civilian" is one person named by an article (read below); "one of his bodyguards" is a figure.
    if (q.articleOne && lookup(p.people, rest.groups!.noun!) === 'one') break;
    return make('numbered', q.min, q.max, q.end - base - start + rest[0].length, rest.groups!.noun!);
  }

  const name = p.name.exec(piece);
  const possessive = (n: string) => p.possessiveEndings.some((e) => e.length > 1 && n.toLowerCase().endsWith(e));
  if (name && !possessive(name.groups!.name!) && isName(name.groups!.name!, !!(name.groups!.title || name.groups!.role), p)) {
    return make('name', 1, 1, name[0].length, null);
  }

  const noun = p.noun.exec(piece);
  if (noun) {
    const head = noun.groups!.noun!;
    const number = lookup(p.people, head);
    const poss = noun.groups!.poss;
    // The pattern folds case: a possessive is a capitalised name ("Torrado's son", not "shooting the child's mother").
    if (poss && (!p.possessiveEndings.some((e) => poss.endsWith(e)) || !poss.split(/\s+/).every((t) => /^\p{Lu}/u.test(t)))) return null;
    const determined = !!(noun.groups!.det || poss);
    const article = !!noun.groups!.det && p.articles.has(lexiconKey(noun.groups!.det));
    if (number === 'many') return make('many', 0, null, noun[0].length, head, article, determined);
    if (number === 'one') return make(determined ? 'one' : 'role', 1, 1, noun[0].length, head, article, determined);
  }
  return null;
}

/** A proper name of a person: not a word of the lexicons, not only acronyms; one word only after a title or role. */
function isName(name: string, titled: boolean, p: Patterns): boolean {
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 && !titled) return false;
  if (!tokens.some((t) => /\p{Ll}/u.test(t))) return false;
  return tokens.every((t) => !p.notNameWords.has(lexiconKey(t)));
}

/** The member ending at s[.., end) of a piece, after an opener ("said that", "reported"), or null. */
function memberInTail(s: string, text: string, base: number, piece: Piece, cp: CompiledPack, p: Patterns): Member | null {
  const WORD = /(?<![\p{L}\p{N}'’])[\p{L}\p{N}]/gu;
  const slice = s.slice(piece.start, piece.end);
  for (const w of slice.matchAll(WORD)) {
    if (w.index === 0) continue;
    const at = piece.start + w.index!;
    if (!p.openerAtEnd.test(s.slice(Math.max(piece.start, at - OPENER_REACH), at))) continue;
    const m = memberAt(s, text, base, at, piece.end, cp, p);
    if (m && m.whole) return m;
  }
  return null;
}

/** The list ending at `listEnd`, read backwards from the outcome: its members, left to right. */
function subjectList(s: string, text: string, base: number, listEnd: number, cp: CompiledPack, p: Patterns): Listed[] {
  const pieces = piecesOf(s, listStart(s, listEnd), listEnd, p);
  const semicolons = pieces.some((x) => x.sep === 'semi');
  const members: Listed[] = [];
  let joins = 0;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    const sepAfter = pieces[i + 1]?.sep ?? null;
    if (sepAfter === 'join' && ++joins > 1) break;
    // With semicolons between members, what a comma sets off is a description.
    if (semicolons && piece.sep === 'comma') continue;
    const whole = memberAt(s, text, base, piece.start, piece.end, cp, p);
    if (whole && whole.whole) {
      members.unshift({ ...whole, sep: piece.sep });
      continue;
    }
    const tail = memberInTail(s, text, base, piece, cp, p);
    if (tail) members.unshift({ ...tail, sep: piece.sep });
    break;
  }
  if (members[0]) members[0].sep = null;
  return members;
}

/** The list starting at `from`, right after an object cue: its members, left to right. */
function objectList(s: string, text: string, base: number, from: number, cp: CompiledPack, p: Patterns): Listed[] {
  const pieces = piecesOf(s, from, listLimit(s, from), p);
  if (!pieces[0] || pieces[0].start !== from) return [];
  const firstJoin = pieces.findIndex((x) => x.sep === 'join');
  const semicolons = pieces.slice(0, firstJoin < 0 ? pieces.length : firstJoin + 1).some((x) => x.sep === 'semi');
  const members: Listed[] = [];
  let joined = false;
  for (const piece of pieces) {
    if (piece.sep === 'join') {
      if (joined) break;
      joined = true;
    } else if (semicolons && piece.sep === 'comma') continue;
    const m = memberAt(s, text, base, piece.start, piece.end, cp, p);
    if (!m) break;
    const listed = { ...m, sep: piece.sep };
    // After the last member, only what describes it again ("and his companion, Gilda Flores").
    if (joined && piece.sep !== 'join' && !(members.at(-1) && appositive(members.at(-1)!, listed))) break;
    members.push(listed);
    if ((!m.whole || m.relative) && !(semicolons && !joined)) break;
  }
  return members;
}

/** A member set off by a comma that says again who the one before it is. */
function appositive(prev: Member, next: Member): boolean {
  if (next.kind === 'age') return prev.kind === 'name' || prev.kind === 'one';
  if (next.kind === 'role') return prev.kind === 'name' || prev.kind === 'one';
  if (next.kind === 'one' && next.article) return prev.kind === 'name';
  if (next.kind === 'name') return prev.kind === 'one' || prev.kind === 'role';
  // "Angel Marroquin and Jose Flores, members of the civil defense"
  if (next.kind === 'many' && !next.determined) return prev.kind === 'name';
  return false;
}

/**
 * The list's total: appositives and a group's break-down counted once; null when it is not a list of two. A
 * break-down is told from more members by its names, a generic group ("three people, two women and a man"), or
 * the comma that closes it ("three other peasants, two women and a boy, also died").
 */
function totalOf(listed: readonly Listed[], closed: boolean, object: boolean, p: Patterns): { min: number; max: number | null; single?: boolean } | null {
  const kept: Listed[] = [];
  let joined = false;
  for (const m of listed) {
    if (m.kind === 'age') continue;
    const prev = kept.at(-1);
    // After the member the joiner brings, what a comma sets off describes it ("…, and Baltazar Figueroa, his assistant, were arrested").
    if (prev && m.sep === 'comma' && (joined || appositive(prev, m))) continue;
    if (m.sep === 'join') joined = true;
    kept.push(m);
  }
  // "two reporters, Roberto Navas and Mauricio Pineda", "three civilians, two women and a man": the group once.
  for (let i = 0; i + 1 < kept.length; i++) {
    const group = kept[i]!;
    const rest = kept.slice(i + 1);
    if (rest[0]!.sep !== 'comma' || rest.some((m) => m.kind === 'many')) continue;
    const restSum = rest.reduce((n, m) => n + m.min, 0);
    const names = rest.every((m) => m.kind === 'name');
    const generic = group.head !== null && p.groupHeads.has(lexiconKey(group.head));
    if (group.kind === 'numbered' && group.min === group.max && restSum === group.min && (names || generic || closed)) { kept.splice(i + 1); break; }
    if (group.kind === 'many' && names) { kept.splice(i, 1); break; }
  }
  // One person, described again or not: "Guillermo Rojas, the union leader, died", "killed a watchman".
  if (kept.length === 1 && (kept[0]!.kind === 'name' || kept[0]!.kind === 'one')) return { min: 1, max: 1, single: true };
  // "the murder of six Jesuits": one numbered group after an object cue, its figure (before an outcome the counts engine reads it).
  if (object && listed.length === 1 && kept.length === 1 && kept[0]!.kind === 'numbered') return { min: kept[0]!.min, max: kept[0]!.max };
  // A list names its last member after a joiner ("…, their cook and her daughter"): "A third child, his son, died" is one.
  if (listed.filter((m) => m.kind !== 'age').length < 2 || !listed.some((m) => m.sep === 'join')) return null;
  let min = 0;
  let max: number | null = 0;
  for (const m of kept) {
    // A bare role ("his bodyguard and driver", "killed mother and daughter") may be the one before it: not counted, open above.
    if (m.kind === 'role') { max = null; continue; }
    min += m.min;
    max = max === null || m.max === null ? null : max + m.max;
  }
  return min >= 2 ? { min, max } : null;
}
