/**
 * What a language pack provides. A pack is data (lexicons) plus the few phrase shapes that differ
 * between languages; the engines that read text with them live once in src/extract and src/events.
 * Add a language by copying src/lang/fr, translating every file, and registering it in registry.ts.
 */
import type { ActorCategory, CountKind, EventType, PartOfDay, Weekday } from '../core/schema.js';

export type QualifierKind = 'at-least' | 'more-than' | 'nearly' | 'about' | 'less-than' | 'up-to';

export interface NumberLexicon {
  /** Words with their value; compounds the arithmetic cannot build ("quatre-vingt") are listed whole. */
  words: Readonly<Record<string, number>>;
  /** Words that multiply what precedes them ("cent", "mille", "million"). */
  multipliers: Readonly<Record<string, number>>;
  /** Words that join parts of one number ("et" in "vingt et un"). */
  joiners: readonly string[];
  /** Words for one that are also articles ("un", "une"): a count only with a victim and an outcome. */
  articleOne: readonly string[];
  decimalSeparator: ',' | '.';
  /** Characters that group thousands in digits ("1 350", "1.350"). */
  thousandsSeparators: string;
  /** Characters between hours and minutes ("10:30", "10h30"): digits before one are a clock time, not a quantity. */
  clockSeparators: string;
}

export interface QuantityLexicon {
  /** Vague quantities as a range; max null when open ("des dizaines" → 20–99). */
  vague: Readonly<Record<string, readonly [number, number | null]>>;
  qualifiers: Readonly<Record<string, QualifierKind>>;
  /** Units after a number that make it something other than people ("%", "km", "ans"). */
  notPeople: readonly string[];
}

export interface CountLexicon {
  /** Victim or participant nouns (with their modifiers) → category. */
  victims: Readonly<Record<string, string>>;
  /** Words after the victims that say what happened to them ("ont été tués", "blessés"). */
  outcomes: Readonly<Record<string, CountKind>>;
  /** Nouns that are a count on their own right after a number ("317 blessés", "12 morts"). */
  outcomeNouns: Readonly<Record<string, CountKind>>;
  /** Verbs just before a number ("tuant 12 personnes", "ont arrêté 20 manifestants"). */
  verbsBefore: Readonly<Record<string, CountKind>>;
  /** Words that join a second figure to the first and share its victims ("et", "ainsi que"). */
  ellipsisJoiners: readonly string[];
  /** Words between a quantity and the people it counts ("des dizaines d'assaillants", "dozens of people"). */
  partitives: readonly string[];
  /**
   * Outcomes whose grammar says one person with no figure ("a été tué", "was shot and killed",
   * "killing her"): a count of one, implied, where no figure covers the phrase.
   */
  singularOutcomes: Readonly<Record<string, CountKind>>;
  /**
   * Words that make a figure come on top of the last one of its kind, so that the two add up: adverbs
   * right before its phrase ("also detained two suspects") and modifiers of its people ("two
   * additional insurgents were detained").
   */
  additives: readonly string[];
  additiveModifiers: readonly string[];
  /**
   * Of `singularOutcomes`, those whose victim comes after them ("the death of", "killing him", "the murder of"):
   * one person, never what happened to a figure before them ("three teens were charged in the death of …").
   */
  objectOutcomes: readonly string[];
  /**
   * Outcomes (of `outcomes`, `verbsBefore`, `singularOutcomes`) that count everyone hit, the dead included
   * ("four people were shot", "shooting five people", "with a gunshot wound"): the wounded are those hit
   * less those reported killed with them.
   */
  hits: readonly string[];
  /** Words that set people apart from those already counted ("three others were shot"): not the same victims. */
  otherPeople: readonly string[];
  /** What follows a figure to say how many of those just counted died ("…were shot, one fatally", "two of them died"). */
  fatalShares: readonly string[];
  /**
   * Words that make a figure a tally of several incidents or of a period, not this incident's toll ("35 people
   * have been shot across the city since Friday", "750 killed so far this year", "in three separate shootings"):
   * said in the figure's clause, or in a clause opening its sentence ("Last year, …"). A '#' stands for one
   * digit ('since ####' is "since 1980").
   */
  aggregateCues: readonly string[];
  /**
   * Of `singularOutcomes`, those said of the shooter himself ("killing himself", "turned the gun on himself"):
   * he is not one of the people he hit, and what he did to himself is never the outcome of a figure before it
   * ("shot three people before killing himself").
   */
  selfOutcomes: readonly string[];
  /** Lists of victims summed member by member (src/extract/victim-lists.ts). */
  victimLists: VictimListLexicon;
}

/**
 * "Six Jesuit priests, their housekeeper and her daughter were murdered" → 8; "the murder of Hector Oqueli
 * and his companion, Gilda Flores" → 2. A member is a numbered group ("six Jesuit priests"), one person
 * named by a determiner and a noun ("their housekeeper", "the mayor of Achi") or a proper name ("Jose
 * Rodriguez", "bodyguard Jairo Ortega"). Outcomes after the list are the counts lexicon's `outcomes`.
 */
export interface VictimListLexicon {
  /** Nouns naming people, with their number: one person ("mayor", "housekeeper") or many ("priests"). */
  people: Readonly<Record<string, 'one' | 'many'>>;
  /** Words joining the last member to the list ("and", "as well as"); commas and semicolons join the others. */
  joiners: readonly string[];
  /** Determiners and possessives before a noun of one person ("the", "a", "his", "their"). */
  determiners: readonly string[];
  /** Of `determiners`, the articles: "Jose Perez, the mayor, and …" names one person twice, "…, his wife, and …" two. */
  articles: readonly string[];
  /** What turns a name into a possessive determiner ("Torrado's son"): endings written right after it. */
  possessiveEndings: readonly string[];
  /** How many adjectives may follow a noun inside a member ("six prêtres jésuites": 1 in French, 0 in English). */
  modifiersAfter: number;
  /** Group nouns whose members may follow in apposition ("three civilians, two women and a man" is 3). */
  groupHeads: readonly string[];
  /** Words that may stand between the list and its outcome ("were also killed", "were seriously wounded"). */
  gapWords: readonly string[];
  /** An age set off after a name ("Pilar Pulido, 19", "Todd Wilson, 20 years old"): words after the figure. */
  ageWords: readonly string[];
  /** Verb forms that say many ("were", "have"): after one person found, the list was not read whole. */
  pluralMarkers: readonly string[];
  /** Verb forms that say one ("was", "has"): after a list of several, the commas held a description, not members. */
  singularMarkers: readonly string[];
  /** Nouns of what happened to a person named by a possessive before them ("Galan's murder") → what happened. */
  possessedCues: Readonly<Record<string, CountKind>>;
  /** Cues whose object is the list ("the murder of", "killing", "the deaths of") → what happened to it. */
  objectCues: Readonly<Record<string, CountKind>>;
}

export interface AttributionLexicon {
  /** Past reporting verbs after a comma or before "que" ("a déclaré", "ont affirmé"). */
  reportingVerbs: readonly string[];
  /** Inverted forms with a pronoun subject ("a-t-il ajouté", "a-t-elle déclaré"). */
  invertedPronounForms: readonly string[];
  /** Preposed markers ("selon", "d'après"). */
  accordingTo: readonly string[];
  /** Markers of the outlet that carried a statement ("cité par", "rapporté par"). */
  citedBy: readonly string[];
  /** Reporting verbs whose object is the outlet told ("told Reuters", "a déclaré à l'AFP"). */
  toldVerbs: readonly string[];
  /** Heads of phrases naming imagery ("les images diffusées") whose carriers are the sources. */
  imagery: readonly string[];
  /** Verbs after imagery that say what it showed ("ont montré"). */
  imageryVerbs: readonly string[];
  /** Phrases that point back at the last source ("la même source"). */
  sameSource: readonly string[];
}

/** Function words the engines need to find phrase edges, whatever the language. */
export interface GrammarLexicon {
  /** Auxiliaries that start a verb group after a subject ("a", "ont", "est"). */
  auxiliaries: readonly string[];
  /** Words that tie a complement clause to its verb ("que", "qu'"). */
  complementizers: readonly string[];
  /** The complementizer may be left out ("Police said five people were killed"). */
  complementizerOptional: boolean;
  /** Negations that cancel an outcome ("n'a pas été blessé", "were not injured", "no one was hurt"). */
  negations: readonly string[];
  /** Words that join the items of a list ("et", "ou"). */
  listJoiners: readonly string[];
  /** Prepositions before an outlet in a list ("dans les médias et sur les réseaux sociaux"). */
  outletPrepositions: readonly string[];
  /** Links inside a noun phrase ("ministère de l'Intérieur", "banque centrale du pays"). */
  complementLinks: readonly string[];
  /** What may follow a place that acts as a subject ("Moscou et ses alliés … ont annoncé"). */
  subjectFollowers: readonly string[];
  /** Prepositions that may follow a figure whose people are left unsaid ("detaining two during the
   * raid", "killing 12 in the market"): the figure still counts people. */
  prepositions: readonly string[];
  /**
   * Relative pronouns ("who", "qui"): an outcome after one that does not follow the counted people
   * directly is said of a nearer noun ("about 10 friends, including the boy who was killed").
   */
  relativePronouns: readonly string[];
}

export interface TimeLexicon {
  weekdays: Readonly<Record<string, Weekday>>;
  months: Readonly<Record<string, number>>;
  partsOfDay: Readonly<Record<string, PartOfDay>>;
  /** Days relative to publication ("hier" → -1). */
  relativeDays: Readonly<Record<string, number>>;
  /** Night before publication ("la nuit dernière"). */
  lastNight: readonly string[];
  /** Day before the previous event ("la veille"): relative to the narrative, not to publication. */
  dayBefore: readonly string[];
  /** Words after a weekday that fix its direction ("dernier" → past, "prochain" → future). */
  weekdayDirection: Readonly<Record<string, 'past' | 'future'>>;
  /** Words that put a month interval in part ("début", "fin", "mi-"). */
  monthParts: Readonly<Record<string, 'early' | 'mid' | 'late' | 'whole'>>;
  /** Prepositions/articles that may precede a date and belong in its evidence ("le", "dans la nuit de"). */
  datePrefixes: readonly string[];
  /** Future markers near a weekday ("doit", "aura lieu"). */
  futureCues: readonly string[];
  /** Ordinal "first" written after a day number ("1er"). */
  firstDay: readonly string[];
  /** Ordinal endings glued to a day number ("2nd", "21st"). */
  daySuffixes: readonly string[];
  /** Words between day, month and year ("5 de enero de 2022"). */
  dateJoiners: readonly string[];
  /** Dates are also written month first ("January 5, 2022", "Jan. 5"). */
  monthBeforeDay: boolean;
  /**
   * Acts that come after an incident: reporting it and what follows it ("police said Saturday", "was
   * arraigned Thursday", "at a news conference Monday"). A date written next to one dates that act, not the
   * incident narrated in the same clause.
   */
  followUpActs: readonly string[];
  /**
   * Words that stamp a date on the page rather than narrate it ("Published Monday, Sept. 19, 2016",
   * "Updated: Oct 24, 2016"): the date they introduce dates the article, never an event.
   */
  stampCues: readonly string[];
  /** Days of the year known by name ("Christmas Eve" → 12-24), and the words that make one a date ("on"). */
  holidays: Readonly<Record<string, { month: number; day: number }>>;
  holidayPrefixes: readonly string[];
}

export interface EntityLexicon {
  /** Courtesy titles before a person's name ("M.", "Mme"). */
  titles: readonly string[];
  /** Roles that name a person who follows ("le porte-parole de la police", "le président"). */
  roles: readonly string[];
  /** Heads of organisation names and descriptions ("ministère", "gouvernement", "Organisation"). */
  organisationHeads: readonly string[];
  /** Heads of media descriptions ("agence", "télévision", "médias"). */
  mediaHeads: readonly string[];
  /** Media and agencies known by name ("TASS", "Ria Novosti", "AFP"). */
  mediaNames: readonly string[];
  /** Words that start a noun phrase ("le", "la", "des") and are dropped from names. */
  determiners: readonly string[];
  /** Lower-case words allowed inside a proper name ("de", "du", "al"). */
  nameParticles: readonly string[];
  /** Capitalised words that are not names at the start of a sentence ("Le", "Selon"). */
  notNames: readonly string[];
  /** Pronouns that refer back to the last speaker ("il", "elle"). */
  pronouns: readonly string[];
  /** Country adjectives → ISO2 ("kazakh" → KZ). */
  demonyms: Readonly<Record<string, string>>;
  /** Words that refer to the country in focus ("le pays", "ex-république soviétique"). */
  countryAnaphora: readonly string[];
  /** Prepositions that introduce a place ("à", "dans la ville de"). */
  placeCues: readonly string[];
  /** Sub-city spots that roll up to the city named after them ("l'un des quartiers de"). */
  subCitySpots: readonly string[];
  /** Words that make the name next to them a first-level region: after it ("Helmand province")
   * or before it ("la province de Helmand"). Empty where the language does not write them there. */
  regionHeadsAfter: readonly string[];
  regionHeadsBefore: readonly string[];
  /** Words after a place name that make it a section of a town ("the Austin neighborhood"): the event is in
   * the town the article names, not in a namesake town elsewhere. */
  sectionHeadsAfter: readonly string[];
  /** Second-level divisions written after their name ("Shelby County", "Avoyelles Parish"): a county is
   * larger than the town a story names in it. */
  countyHeadsAfter: readonly string[];
  /** Heads of an institution's name after a place name, with at most two capitalised words between
   * ("Jackson Memorial Hospital", "Shelby County Jail", "New York Daily News"): the institution is
   * named for the place, the event is not there. Written as they appear (capitalised). */
  institutionHeadsAfter: readonly string[];
  /** The same written before the place ("a hospital in", "Children's Hospital of"): matched in any case. */
  institutionHeadsBefore: readonly string[];
  /** Words right before a place that set a scene there ("in", "near", "in the town of"), unlike those of a
   * home town or an origin ("of", "from"). */
  sceneLocatives: readonly string[];
  /** Nouns after a town's name that make it someone's home ("a Lynn teen", "a Covington woman"): where a
   * person lives, which the scene the article sets elsewhere ("in", "near") outranks. */
  residentsAfter: readonly string[];
}

export interface ActorDef {
  category: ActorCategory;
  /** ACLED-style label; "{country}" is filled with the country in focus when known. */
  label: string;
}

export interface TriggerDef {
  /** Phrases (lexicon literals) or, with `pattern`, one regular expression source. */
  phrases?: readonly string[];
  pattern?: string;
  type: EventType;
  subType: string;
  tags?: readonly string[];
  /** Secondary cues describe an event but do not start one when another cue is in the sentence. */
  secondary?: boolean;
  /**
   * Where several main cues share a clause, the heaviest types the event (default 0): a weapon says more
   * than "attack" ("killed when an explosive device went off" is an IED, not a clash).
   */
  weight?: number;
  /**
   * A general noun ("attacks", "murders", "violence") names an event only when its clause anchors it:
   * a figure, a place or a date of its own. In a speech or an analysis it is talk about violence.
   */
  needsAnchor?: boolean;
  /** The cue's subject acts (actor1 before, actor2 after); "passive" swaps them. */
  voice?: 'active' | 'passive';
  /** Type given by actor1's category instead ("prendre d'assaut": rioters → Riots/Mob violence). */
  byActor?: boolean;
  /** Count kinds this cue takes (a deployment takes "deployed", a protest "participants"). */
  takes?: readonly CountKind[];
  /** National measures located at the country in focus when the clause names no place. */
  national?: boolean;
  /** The event spreads to the places after the cue ("s'étendre à"). */
  spread?: boolean;
}

export interface EventLexicon {
  triggers: readonly TriggerDef[];
  actors: Readonly<Record<string, ActorDef>>;
  /** Words that split a sentence into clauses that may hold different events ("où", "avant de"). */
  clauseBoundaries: readonly string[];
  hedges: Readonly<Record<string, 'attempt' | 'hedged' | 'claimed'>>;
  /**
   * Words just before a cue that make it no event of its own: a record or a plan ("responsible for
   * attacks", "accusé d'attentats", "planned to attack"), not something that happened.
   */
  irrealis: readonly string[];
  /** Background the text states that is not a dated event ("hausse des prix", "inflation"). */
  background: readonly string[];
  /**
   * Harm that is not political violence (floods, road accidents, epidemics, fires): a clause that names
   * one holds no event, and its figures are no casualty report ("Floods killed 20 people").
   */
  nonConflict: readonly string[];
}

export interface ExampleSentence {
  text: string;
  /** A reference date for the example's time expressions. */
  date: string;
  expect: {
    counts?: { kind: CountKind; min: number; max: number | null; text?: string }[];
    times?: { text: string; start: string; precision: 'day' | 'month' | 'year' }[];
    speaker?: string;
    eventType?: EventType;
  };
}

export interface LanguagePack {
  code: string;
  name: string;
  /** Tokens followed by "." that do not end a sentence ("M.", "Dr."). */
  abbreviations: readonly string[];
  /** Elided articles and prepositions glued to the next word ("d'", "l'"). */
  elisions: readonly string[];
  grammar: GrammarLexicon;
  numbers: NumberLexicon;
  quantities: QuantityLexicon;
  counts: CountLexicon;
  attribution: AttributionLexicon;
  time: TimeLexicon;
  entities: EntityLexicon;
  events: EventLexicon;
  examples: readonly ExampleSentence[];
  /**
   * Frequent lower-case words (function words, common verbs and nouns) used to restore case in
   * all-capitals copy (MUC-4 wire texts): a capitalised word not listed here may be a name.
   */
  commonWords: readonly string[];
  /** What the pack knowingly does not handle, reported rather than silently missing. */
  gaps: readonly string[];
}
