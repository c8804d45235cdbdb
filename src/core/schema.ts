/**
 * The output contract, defined once. `npm run schema` writes schema/extraction.schema.json from it.
 * Every extracted value carries its evidence in the article text, whether the text states it
 * (`known`) or we inferred it (`implied`), and the id of the rule that made it.
 */
import { z } from 'zod';

export const EvidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const StatusSchema = z.enum(['known', 'implied']);

const provenance = {
  status: StatusSchema,
  rule: z.string().describe('id of the rule that made this value, e.g. fr/casualty-count'),
};

export const PrecisionSchema = z.enum(['day', 'month', 'year']);

export const DocumentDateSchema = z.object({
  value: z.string().describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  precision: PrecisionSchema,
});

export const DocSchema = z.object({
  id: z.string(),
  lang: z.string(),
  langSource: z.enum(['option', 'record', 'detected']),
  date: DocumentDateSchema.nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  file: z.string().nullable(),
  textLength: z.number().int(),
  text: z.string().optional().describe('the article text all offsets point into (with --with-text)'),
});

export const WeekdaySchema = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const PartOfDaySchema = z.enum(['morning', 'noon', 'afternoon', 'evening', 'night']);

export const DateValueSchema = z.object({
  start: z.string().describe('first day covered, YYYY-MM-DD (or YYYY-MM / YYYY at coarser precision)'),
  end: z.string().describe('last day covered, same format as start'),
  precision: PrecisionSchema,
  weekday: WeekdaySchema.optional(),
  partOfDay: PartOfDaySchema.optional(),
  evidence: EvidenceSchema.nullable(),
  ...provenance,
});

export const CountKindSchema = z.enum([
  'killed', 'injured', 'arrested', 'missing', 'kidnapped', 'participants', 'deployed', 'displaced',
]);

export const ActorCategorySchema = z.enum([
  'state-forces', 'rebel-group', 'political-militia', 'identity-militia',
  'rioters', 'protesters', 'civilians', 'external-other',
]);

export const WhoSchema = z.object({
  text: z.string(),
  category: z.string().describe('victim or participant category, e.g. security-forces, assailants, protesters, civilians, people'),
  evidence: EvidenceSchema,
  ...provenance,
});

export const CountSchema = z.object({
  id: z.string(),
  kind: CountKindSchema,
  min: z.number().nonnegative(),
  max: z.number().nonnegative().nullable().describe('null when the text gives no upper bound'),
  exact: z.boolean(),
  who: WhoSchema.nullable(),
  sentence: z.number().int(),
  sourceId: z.string().nullable().describe('the attribution this figure comes from'),
  evidence: EvidenceSchema,
  ...provenance,
});

export const EntityKindSchema = z.enum(['person', 'organisation', 'media', 'place']);

export const PlaceSchema = z.object({
  name: z.string(),
  geonameId: z.number().int().nullable(),
  lat: z.number(),
  lon: z.number(),
  country: z.string().nullable(),
  countryName: z.string().nullable(),
  admin1: z.string().nullable(),
  featureClass: z.string(),
  featureCode: z.string(),
  kind: z.enum(['city', 'admin1', 'country', 'region', 'water']),
  precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  metonymy: z.object({ standsFor: z.string() }).optional(),
  rule: z.string(),
});

export const EntitySchema = z.object({
  id: z.string(),
  kind: EntityKindSchema,
  name: z.string().describe('the fullest form found in the text'),
  named: z.boolean().describe('false for descriptions such as "des médias locaux"'),
  role: z.object({ text: z.string(), evidence: EvidenceSchema }).nullable(),
  acronym: z.string().nullable(),
  category: z.string().nullable().describe('ACLED actor category or media/organisation type'),
  mentions: z.array(EvidenceSchema),
  place: PlaceSchema.nullable().describe('for places: the resolved gazetteer feature, when geocoded'),
  standsFor: z.string().nullable().describe('a place used as an actor (metonymy): the country it stands for'),
  ...provenance,
});

export const AttributionSchema = z.object({
  id: z.string(),
  speaker: z.object({ entityId: z.string().nullable(), text: z.string(), evidence: EvidenceSchema }),
  role: z.object({ text: z.string(), evidence: EvidenceSchema }).nullable(),
  via: z.array(z.object({ entityId: z.string().nullable(), text: z.string(), evidence: EvidenceSchema }))
    .describe('the outlets that carried the statement, nearest first'),
  cues: z.array(EvidenceSchema).describe('reporting clauses: "a déclaré", "selon", "a-t-il ajouté"…'),
  covers: z.array(z.number().int()).describe('indexes of the sentences the statement covers'),
  ...provenance,
});

export const ActorSchema = z.object({
  name: z.string(),
  category: ActorCategorySchema,
  entityId: z.string().nullable(),
  country: z.string().nullable(),
  evidence: EvidenceSchema.nullable(),
  ...provenance,
});

export const WhereSchema = z.object({
  mention: z.string(),
  place: PlaceSchema.nullable(),
  evidence: EvidenceSchema.nullable(),
  ...provenance,
});

export const EventTypeSchema = z.enum([
  'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments',
]);

export const EventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  subType: z.string(),
  tags: z.array(z.string()).describe('what ACLED folds into "Other", plus hedges (attempt, hedged) and casualty-report'),
  trigger: EvidenceSchema,
  triggers: z.array(EvidenceSchema).describe('every cue that supports the event typing'),
  sentence: z.number().int(),
  actor1: ActorSchema.nullable(),
  actor2: ActorSchema.nullable(),
  assocActors: z.array(ActorSchema),
  where: WhereSchema.nullable(),
  alsoAt: z.array(WhereSchema).describe('further places the same clause names for the event'),
  when: DateValueSchema.nullable(),
  counts: z.array(CountSchema),
  sources: z.array(z.string()).describe('attribution ids'),
  partOf: z.string().nullable().describe('the event this one reports figures or follow-up for'),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
});

export const ContextSchema = z.object({
  text: z.string(),
  kind: z.string(),
  evidence: EvidenceSchema,
  rule: z.string(),
});

export const TimeExpressionSchema = DateValueSchema.extend({ sentence: z.number().int() });

export const WarningSchema = z.object({ code: z.string(), message: z.string() });

export const ExtractionSchema = z.object({
  doc: DocSchema,
  entities: z.array(EntitySchema),
  attributions: z.array(AttributionSchema),
  times: z.array(TimeExpressionSchema),
  counts: z.array(CountSchema),
  events: z.array(EventSchema),
  context: z.array(ContextSchema).describe('background the text states that is not a dated event (prices, inflation)'),
  warnings: z.array(WarningSchema),
  extractor: z.object({ name: z.literal('eventwire'), version: z.string() }),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type Precision = z.infer<typeof PrecisionSchema>;
export type DocumentDate = z.infer<typeof DocumentDateSchema>;
export type Doc = z.infer<typeof DocSchema>;
export type Weekday = z.infer<typeof WeekdaySchema>;
export type PartOfDay = z.infer<typeof PartOfDaySchema>;
export type DateValue = z.infer<typeof DateValueSchema>;
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;
export type CountKind = z.infer<typeof CountKindSchema>;
export type Count = z.infer<typeof CountSchema>;
export type Who = z.infer<typeof WhoSchema>;
export type ActorCategory = z.infer<typeof ActorCategorySchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type EntityKind = z.infer<typeof EntityKindSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type Where = z.infer<typeof WhereSchema>;
export type EventType = z.infer<typeof EventTypeSchema>;
export type Event = z.infer<typeof EventSchema>;
export type ContextItem = z.infer<typeof ContextSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Extraction = z.infer<typeof ExtractionSchema>;
