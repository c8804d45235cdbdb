/**
 * CASE 2021 task 2: short English snippets labelled with an ACLED sub-event type, or with a type
 * outside ACLED (organised crime, disasters, diplomacy, attribution) that must be rejected.
 *   "The US warplanes pounded the village of Kashkash …"   AIR_STRIKE → Explosions/Remote violence / Air/drone strike
 *   "After a five-week drop of Covid-19 cases in Punjab …" NATURAL_DISASTER → no event expected
 * Ours: the first event's type and sub-type; no event = rejected.
 */
import type { Article } from '../../core/article.js';
import type { EventType } from '../../core/schema.js';
import { limited, readText, setFiles } from '../data.js';
import { ErrorLog } from '../error-log.js';
import { prf, prfMetrics, Tally } from '../metrics.js';
import { describeEvent, extractSafely } from '../predictions.js';
import type { Extract, Metric, ScoreResult, SetScorer } from '../types.js';

export interface Snippet { id: string; text: string; label: string }

/** CASE labels → ACLED (type, sub-type), as in the task's "Note on EVENT TYPES". */
export const CASE_TO_ACLED: Readonly<Record<string, { type: EventType; subType: string }>> = {
  ABDUCT_DISSAP: { type: 'Violence against civilians', subType: 'Abduction/forced disappearance' },
  AGREEMENT: { type: 'Strategic developments', subType: 'Agreement' },
  AIR_STRIKE: { type: 'Explosions/Remote violence', subType: 'Air/drone strike' },
  ARMED_CLASH: { type: 'Battles', subType: 'Armed clash' },
  ARREST: { type: 'Strategic developments', subType: 'Arrests' },
  ART_MISS_ATTACK: { type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack' },
  ATTACK: { type: 'Violence against civilians', subType: 'Attack' },
  CHANGE_TO_GROUP_ACT: { type: 'Strategic developments', subType: 'Change to group/activity' },
  CHEM_WEAP: { type: 'Explosions/Remote violence', subType: 'Chemical weapon' },
  DISR_WEAP: { type: 'Strategic developments', subType: 'Disrupted weapons use' },
  FORCE_AGAINST_PROTEST: { type: 'Protests', subType: 'Excessive force against protesters' },
  GOV_REGAINS_TERIT: { type: 'Battles', subType: 'Government regains territory' },
  GRENADE: { type: 'Explosions/Remote violence', subType: 'Grenade' },
  HQ_ESTABLISHED: { type: 'Strategic developments', subType: 'Headquarters or base established' },
  MOB_VIOL: { type: 'Riots', subType: 'Mob violence' },
  NON_STATE_ACTOR_OVERTAKES_TER: { type: 'Battles', subType: 'Non-state actor overtakes territory' },
  NON_VIOL_TERRIT_TRANSFER: { type: 'Strategic developments', subType: 'Non-violent transfer of territory' },
  OTHER: { type: 'Strategic developments', subType: 'Other' },
  PEACE_PROTEST: { type: 'Protests', subType: 'Peaceful protest' },
  PROPERTY_DISTRUCT: { type: 'Strategic developments', subType: 'Looting/property destruction' },
  PROTEST_WITH_INTER: { type: 'Protests', subType: 'Protest with intervention' },
  REM_EXPLOS: { type: 'Explosions/Remote violence', subType: 'Remote explosive/landmine/IED' },
  SEX_VIOL: { type: 'Violence against civilians', subType: 'Sexual violence' },
  SUIC_BOMB: { type: 'Explosions/Remote violence', subType: 'Suicide bomb' },
  VIOL_DEMONSTR: { type: 'Riots', subType: 'Violent demonstration' },
};

/** Types outside ACLED ("unseen" in the task): the right answer is no event. */
export const NON_ACLED = new Set(['ORG_CRIME', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'DIPLO', 'ATTRIB']);

/** Tab-separated `id, snippet, label` with a header line; snippets hold no tabs or line breaks. */
export function parseSnippets(tsv: string, file = '<tsv>'): Snippet[] {
  const out: Snippet[] = [];
  tsv.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const cols = line.replace(/\r$/, '').split('\t');
    if (i === 0 && /snippet/i.test(line)) return;
    if (cols.length < 3) throw new Error(`${file}:${i + 1}: expected 3 tab-separated columns (id, snippet, label), found ${cols.length}`);
    out.push({ id: cols[0]!.trim(), text: cols.slice(1, -1).join('\t'), label: cols.at(-1)!.trim() });
  });
  return out;
}

export function loadSnippets(dir: string): Snippet[] {
  return setFiles(dir, ['.tsv']).flatMap((f) => parseSnippets(readText(f), f));
}

export function articleOf(s: Snippet): Article {
  return { id: `case-${s.id}`, text: s.text, date: null, lang: 'en', title: null, url: null, source: null, file: `case2021:${s.id}` };
}

export function scoreCase(snippets: readonly Snippet[], extract: Extract): ScoreResult {
  const log = new ErrorLog();
  const subType = new Tally(); const type = new Tally(); const rejection = new Tally();
  const perLabel = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (label: string, k: 'tp' | 'fp' | 'fn') => { const c = perLabel.get(label) ?? { tp: 0, fp: 0, fn: 0 }; c[k]++; perLabel.set(label, c); };
  let rejectedAcled = 0; let rejectedTotal = 0; let unknown = 0; let failed = 0;
  for (const s of snippets) {
    const gold = CASE_TO_ACLED[s.label];
    const nonAcled = NON_ACLED.has(s.label);
    if (!gold && !nonAcled) { unknown++; continue; }
    const { x, failed: f } = extractSafely(extract, articleOf(s), log);
    if (f) failed++;
    const first = x.events[0] ?? null;
    const ourLabel = first ? Object.entries(CASE_TO_ACLED).find(([, v]) => v.type === first.type && v.subType === first.subType)?.[0] ?? `${first.type}/${first.subType}` : null;
    if (!first) rejectedTotal++;
    const head = s.text.length > 90 ? `${s.text.slice(0, 90)}…` : s.text;
    if (nonAcled) {
      if (!rejection.add(!first)) log.add('not rejected', `${s.id} ${s.label}: we found ${describeEvent(first)} in "${head}"`);
      if (first && ourLabel) bump(ourLabel, 'fp');
      continue;
    }
    if (!first) { rejectedAcled++; log.add('rejected', `${s.id} ${s.label}: no event in "${head}"`); }
    const okType = type.add(!!first && first.type === gold!.type);
    const ok = subType.add(okType && first!.subType === gold!.subType);
    if (ok) bump(s.label, 'tp');
    else {
      bump(s.label, 'fn');
      if (first && ourLabel) bump(ourLabel, 'fp');
      if (first) log.add(okType ? 'sub-type' : 'type', `${s.id} ${s.label} (${gold!.type}/${gold!.subType}): ours ${describeEvent(first)}`);
    }
  }
  const acledLabels = Object.keys(CASE_TO_ACLED).filter((l) => snippets.some((s) => s.label === l));
  const macro = acledLabels.length ? acledLabels.reduce((sum, l) => sum + prf(perLabel.get(l) ?? { tp: 0, fp: 0, fn: 0 }).f1, 0) / acledLabels.length : 0;
  const metrics: Metric[] = [
    subType.metric('sub-type accuracy (ACLED snippets)', 'first event type and sub-type; no event counts as wrong'),
    type.metric('type accuracy (ACLED snippets)'),
    { name: 'sub-type macro F1', value: macro, n: acledLabels.length, note: 'mean F1 over the ACLED labels present (as CASE 2021 ranks)' },
    rejection.metric('non-ACLED rejected', 'ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB: no event expected'),
    ...prfMetrics('rejection', { tp: rejectedTotal - rejectedAcled, fp: rejectedAcled, fn: rejection.n - rejection.correct }).filter((m) => m.name !== 'rejection R'),
  ];
  const notes = [`${snippets.length} snippets: ${subType.n} ACLED, ${rejection.n} outside ACLED${unknown ? `, ${unknown} with an unknown label (skipped)` : ''}`, ...log.summary()];
  if (failed) notes.push(`${failed} snippets failed to extract (scored as finding nothing)`);
  return { metrics, errors: log.sample(), notes };
}

export const case2021Task2: SetScorer = {
  set: 'case2021-task2',
  lang: 'en',
  folder: 'case2021-task2',
  needsPack: true,
  headline: ['sub-type accuracy (ACLED snippets)', 'non-ACLED rejected'],
  async score(ctx) {
    const snippets = loadSnippets(ctx.setDir);
    if (snippets.length === 0) throw new Error(`${ctx.setDir}: expected a TSV of snippets (id, text, label), found none`);
    return scoreCase(limited(snippets, ctx.limit), ctx.extract);
  },
  async describe(ctx) {
    const snippets = loadSnippets(ctx.setDir);
    return `${snippets.length} snippets (${snippets.filter((s) => NON_ACLED.has(s.label)).length} outside ACLED) waiting for the en pack`;
  },
};
