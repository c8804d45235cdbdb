/**
 * Gun Violence Archive incidents and the US local news articles that report them. Scored on the
 * clean articles (`derived_has_incident_gold && derived_text_mentions_city`), each against its
 * incident, the publication date (`dct`) given as the article date:
 *   killed / injured exact over the articles whose text states the gold figure (the issue's
 *   denominator, judged from the text alone: see `textStatesFigure`) and over every clean article,
 *   and "within gold" (ours ≤ gold: an early report may know fewer victims);
 *   city and state of the main event's place; the main event's date against the incident date.
 * Incident merging (B-cubed over incident ids) is ready in `mergingScore` and waits for the store.
 */
import { parseDocumentDate } from '../../common/calendar.js';
import type { Article } from '../../core/article.js';
import type { Event, Extraction } from '../../core/schema.js';
import { fold, limited, readJsonLines, setFiles } from '../data.js';
import { ErrorLog } from '../error-log.js';
import { bcubed, Tally } from '../metrics.js';
import { articleFigure, describeCount, describeEvent, describeWhere, extractSafely, primaryEvent, whereNames } from '../predictions.js';
import type { Extract, ScoreResult, SetScorer } from '../types.js';

export interface GvaDocument {
  doc_id: string; incident_id: string; dct: string; title?: string | null; url?: string | null; text: string;
  derived_has_incident_gold: boolean; derived_text_mentions_city: boolean;
}

export interface GvaIncident {
  incident_id: string; date: string; state: string; city_or_county: string;
  latitude?: number | null; longitude?: number | null; num_killed: number; num_injured: number;
}

export interface GvaData { documents: GvaDocument[]; incidents: Map<string, GvaIncident> }

/** Reads every JSONL file of the folder; a record is a document (doc_id + text) or an incident. */
export function loadGva(dir: string): GvaData {
  const documents: GvaDocument[] = [];
  const incidents = new Map<string, GvaIncident>();
  for (const file of setFiles(dir, ['.jsonl', '.json'])) {
    for (const r of readJsonLines(file) as Record<string, unknown>[]) {
      if (typeof r.doc_id === 'string' && typeof r.text === 'string') documents.push(r as unknown as GvaDocument);
      else if (typeof r.incident_id === 'string' && 'num_killed' in r) incidents.set(r.incident_id, r as unknown as GvaIncident);
    }
  }
  return { documents, incidents };
}

export function cleanDocuments(data: GvaData): GvaDocument[] {
  return data.documents.filter((d) => d.derived_has_incident_gold && d.derived_text_mentions_city && data.incidents.has(d.incident_id));
}

export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

/**
 * The names a GVA "city_or_county" may go by: "Salt Lake City (Murray)" → salt lake city, murray;
 * "Brown (county)" → brown, brown county; "Noble County" → noble county, noble.
 */
export function cityNames(cityOrCounty: string): string[] {
  const names = new Set<string>();
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(cityOrCounty);
  const main = (m ? m[1]! : cityOrCounty).trim();
  const inner = m ? m[2]!.trim() : null;
  if (inner && /^county$/i.test(inner)) { names.add(fold(main)); names.add(fold(`${main} County`)); } else {
    names.add(fold(main));
    if (inner) names.add(fold(inner));
  }
  for (const n of [...names]) if (n.endsWith(' county')) names.add(n.slice(0, -' county'.length));
  return [...names].filter(Boolean);
}

export function cityCorrect(event: Event | null, gold: GvaIncident): boolean {
  if (!event?.where) return false;
  const accepted = new Set(cityNames(gold.city_or_county));
  return whereNames(event.where).some((n) => accepted.has(n) || accepted.has(n.replace(/ county$/, '')));
}

/** State from the main event's place: its admin-1 (code or name), or the place itself when a state. */
export function stateCorrect(event: Event | null, gold: GvaIncident): boolean {
  const p = event?.where?.place;
  if (!p) return false;
  const code = Object.entries(US_STATES).find(([, name]) => fold(name) === fold(gold.state))?.[0];
  const accepted = new Set([fold(gold.state), ...(code ? [fold(code), fold(`US.${code}`)] : [])]);
  if (p.admin1 && accepted.has(fold(p.admin1))) return true;
  return p.kind === 'admin1' && accepted.has(fold(p.name));
}

/** The main event's date is the incident's day (day precision), or covers it (coarser precision). */
export function dateVerdict(event: Event | null, goldDay: string): { exact: boolean; covers: boolean } {
  const w = event?.when;
  if (!w) return { exact: false, covers: false };
  const exact = w.precision === 'day' && w.start === goldDay && w.end === goldDay;
  const at = goldDay.slice(0, w.start.length);
  return { exact, covers: w.start <= at && at <= w.end };
}

const FIGURE_WORDS: readonly string[] = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const DEATH_WORDS = /\b(?:kill|dead|die[sd]?\b|dying|death|deceased|fatal|slain|slay|homicide|murder|manslaughter|li(?:fe|ves)\b)/i;
const HURT_WORDS = /\b(?:injur|wound|hurt|hospital|shot\b|struck|grazed|condition\b)/i;

/**
 * Whether an article's text states the gold figure, judged from the text alone (never from our
 * extraction), and leniently, so that doubt keeps an article in the denominator: 0 always (the text
 * must not make up a victim); 1 when any word of death (killed) or harm (injured) is there; 2 or
 * more when the number is written anywhere, in digits or in words ("12" or "twelve" or "dozen"),
 * even as an age or an address. What it leaves out is the article that says nothing of the gold
 * figure: a later victim the early report does not know, a trial story that names no toll.
 */
export function textStatesFigure(text: string, figure: number, kind: 'killed' | 'injured'): boolean {
  if (figure === 0) return true;
  if (figure === 1) return (kind === 'killed' ? DEATH_WORDS : HURT_WORDS).test(text);
  if (new RegExp(`(?<![\\d.,])${figure}(?!\\d|[.,]\\d)`).test(text)) return true;
  const words = [FIGURE_WORDS[figure], figure === 12 ? 'dozen' : undefined].filter((w): w is string => !!w);
  return words.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(text));
}

export function articleOf(d: GvaDocument): Article {
  return {
    id: d.doc_id, text: d.text, date: parseDocumentDate(d.dct), lang: 'en',
    title: d.title ?? null, url: d.url ?? null, source: null, file: `gva:${d.doc_id}`,
  };
}

export function scoreGva(docs: readonly GvaDocument[], incidents: ReadonlyMap<string, GvaIncident>, extract: Extract): ScoreResult {
  const log = new ErrorLog();
  const t = {
    killedStated: new Tally(), killed: new Tally(), killedWithin: new Tally(),
    injuredStated: new Tally(), injured: new Tally(), injuredWithin: new Tally(),
    city: new Tally(), state: new Tally(), dateExact: new Tally(), dateCovers: new Tally(), noEvent: 0, failed: 0,
  };
  for (const d of docs) {
    const gold = incidents.get(d.incident_id)!;
    const { x, failed } = extractSafely(extract, articleOf(d), log);
    if (failed) t.failed++;
    scoreArticle(d, gold, x, t, log);
  }
  const within = 'ours ≤ gold: an early report may not know every victim';
  const stated = 'articles whose text states the gold figure (judged from the text alone: a number or, for 1, a word of death or harm)';
  const metrics = [
    t.killedStated.metric('killed exact (text states it)', stated), t.killed.metric('killed exact (all articles)'), t.killedWithin.metric('killed within gold', within),
    t.injuredStated.metric('injured exact (text states it)', stated), t.injured.metric('injured exact (all articles)'), t.injuredWithin.metric('injured within gold', within),
    t.city.metric('city correct', 'main event place (gazetteer name or mention) against city_or_county'),
    t.state.metric('state correct', 'admin-1 of the main event place'),
    t.dateExact.metric('event date exact (day)', 'main event date against the incident date, dct as article date'),
    t.dateCovers.metric('event date covers', 'the main event date, at its precision, contains the incident date'),
  ];
  const notes = [`${docs.length} clean articles (has incident gold and mentions the city), ${new Set(docs.map((d) => d.incident_id)).size} incidents`,
    `${t.noEvent} articles with no event at all`, 'incident merging (B-cubed over incident ids): ready in mergingScore, waits for the store', ...log.summary()];
  if (t.failed) notes.push(`${t.failed} articles failed to extract (scored as finding nothing)`);
  return { metrics, errors: log.sample(), notes };
}

type GvaTallies = Record<'killedStated' | 'killed' | 'killedWithin' | 'injuredStated' | 'injured' | 'injuredWithin' | 'city' | 'state' | 'dateExact' | 'dateCovers', Tally> & { noEvent: number };

function scoreArticle(d: GvaDocument, gold: GvaIncident, x: Extraction, t: GvaTallies, log: ErrorLog): void {
  const id = `${d.doc_id.slice(0, 8)} (incident ${gold.incident_id}, ${d.dct})`;
  const killed = articleFigure(x, ['killed']);
  const injured = articleFigure(x, ['injured']);
  const killedStated = textStatesFigure(d.text, gold.num_killed, 'killed');
  const injuredStated = textStatesFigure(d.text, gold.num_injured, 'injured');
  if (!t.killed.add(killed.value === gold.num_killed)) {
    log.add(killedStated ? 'killed' : 'killed (not stated)', `${id}: gold ${gold.num_killed}, ours ${killed.value} — ${describeCount(killed.count)}`);
  }
  if (killedStated) t.killedStated.add(killed.value === gold.num_killed);
  t.killedWithin.add(killed.value <= gold.num_killed);
  if (!t.injured.add(injured.value === gold.num_injured)) {
    log.add(injuredStated ? 'injured' : 'injured (not stated)', `${id}: gold ${gold.num_injured}, ours ${injured.value} — ${describeCount(injured.count)}`);
  }
  if (injuredStated) t.injuredStated.add(injured.value === gold.num_injured);
  t.injuredWithin.add(injured.value <= gold.num_injured);
  const event = primaryEvent(x);
  if (!event) t.noEvent++;
  if (!t.city.add(cityCorrect(event, gold))) log.add('city', `${id}: gold "${gold.city_or_county}", ours ${describeWhere(event?.where)} on ${describeEvent(event)}`);
  if (!t.state.add(stateCorrect(event, gold))) log.add('state', `${id}: gold ${gold.state}, ours ${event?.where?.place?.admin1 ?? 'no admin-1'} from ${describeWhere(event?.where)}`);
  const date = dateVerdict(event, gold.date);
  t.dateExact.add(date.exact);
  if (!t.dateCovers.add(date.covers)) log.add('date', `${id}: gold ${gold.date}, ours ${event?.when ? `${event.when.start}..${event.when.end} (${event.when.precision}, "${event.when.evidence?.text ?? ''}", ${event.when.rule})` : 'no date'}`);
}

/**
 * Incident merging: B-cubed of our grouping of the clean articles (`predicted`: article id → our
 * incident id) against the gold incident ids. Articles we leave out count as singletons.
 */
export function mergingScore(docs: readonly GvaDocument[], predicted: ReadonlyMap<string, string>): ReturnType<typeof bcubed> {
  return bcubed(new Map(docs.map((d) => [d.doc_id, d.incident_id])), predicted);
}

export const gvaIncidents: SetScorer = {
  set: 'gva-incidents',
  lang: 'en',
  folder: 'gva-incidents',
  needsPack: true,
  headline: ['killed exact (text states it)', 'injured exact (text states it)', 'city correct', 'event date exact (day)'],
  async score(ctx) {
    const data = loadGva(ctx.setDir);
    const docs = cleanDocuments(data);
    if (docs.length === 0) throw new Error(`${ctx.setDir}: expected documents with incident gold, found none`);
    return scoreGva(limited(docs, ctx.limit), data.incidents, ctx.extract);
  },
  async describe(ctx) {
    const data = loadGva(ctx.setDir);
    const docs = cleanDocuments(data);
    return `${docs.length} clean articles of ${data.documents.length}, ${data.incidents.size} incidents waiting for the en pack`;
  },
};
