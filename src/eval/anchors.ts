/**
 * Published figures to read ours against. Each says where it comes from; none is comparable one to
 * one unless `metric` names our metric computed the same way, and the caveat says what differs.
 * A figure we could not find in a source is not written here.
 */
export interface Anchor {
  set: string;
  /** Our metric it stands beside, when the two measure the same thing. */
  metric?: string;
  label: string;
  value: string;
  source: string;
  caveat?: string;
}

const HEIDELTIME = 'HeidelTime 1.8 on French TimeBank 1.1, TempEval-3 scorer (HeidelTime wiki, "Evaluation Results", github.com/HeidelTime/heideltime/wiki/Evaluation-Results)';
const MORDECAI3 = 'Mordecai 3 (Halterman 2023, arXiv:2303.13675), figures as quoted in issue 4';

export const ANCHORS: readonly Anchor[] = [
  { set: 'fr-timebank', metric: 'timex (overlap) F1', label: 'HeidelTime relaxed extraction F1', value: '90.97% (P 91.85%, R 90.12%)', source: HEIDELTIME },
  { set: 'fr-timebank', metric: 'timex (strict) F1', label: 'HeidelTime strict extraction F1', value: '85.99% (P 86.81%, R 85.15%)', source: HEIDELTIME },
  { set: 'fr-timebank', metric: 'value F1', label: 'HeidelTime attribute value F1', value: '73.63%', source: HEIDELTIME,
    caveat: 'TE3 compares the full TIMEX3 value string (hours, weeks, durations); we compare day, month or year only, so ours is lenient on times and strict on what we cannot express' },
  { set: 'geoparsing', metric: 'GeoWebNews resolution accuracy@161km', label: 'Mordecai 3 accuracy within 161 km, GeoWebNews', value: '94.1%', source: MORDECAI3, caveat: 'end to end in Mordecai; the geoparsing scorer resolves gold spans' },
  { set: 'geoparsing', metric: 'TR-News resolution accuracy@161km', label: 'Mordecai 3 accuracy within 161 km, TR-News', value: '87.3%', source: MORDECAI3 },
  { set: 'geoparsing', metric: 'LGL resolution accuracy@161km', label: 'Mordecai 3 accuracy within 161 km, LGL', value: '82.7%', source: MORDECAI3 },
  { set: 'muc4', label: 'MUC-4 participating systems (Sundheim 1992, "Overview of the Fourth Message Understanding Evaluation and Conference", MUC-4 proceedings)',
    value: 'not transcribed', source: 'MUC-4 proceedings (ACL Anthology M92-1001)',
    caveat: 'the official scorer aligns whole templates and scores every slot (ALL TEMPLATES recall/precision on TST3/TST4); our figures are per-slot accuracies on DEV+TST1+TST2 and are not comparable to it. We did not find the table in a source we could read, so no number is quoted' },
  { set: 'case2021-task2', label: 'LEMONADE: end-to-end ACLED-style event extraction, zero-shot', value: '58%', source: 'LEMONADE, figure as quoted in issue 4',
    caveat: 'a different data set and an end-to-end score: a rough bar for the whole pipeline, not for sub-type accuracy on CASE snippets' },
];

export function anchorsFor(set: string): Anchor[] {
  return ANCHORS.filter((a) => a.set === set);
}
