/**
 * impresso news-agency set (French documents; historical Swiss and Luxembourg papers): the agencies
 * an article cites as sources. Gold: the article's `news-agency-as-source` header (Wikidata ids)
 * and the agency mentions in the text (`org.ent.pressagency.<Agency>`). Ours: our media entities
 * and the speakers and outlets of our attributions, named to an agency by ALIASES below.
 *   "(Havas)", "l'agence Havas" → Havas;  "Reuter" → Reuters;  "ATS", "Agence télégraphique suisse" → ATS-SDA
 */
import { parseDocumentDate } from '../../common/calendar.js';
import type { Article } from '../../core/article.js';
import type { Extraction } from '../../core/schema.js';
import { contextOf, fold, limited, readText, setFiles } from '../data.js';
import { ErrorLog } from '../error-log.js';
import { bioEntities, metaValue, parseHipeTsv, uniqueDocs, type HipeDoc } from '../hipe-tsv.js';
import { addCounts, countsOf, matchSpans, prfMetrics, zeroCounts, type Counts } from '../metrics.js';
import { extractSafely } from '../predictions.js';
import type { Extract, ScoreResult, SetScorer } from '../types.js';

/** Agency names (the set's labels) by the folded forms they appear under in French copy. */
export const ALIASES: Readonly<Record<string, readonly string[]>> = {
  Havas: ['havas', 'agence havas'],
  Reuters: ['reuter', 'reuters', 'agence reuter', 'agence reuters'],
  'ATS-SDA': ['ats', 'sda', 'ats sda', 'agence telegraphique suisse', 'schweizerische depeschenagentur'],
  AFP: ['afp', 'a f p', 'agence france presse', 'france presse'],
  AP: ['ap', 'a p', 'associated press'],
  'UP-UPI': ['upi', 'up', 'united press', 'united press international', 'u p i'],
  DNB: ['dnb', 'd n b', 'deutsches nachrichtenburo'],
  Wolff: ['wolff', 'agence wolff', 'wolffsches telegraphenburo'],
  Stefani: ['stefani', 'agence stefani'],
  Extel: ['extel', 'exchange telegraph'],
  TASS: ['tass', 'agence tass'],
  DPA: ['dpa', 'd p a'],
  ANSA: ['ansa'],
  Belga: ['belga', 'agence belga'],
  CTK: ['ctk', 'c t k'],
  Xinhua: ['xinhua', 'chine nouvelle', 'agence chine nouvelle'],
  Domei: ['domei'],
  Kipa: ['kipa'],
  APA: ['apa'],
  'DDP-DAPD': ['ddp', 'dapd'],
  Europapress: ['europa press', 'europapress'],
  'SPK-SMP': ['spk', 'smp'],
};

const BY_ALIAS = new Map<string, string>(Object.entries(ALIASES).flatMap(([agency, forms]) => forms.map((f) => [f, agency] as [string, string])));

/** The agency a name stands for: the whole name, or the name without "l'agence …" / a trailing agency. */
export function agencyOf(name: string): string | null {
  const f = fold(name).replace(/^(l |les |la |le )/, '');
  if (BY_ALIAS.has(f)) return BY_ALIAS.get(f)!;
  const words = f.split(' ');
  // "agence Havas", "dépêche Reuter": the last word names it.
  const last = words.at(-1) ?? '';
  return words.length <= 3 && BY_ALIAS.has(last) && last.length > 2 ? BY_ALIAS.get(last)! : null;
}

export function loadNewsagency(dir: string): HipeDoc[] {
  return setFiles(dir, ['.tsv']).flatMap((f) => parseHipeTsv(readText(f), f));
}

/** Wikidata id → agency label, from the mentions of every document (NEL-LIT beside the fine label). */
export function agencyIds(docs: readonly HipeDoc[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const d of docs) {
    for (const e of bioEntities(d, 'NE-FINE-LIT')) {
      const m = /^org\.ent\.pressagency\.(.+)$/.exec(e.type);
      if (m && e.link && m[1] !== 'unk' && m[1] !== 'ag') ids.set(e.link, m[1]!);
    }
  }
  return ids;
}

export interface GoldAgencies { sources: Set<string>; unknownIds: string[]; mentions: { start: number; end: number; text: string; agency: string }[] }

export function goldAgencies(d: HipeDoc, ids: ReadonlyMap<string, string>): GoldAgencies {
  const header = metaValue(d, 'news-agency-as-source') ?? '_';
  const sources = new Set<string>();
  const unknownIds: string[] = [];
  for (const id of header.split(',').map((s) => s.trim()).filter((s) => s && s !== '_' && s !== 'unk')) {
    const agency = ids.get(id);
    if (agency) sources.add(agency); else unknownIds.push(id);
  }
  const mentions = bioEntities(d, 'NE-FINE-LIT').flatMap((e) => {
    const m = /^org\.ent\.pressagency\.(.+)$/.exec(e.type);
    return m ? [{ start: e.start, end: e.end, text: e.text, agency: m[1]! }] : [];
  });
  return { sources, unknownIds, mentions };
}

/** Our agencies: media entities and attribution speakers / outlets that name one, with their spans. */
export function ourAgencies(x: Extraction): { agencies: Set<string>; spans: { start: number; end: number; text: string; agency: string }[]; otherMedia: string[] } {
  const agencies = new Set<string>();
  const spans: { start: number; end: number; text: string; agency: string }[] = [];
  const otherMedia: string[] = [];
  for (const e of x.entities) {
    if (e.kind !== 'media' && e.kind !== 'organisation') continue;
    const agency = agencyOf(e.name) ?? (e.acronym ? agencyOf(e.acronym) : null);
    if (!agency) { if (e.kind === 'media' && e.named) otherMedia.push(e.name); continue; }
    agencies.add(agency);
    for (const m of e.mentions) spans.push({ start: m.start, end: m.end, text: m.text, agency });
  }
  for (const a of x.attributions) {
    for (const s of [a.speaker, ...a.via]) {
      const agency = agencyOf(s.text);
      if (!agency) continue;
      agencies.add(agency);
      if (!spans.some((p) => p.start === s.evidence.start && p.end === s.evidence.end)) spans.push({ ...s.evidence, agency });
    }
  }
  return { agencies, spans, otherMedia };
}

export function articleOf(d: HipeDoc): Article {
  const date = metaValue(d, 'date');
  return { id: d.id, text: d.text, date: date ? parseDocumentDate(date) : null, lang: 'fr', title: null, url: null, source: metaValue(d, 'newspaper'), file: d.file };
}

export function scoreNewsagency(docs: readonly HipeDoc[], ids: ReadonlyMap<string, string>, extract: Extract): ScoreResult {
  const log = new ErrorLog();
  let sources: Counts = zeroCounts();
  let mentions: Counts = zeroCounts();
  let unknown = 0; let failed = 0;
  const otherMedia = new Map<string, number>();
  for (const d of docs) {
    const { x, failed: f } = extractSafely(extract, articleOf(d), log);
    if (f) failed++;
    const gold = goldAgencies(d, ids);
    unknown += gold.unknownIds.length;
    const ours = ourAgencies(x);
    for (const m of ours.otherMedia) otherMedia.set(m, (otherMedia.get(m) ?? 0) + 1);
    for (const a of gold.sources) {
      if (ours.agencies.has(a)) sources.tp++;
      else { sources.fn++; log.add('missed source', `${d.id}: ${a}${gold.mentions.some((m) => m.agency === a) ? ` (named: ${gold.mentions.filter((m) => m.agency === a).map((m) => `"${m.text}"`).join(', ')})` : ''}`); }
    }
    for (const a of ours.agencies) if (!gold.sources.has(a)) { sources.fp++; log.add('spurious source', `${d.id}: ${a} (${ours.spans.filter((s) => s.agency === a).map((s) => `"${s.text}"`).join(', ')})`); }
    const m = matchSpans(gold.mentions, ours.spans, 'overlap');
    mentions = addCounts(mentions, countsOf(m));
    for (const g of m.missed) log.add('missed mention', `${d.id} ${g.agency} ${contextOf(d.text, g.start, g.end, 30)}`);
  }
  const metrics = [
    ...prfMetrics('agency as source (article)', sources, 'per article: the agencies of the news-agency-as-source header against ours'),
    ...prfMetrics('agency mentions (overlap)', mentions, 'every org.ent.pressagency mention against our spans naming an agency'),
  ];
  const notes = [`${docs.length} French articles, ${docs.filter((d) => goldAgencies(d, ids).sources.size > 0).length} citing an agency as source`];
  if (unknown) notes.push(`${unknown} header ids with no agency label in the data (not scored)`);
  if (otherMedia.size) notes.push(`named media we found that are not agencies (not scored): ${[...otherMedia].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, c]) => `${n} ×${c}`).join(', ')}`);
  notes.push(...log.summary());
  if (failed) notes.push(`${failed} articles failed to extract (scored as finding nothing)`);
  return { metrics, errors: log.sample(), notes };
}

export const newsagency: SetScorer = {
  set: 'newsagency',
  lang: 'fr',
  folder: 'newsagency',
  needsPack: true,
  headline: ['agency as source (article) F1', 'agency mentions (overlap) F1'],
  async score(ctx) {
    const { docs, duplicates } = uniqueDocs(loadNewsagency(ctx.setDir));
    if (docs.length === 0) throw new Error(`${ctx.setDir}: expected HIPE-style TSV articles, found none`);
    const ids = agencyIds(docs);
    const french = docs.filter((d) => metaValue(d, 'language') === 'fr');
    const others = docs.length - french.length;
    const result = scoreNewsagency(limited(french, ctx.limit), ids, ctx.extract);
    if (others) result.notes = [...(result.notes ?? []), `${others} articles in other languages (de) not scored: this set is scored in French`];
    if (duplicates) result.notes = [...(result.notes ?? []), `${duplicates} duplicated articles (same document_id) scored once`];
    return result;
  },
};
