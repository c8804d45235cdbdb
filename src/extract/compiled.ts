/**
 * A pack's lexicons turned into regular expressions and lookup maps, once per pack and process.
 * Extractors receive this, never the raw lexicons, so no pattern is built per sentence.
 */
import { alternation, foldedLexicon, lexiconKey, WORD_END, WORD_START, withUnaccented } from '../common/patterns.js';
import type { ActorDef, LanguagePack, QualifierKind, TriggerDef } from '../lang/pack.js';
import { knownWords } from '../text/recase.js';
import type { CountKind, PartOfDay, Weekday } from '../core/schema.js';

export interface CompiledTrigger { def: TriggerDef; regex: RegExp; index: number }

export interface CompiledPack {
  pack: LanguagePack;
  // quantities
  quantity: RegExp;
  numberWords: Map<string, number>;
  multipliers: Map<string, number>;
  joiners: Set<string>;
  articleOne: Set<string>;
  vague: Map<string, readonly [number, number | null]>;
  qualifiers: Map<string, QualifierKind>;
  notPeopleAfter: RegExp;
  /** An additive adverb ending right before a figure's phrase; an additive modifier in it. */
  additiveBefore: RegExp;
  additiveModifier: RegExp;
  // counts
  victimsAtStart: RegExp;
  victims: Map<string, string>;
  outcomeAnywhere: RegExp;
  outcomeAtStart: RegExp;
  outcomes: Map<string, CountKind>;
  outcomeNounAtStart: RegExp;
  outcomeNouns: Map<string, CountKind>;
  verbBeforeAtEnd: RegExp;
  /** "detained the leader and ": a verb, one person named by a determiner and a noun, a list joiner, at the end. */
  personThenJoinerAtEnd: RegExp;
  verbsBefore: Map<string, CountKind>;
  ellipsisAtEnd: RegExp;
  singularOutcome: RegExp;
  singularOutcomes: Map<string, CountKind>;
  /** Folded `objectOutcomes`: their victim comes after them, so a negation before them is not theirs. */
  objectOutcomes: Set<string>;
  /** Folded `selfOutcomes`: what a shooter did to himself. */
  selfOutcomes: Set<string>;
  /** A count's evidence that ends ("four people were shot") or starts ("shooting five people") with a hit outcome. */
  hitAtEnd: RegExp;
  hitAtStart: RegExp;
  otherPeople: RegExp;
  /** "one fatally", "two of them died" right after a figure (the figure is matched apart). */
  fatalShareAtStart: RegExp;
  /** Pack `aggregateCues`: a figure's clause that tallies a period or several incidents. */
  aggregateCue: RegExp;
  negation: RegExp;
  // time
  time: RegExp;
  weekdays: Map<string, Weekday>;
  months: Map<string, number>;
  partsOfDay: Map<string, PartOfDay>;
  relativeDays: Map<string, number>;
  lastNight: Set<string>;
  dayBefore: Set<string>;
  weekdayDirection: Map<string, 'past' | 'future'>;
  monthParts: Map<string, 'early' | 'mid' | 'late' | 'whole'>;
  futureCue: RegExp;
  /** A follow-up act right before a date ("said on Saturday", "was arraigned Thursday"). */
  followUpActAtEnd: RegExp;
  /** A follow-up act right after a date, with no comma between ("the coroner's office on Thursday said"). */
  followUpActAtStart: RegExp;
  /** A page stamp right before a date ("Published", "Updated:"). */
  stampCueAtEnd: RegExp;
  holidays: Map<string, { month: number; day: number }>;
  // attribution
  reportingVerb: RegExp;
  invertedPronoun: RegExp;
  accordingTo: RegExp;
  citedBy: RegExp;
  told: RegExp;
  imagery: RegExp;
  sameSourceAtStart: RegExp;
  // grammar
  complementizerAtStart: RegExp;
  complementizerInside: RegExp;
  listSplitter: RegExp;
  outletPrepositionAtStart: RegExp;
  complementLinkAtStart: RegExp;
  complementLinkAtEnd: RegExp;
  determinerBefore: RegExp;
  subjectFollowerAtStart: RegExp;
  clauseCrossing: RegExp;
  /** What may follow a figure whose people are left unsaid: punctuation, the end, a joiner or a preposition. */
  elidedPeopleEnd: RegExp;
  /** After "killed one": the clause goes on with a joiner or ends ("killed one and injured three"). */
  elidedOneEnd: RegExp;
  /** A relative pronoun anywhere in a gap, and one that opens it ("five people who were shot"). */
  relativeInside: RegExp;
  relativeAtStart: RegExp;
  imageryVerb: RegExp;
  // entities
  titleThenName: RegExp;
  roleThenName: RegExp;
  mediaName: RegExp;
  mediaHeads: Set<string>;
  organisationHead: RegExp;
  organisationHeads: Set<string>;
  /** Heads written capitalised in the lexicon ("Mouvement") name an organisation only when capitalised. */
  capitalisedOnlyHeads: Set<string>;
  acronymLongForm: RegExp;
  properName: RegExp;
  notNames: Set<string>;
  demonymPattern: RegExp;
  demonyms: Map<string, string>;
  countryAnaphora: RegExp;
  subCitySpot: RegExp;
  placeCueThenName: RegExp;
  /** A region head right after a place name ("␣province"), or right before it ("province de␣"); null when the pack has none. */
  regionHeadAfter: RegExp | null;
  regionHeadBefore: RegExp | null;
  /** A section head right after a place name ("␣neighborhood"); null when the pack has none. */
  sectionHeadAfter: RegExp | null;
  /** A mention that ends with a county head ("Shelby County"); null when the pack has none. */
  countyHeadAtEnd: RegExp | null;
  /** An institution's head after a place name, at most two capitalised words on ("␣Memorial Hospital"). */
  institutionHeadAfter: RegExp | null;
  institutionHeadBefore: RegExp | null;
  /** A scene locative right before a place ("in␣", "near the town of␣"); null when the pack has none. */
  sceneLocativeBefore: RegExp | null;
  /** A resident noun right after a place ("␣man", "␣teen"); null when the pack has none. */
  residentAfter: RegExp | null;
  determinerAtStart: RegExp;
  // events
  triggers: CompiledTrigger[];
  /** Every literal cue of every trigger in one pattern, and the trigger each phrase belongs to. */
  triggerPhrase: RegExp;
  triggerOfPhrase: Map<string, CompiledTrigger>;
  /** Triggers written as a pattern ("accès à Internet … hors service"), run one by one. */
  patternTriggers: CompiledTrigger[];
  actor: RegExp;
  actors: Map<string, ActorDef>;
  clauseBoundary: RegExp;
  hedge: RegExp;
  hedges: Map<string, 'attempt' | 'hedged' | 'claimed'>;
  background: RegExp;
  nonConflict: RegExp;
  irrealisAtEnd: RegExp;
  /** Words the pack knows (common words and lexicon words), to restore case in upper-case copy. */
  knownWords: Set<string>;
}

const cache = new WeakMap<LanguagePack, CompiledPack>();
const w = (source: string, flags = 'giu') => new RegExp(`${WORD_START}${source}${WORD_END}`, flags);
const keys = (o: object) => withUnaccented(Object.keys(o));

export function compilePack(pack: LanguagePack): CompiledPack {
  const hit = cache.get(pack);
  if (hit) return hit;
  const { numbers, quantities, counts, time, attribution, entities, events, grammar } = pack;
  const auxiliaries = alternation(grammar.auxiliaries);
  const complementizers = alternation(grammar.complementizers);

  const numberWord = alternation(withUnaccented([...Object.keys(numbers.words), ...Object.keys(numbers.multipliers)]));
  const joiner = alternation(numbers.joiners);
  const sep = `[${numbers.thousandsSeparators.replace(/[\]\\^-]/g, '\\$&')}]`;
  const dec = numbers.decimalSeparator === ',' ? ',' : '\\.';
  // Digits grouped by thousands ("1 350", "2.500") or plain, with an optional decimal part and scale word.
  const digits = `\\d{1,3}(?:${sep}\\d{3})+(?:${dec}\\d+)?|\\d+(?:${dec}\\d+)?`;
  const words = `${numberWord}(?:(?:[-\\s]+|\\s+${joiner}\\s+|\\s*-\\s*${joiner}\\s*-\\s*)${numberWord}){0,8}`;
  const scale = alternation(withUnaccented(Object.keys(numbers.multipliers)));
  const vague = alternation(keys(quantities.vague));
  const qualifier = alternation(keys(quantities.qualifiers));
  const quantity = `(?<qualifier>${qualifier}\\s*)?(?:(?<vague>${vague})|(?<digits>${digits})(?:\\s+(?<scale>${scale}))?|(?<words>${words}))`;

  const victimAlt = alternation(keys(counts.victims));
  // After an explicit figure a singular outcome is an outcome too ("Un policía fue asesinado").
  const objectOutcomes = new Set(counts.objectOutcomes.map((p) => p.toLowerCase()));
  const selfOutcomes = new Set(counts.selfOutcomes.map((p) => p.toLowerCase()));
  const subjectSingulars = Object.fromEntries(Object.entries(counts.singularOutcomes)
    .filter(([p]) => !objectOutcomes.has(p.toLowerCase()) && !selfOutcomes.has(p.toLowerCase())));
  const outcomes = { ...subjectSingulars, ...counts.outcomes };
  // "dozens of people", "des dizaines d'assaillants"; up to two modifiers before the noun
  // ("three young men", "a 23-year-old man", "numerous suspected insurgents").
  const partitive = `(?:${alternation(counts.partitives)}(?:\\s+|(?<=['’])))?`;
  const modifiers = `(?:[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*\\s+){0,2}?`;
  const compiled: CompiledPack = {
    pack,
    quantity: w(quantity),
    numberWords: foldedLexicon(numbers.words),
    multipliers: foldedLexicon(numbers.multipliers),
    joiners: new Set(numbers.joiners),
    articleOne: new Set(numbers.articleOne),
    vague: foldedLexicon(quantities.vague),
    qualifiers: foldedLexicon(quantities.qualifiers),
    additiveBefore: new RegExp(`${WORD_START}(?:${alternation(withUnaccented(counts.additives))})\\s+$`, 'iu'),
    additiveModifier: new RegExp(`${WORD_START}(?:${alternation(withUnaccented(counts.additiveModifiers))})${WORD_END}`, 'iu'),
    notPeopleAfter: new RegExp(`^\\s*(?:${alternation(quantities.notPeople)})${WORD_END}`, 'iu'),

    victimsAtStart: new RegExp(`^\\s*${partitive}${modifiers}(?<victims>${victimAlt})${WORD_END}`, 'iu'),
    victims: foldedLexicon(counts.victims),
    outcomeAnywhere: w(`(?<outcome>${alternation(keys(outcomes))})`),
    outcomeAtStart: new RegExp(`^\\s+(?<outcome>${alternation(keys(outcomes))})${WORD_END}`, 'iu'),
    outcomes: foldedLexicon(outcomes),
    outcomeNounAtStart: new RegExp(`^\\s*${partitive}(?<noun>${alternation(keys(counts.outcomeNouns))})${WORD_END}`, 'iu'),
    outcomeNouns: foldedLexicon(counts.outcomeNouns),
    personThenJoinerAtEnd: new RegExp(`${WORD_START}(?<verb>${alternation(keys(counts.verbsBefore))})\\s+(?:${alternation(entities.determiners)})\\s+${modifiers}(?<victims>${victimAlt})\\s*,?\\s+(?:${alternation(counts.ellipsisJoiners)})\\s+$`, 'iu'),
    verbBeforeAtEnd: new RegExp(`${WORD_START}(?<verb>${alternation(keys(counts.verbsBefore))})\\s+$`, 'iu'),
    verbsBefore: foldedLexicon(counts.verbsBefore),
    singularOutcome: w(`(?<outcome>${alternation(keys(counts.singularOutcomes))})`),
    singularOutcomes: foldedLexicon(counts.singularOutcomes),
    objectOutcomes,
    selfOutcomes,
    hitAtEnd: new RegExp(`${WORD_START}${alternation(withUnaccented(counts.hits))}$`, 'iu'),
    hitAtStart: new RegExp(`^${alternation(withUnaccented(counts.hits))}${WORD_END}`, 'iu'),
    otherPeople: new RegExp(`${WORD_START}${alternation(withUnaccented(counts.otherPeople))}${WORD_END}`, 'iu'),
    // '#' in a cue stands for one digit ('since ####' → "since 1980").
    aggregateCue: new RegExp(`${WORD_START}${alternation(withUnaccented(counts.aggregateCues)).replaceAll('#', '\\p{Nd}')}${WORD_END}`, 'iu'),
    fatalShareAtStart: new RegExp(`^\\s+${alternation(withUnaccented(counts.fatalShares))}${WORD_END}`, 'iu'),
    negation: new RegExp(`(?:${WORD_START}|(?<=['’]))${alternation(grammar.negations)}${WORD_END}`, 'iu'),
    ellipsisAtEnd: new RegExp(`${WORD_START}(?:${alternation(counts.ellipsisJoiners)})\\s+$`, 'iu'),

    time: buildTimePattern(pack),
    weekdays: foldedLexicon(time.weekdays),
    months: foldedLexicon(time.months),
    partsOfDay: foldedLexicon(time.partsOfDay),
    relativeDays: foldedLexicon(time.relativeDays),
    lastNight: new Set(time.lastNight.map((p) => p.toLowerCase().replace(/’/g, "'"))),
    dayBefore: new Set(time.dayBefore.map((p) => p.toLowerCase().replace(/’/g, "'"))),
    weekdayDirection: foldedLexicon(time.weekdayDirection),
    monthParts: foldedLexicon(time.monthParts),
    holidays: foldedLexicon(time.holidays),
    futureCue: w(alternation(time.futureCues), 'iu'),
    followUpActAtEnd: new RegExp(`${WORD_START}${alternation(withUnaccented(time.followUpActs))}[\\s,]*$`, 'iu'),
    followUpActAtStart: new RegExp(`^[ \\t]+${alternation(withUnaccented(time.followUpActs))}${WORD_END}`, 'iu'),
    stampCueAtEnd: time.stampCues.length ? new RegExp(`${WORD_START}${alternation(withUnaccented(time.stampCues))}[\\s:,]*$`, 'iu') : /$^/u,

    reportingVerb: w(`(?<verb>${alternation(withUnaccented(attribution.reportingVerbs))})`),
    invertedPronoun: w(`(?<verb>${alternation(withUnaccented(attribution.invertedPronounForms))})`),
    accordingTo: w(`(?<marker>${alternation(withUnaccented(attribution.accordingTo))})`),
    citedBy: w(`(?<marker>${alternation(withUnaccented(attribution.citedBy))})`),
    told: w(`(?<verb>${alternation(withUnaccented(attribution.toldVerbs))})`),
    sameSourceAtStart: new RegExp(`^\\s*${alternation(attribution.sameSource)}${WORD_END}`, 'iu'),
    imagery: w(`(?<marker>${alternation(withUnaccented(attribution.imagery))})`),

    complementizerAtStart: new RegExp(`^\\s*${complementizers}(?:${WORD_END}|(?<=['’]))`, 'iu'),
    complementizerInside: new RegExp(`\\s+${complementizers}(?:\\s|(?<=['’]))`, 'iu'),
    listSplitter: new RegExp(`\\s*,\\s*|\\s+${alternation(grammar.listJoiners)}\\s+`, 'giu'),
    outletPrepositionAtStart: new RegExp(`^\\s*(?:${alternation(grammar.outletPrepositions)}\\s+)?`, 'iu'),
    complementLinkAtStart: new RegExp(`^\\s+${alternation(grammar.complementLinks)}\\s*[\\p{L}\\p{M}-]+`, 'u'),
    complementLinkAtEnd: new RegExp(`${WORD_START}${alternation(grammar.complementLinks)}\\s*$`, 'iu'),
    determinerBefore: new RegExp(`(?:^|[\\s'’])${alternation(entities.determiners)}\\s*$`, 'iu'),
    subjectFollowerAtStart: new RegExp(`^\\s+${alternation(grammar.subjectFollowers)}${WORD_END}`, 'iu'),
    elidedOneEnd: new RegExp(`^\\s*(?:[,.;:!?)]|$|(?:${alternation(counts.ellipsisJoiners)})${WORD_END})`, 'iu'),
    elidedPeopleEnd: new RegExp(`^\\s*(?:[,.;:!?)]|$|(?:${alternation([...counts.ellipsisJoiners, ...grammar.prepositions])})${WORD_END})`, 'iu'),
    relativeInside: w(alternation(grammar.relativePronouns), 'iu'),
    relativeAtStart: new RegExp(`^[\\s,]*${alternation(grammar.relativePronouns)}${WORD_END}`, 'iu'),
    clauseCrossing: new RegExp(`[.;:!?]|,\\s*${auxiliaries}\\s`, 'iu'),
    imageryVerb: new RegExp(`\\s+${alternation(attribution.imageryVerbs)}${WORD_END}`, 'iu'),
    titleThenName: new RegExp(`${WORD_START}(?<title>${alternation(entities.titles)})(?<![\\p{L}])\\s+(?<name>${NAME})`, 'gu'),
    roleThenName: new RegExp(`${WORD_START}(?<role>${alternation(withUnaccented(entities.roles))})(?:\\s+${alternation(grammar.complementLinks)}\\s*[\\p{Ll}\\p{Lu}][\\p{L}-]+){0,2}\\s+(?<name>${NAME})`, 'gu'),
    mediaName: new RegExp(`${WORD_START}(?<name>${alternation(entities.mediaNames)})${WORD_END}`, 'gu'),
    mediaHeads: new Set(entities.mediaHeads.map((h) => h.toLowerCase())),
    organisationHead: w(`(?<head>${alternation(withUnaccented(entities.organisationHeads))})`),
    organisationHeads: new Set(entities.organisationHeads.map((h) => h.toLowerCase())),
    capitalisedOnlyHeads: new Set(entities.organisationHeads.filter((h) => /^\p{Lu}\p{Ll}/u.test(h)).map((h) => h.toLowerCase())),
    acronymLongForm: /(?<long>\p{Lu}[\p{L}'’-]+(?:\s+(?:[\p{L}'’-]+)){1,9}?)\s*\((?<acronym>\p{Lu}[\p{Lu}\d&.-]{1,9})\)/gu,
    properName: new RegExp(NAME, 'gu'),
    notNames: new Set(entities.notNames),
    demonymPattern: w(`(?<demonym>${alternation(withUnaccented(Object.keys(entities.demonyms)))})`),
    demonyms: foldedLexicon(entities.demonyms),
    countryAnaphora: w(alternation(entities.countryAnaphora)),
    subCitySpot: w(`(?<spot>${alternation(entities.subCitySpots)})\\s*(?<name>${NAME})`),
    placeCueThenName: new RegExp(`${WORD_START}${alternation(entities.placeCues)}\\s*(?<name>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)`, 'gu'),
    regionHeadAfter: entities.regionHeadsAfter.length ? new RegExp(`^\\s+(?:${alternation(entities.regionHeadsAfter)})${WORD_END}`, 'iu') : null,
    regionHeadBefore: entities.regionHeadsBefore.length ? new RegExp(`${WORD_START}(?:${alternation(withUnaccented(entities.regionHeadsBefore))})\\s*$`, 'iu') : null,
    sectionHeadAfter: entities.sectionHeadsAfter.length ? new RegExp(`^\\s+(?:${alternation(entities.sectionHeadsAfter)})${WORD_END}`, 'iu') : null,
    countyHeadAtEnd: entities.countyHeadsAfter.length ? new RegExp(`\\s(?:${alternation(entities.countyHeadsAfter)})$`, 'iu') : null,
    institutionHeadAfter: entities.institutionHeadsAfter.length
      ? new RegExp(`^(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}?\\s+(?:${alternation(entities.institutionHeadsAfter)})${WORD_END}`, 'u') : null,
    institutionHeadBefore: entities.institutionHeadsBefore.length ? new RegExp(`${WORD_START}(?:${alternation(withUnaccented(entities.institutionHeadsBefore))})\\s+$`, 'iu') : null,
    sceneLocativeBefore: entities.sceneLocatives.length ? new RegExp(`${WORD_START}(?:${alternation(withUnaccented(entities.sceneLocatives))})\\s+$`, 'iu') : null,
    residentAfter: entities.residentsAfter.length ? new RegExp(`^\\s+(?:${alternation(entities.residentsAfter)})${WORD_END}`, 'u') : null,
    determinerAtStart: new RegExp(`^(?:${alternation(entities.determiners)})(?:\\s+|(?<=['’]))`, 'iu'),

    triggers: events.triggers.map((def, index) => ({
      def, index,
      regex: def.pattern ? w(def.pattern) : w(alternation(withUnaccented(def.phrases ?? []))),
    })),
    triggerPhrase: w(alternation(events.triggers.flatMap((t) => withUnaccented(t.phrases ?? [])))),
    triggerOfPhrase: new Map(),
    patternTriggers: [],
    actor: w(`(?<actor>${alternation(keys(events.actors))})`),
    actors: foldedLexicon(events.actors),
    clauseBoundary: new RegExp(alternation(events.clauseBoundaries), 'giu'),
    hedge: w(`(?<hedge>${alternation(keys(events.hedges))})`),
    hedges: foldedLexicon(events.hedges),
    background: w(alternation(events.background)),
    knownWords: new Set<string>(),
    nonConflict: w(alternation(withUnaccented(events.nonConflict))),
    // The marker then at most a few words ("responsible for IED attacks") right before the cue.
    irrealisAtEnd: new RegExp(`${WORD_START}${alternation(withUnaccented(events.irrealis))}(?:\\s+[\\p{L}\\p{N}'’-]+){0,4}?\\s*$`, 'iu'),
  };
  compiled.patternTriggers = compiled.triggers.filter((t) => t.def.pattern);
  for (const t of compiled.triggers) {
    for (const phrase of withUnaccented(t.def.phrases ?? [])) {
      const key = lexiconKey(phrase);
      if (!compiled.triggerOfPhrase.has(key)) compiled.triggerOfPhrase.set(key, t);
    }
  }
  compiled.knownWords = knownWords([
    ...pack.commonWords, ...Object.keys(counts.victims), ...Object.keys(counts.outcomes), ...Object.keys(counts.outcomeNouns),
    ...Object.keys(counts.verbsBefore), ...Object.keys(counts.singularOutcomes), ...Object.keys(numbers.words),
    ...Object.keys(numbers.multipliers), ...Object.keys(quantities.vague), ...Object.keys(quantities.qualifiers),
    ...attribution.reportingVerbs, ...attribution.accordingTo, ...attribution.citedBy, ...grammar.auxiliaries,
    ...grammar.complementizers, ...grammar.listJoiners, ...grammar.complementLinks, ...entities.determiners,
    ...entities.notNames, ...entities.pronouns, ...entities.placeCues, ...Object.keys(time.weekdays), ...Object.keys(time.months),
    ...Object.keys(time.partsOfDay), ...Object.keys(time.relativeDays), ...events.triggers.flatMap((t) => t.phrases ?? []),
    ...Object.keys(events.actors), ...entities.roles.filter((r) => !/^\p{Lu}/u.test(r)),
    ...entities.organisationHeads.filter((h) => !/^\p{Lu}/u.test(h)), ...entities.mediaHeads,
    ...Object.keys(counts.victimLists.people), ...counts.victimLists.determiners, ...counts.victimLists.gapWords,
    ...counts.victimLists.joiners, ...counts.victimLists.ageWords, ...Object.keys(counts.victimLists.objectCues),
  ]);
  cache.set(pack, compiled);
  return compiled;
}

/**
 * A proper name: capitalised words, with particles between them ("Saltanat Azirbek",
 * "Interfax-Kazakhstan", "Ria Novosti", "Kassym-Jomart Tokaïev"). Bounded so it cannot run away.
 */
export const NAME = "\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}]*)*(?:\\s+(?:(?:de|du|des|van|von|al|el|ben|bin|ibn|da|dos)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}]*)*){0,4}";

function buildTimePattern(pack: LanguagePack): RegExp {
  const t = pack.time;
  const weekday = alternation(keys(t.weekdays));
  const month = alternation(keys(t.months));
  const part = alternation(keys(t.partsOfDay));
  const direction = alternation(keys(t.weekdayDirection));
  const monthPart = alternation(keys(t.monthParts));
  const first = alternation(t.firstDay);
  const prefix = alternation(t.datePrefixes);
  const suffix = t.daySuffixes.length ? `(?:${alternation(t.daySuffixes)})?` : '';
  const day = `(?<day>${first}|[0-3]?\\d${suffix})`;
  const year = `(?<year>(?:1[89]|20)\\d{2})`;
  // "5 de enero de 2022": a joiner may stand between day, month and year.
  const join = t.dateJoiners.length ? `(?:\\s+${alternation(t.dateJoiners)})?\\s+` : '\\s+';
  const yearJoin = t.dateJoiners.length ? `(?:,?\\s+|\\s+${alternation(t.dateJoiners)}\\s+)` : ',?\\s+';
  // "on Christmas Eve", "on New Year’s Day": a named day only after a word that makes it a date.
  const holidayNames = keys(t.holidays).flatMap((h) => (h.includes("'") ? [h, h.replace(/'/g, '’')] : [h]));
  const alternatives = [
    ...(holidayNames.length && t.holidayPrefixes.length ? [`(?:${alternation(t.holidayPrefixes)})\\s+(?<holiday>${alternation(holidayNames)})`] : []),
    `(?<lastNight>${alternation(t.lastNight)})`,
    `(?<dayBefore>${alternation(t.dayBefore)})`,
    // "jeudi 6 janvier 2022", "le 5 janvier", "5 janv. 2022"
    `(?:(?:${prefix})\\s+)?(?:(?<dateWeekday>${weekday}),?\\s+)?${day}${join}(?<dateMonth>${month})(?:${yearJoin}${year})?`,
    // "Tuesday, January 4, 2022", "Jan. 10, 2011" (packs that write the month first)
    ...(t.monthBeforeDay ? [`(?:(?:${prefix})\\s+)?(?:(?<mdWeekday>${weekday}),?\\s+)?(?<mdMonth>${month})\\s*(?<mdDay>[0-3]?\\d${suffix})(?:,?\\s+(?<mdYear>(?:1[89]|20)\\d{2}))?`] : []),
    // "jeudi matin", "dimanche dernier", "le samedi soir"
    // "last Tuesday", "el pasado domingo": the direction may also come first.
    `(?:(?:${prefix})\\s+)?(?:(?<directionBefore>${direction})\\s+)?(?<weekday>${weekday})(?:\\s+(?<weekdayPart>${part}))?(?:\\s+(?<direction>${direction}))?`,
    `(?<relative>${alternation(keys(t.relativeDays))})(?:\\s+(?<relativePart>${part}))?`,
    // "fin janvier", "en janvier 2022", "mi-janvier"
    `(?<monthPart>${monthPart})\\s*(?<partMonth>${month})(?:\\s+(?<partYear>(?:1[89]|20)\\d{2}))?`,
  ];
  return new RegExp(`${WORD_START}(?:${alternatives.join('|')})${WORD_END}`, 'giu');
}
