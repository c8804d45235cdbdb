/**
 * Metric helpers shared by every scorer: precision/recall/F1 from counts, accuracy, one-to-one span
 * matching (exact or overlapping), great-circle distance and B-cubed clustering scores.
 *   prf({ tp: 8, fp: 2, fn: 2 })          → P 0.8, R 0.8, F1 0.8
 *   matchSpans(gold, pred, 'overlap')     → pairs, missed gold, spurious predictions
 *   haversineKm(43.25, 76.92, 43.65, 51.17) → ≈ 2,060 km (Almaty to Aktau)
 */
import type { Metric } from './types.js';

export interface Counts { tp: number; fp: number; fn: number }

export interface Prf { precision: number; recall: number; f1: number }

/**
 * Nothing to find and nothing found is perfect (1, 1, 1). A rate with an empty denominator is 1 when
 * the other side has no error either, else 0: no prediction against some gold is P 0, R 0.
 */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Three metrics `<name> P`, `<name> R`, `<name> F1`; n is predictions for P, gold items for R and F1. */
export function prfMetrics(name: string, c: Counts, note?: string): Metric[] {
  const { precision, recall, f1 } = prf(c);
  const counts = `tp ${c.tp}, fp ${c.fp}, fn ${c.fn}`;
  const full = note ? `${note}; ${counts}` : counts;
  return [
    { name: `${name} P`, value: precision, n: c.tp + c.fp },
    { name: `${name} R`, value: recall, n: c.tp + c.fn },
    { name: `${name} F1`, value: f1, n: c.tp + c.fn, note: full },
  ];
}

/** correct / n; 0 over no items (the metric's n = 0 says it is empty, and the gate skips it). */
export function accuracy(correct: number, n: number): number {
  return n === 0 ? 0 : correct / n;
}

export function accuracyMetric(name: string, correct: number, n: number, note?: string): Metric {
  return { name, value: accuracy(correct, n), n, ...(note ? { note } : {}) };
}

/** A tally of pass/fail for accuracy-style metrics. */
export class Tally {
  correct = 0;
  n = 0;
  add(ok: boolean): boolean {
    this.n++;
    if (ok) this.correct++;
    return ok;
  }
  metric(name: string, note?: string): Metric {
    return accuracyMetric(name, this.correct, this.n, note);
  }
}

export interface Span { start: number; end: number }

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export interface SpanMatch<G, P> {
  pairs: { gold: G; pred: P }[];
  missed: G[];
  spurious: P[];
}

/**
 * One-to-one matching of predicted spans to gold spans. `exact`: same start and end. `overlap`: any
 * shared character, the largest overlaps paired first (ties: earlier gold first), so one long
 * prediction cannot take two gold spans. `compatible` restricts pairs (same entity type, …).
 */
export function matchSpans<G extends Span, P extends Span>(
  gold: readonly G[], pred: readonly P[], mode: 'exact' | 'overlap', compatible: (g: G, p: P) => boolean = () => true,
): SpanMatch<G, P> {
  const candidates: { gi: number; pi: number; size: number }[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      if (!compatible(g, p)) return;
      if (mode === 'exact' ? g.start === p.start && g.end === p.end : spansOverlap(g, p)) {
        candidates.push({ gi, pi, size: overlapLength(g, p) });
      }
    });
  });
  candidates.sort((a, b) => b.size - a.size || a.gi - b.gi || a.pi - b.pi);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: { gold: G; pred: P }[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gi) || usedPred.has(c.pi)) continue;
    usedGold.add(c.gi);
    usedPred.add(c.pi);
    pairs.push({ gold: gold[c.gi]!, pred: pred[c.pi]! });
  }
  pairs.sort((a, b) => a.gold.start - b.gold.start);
  return {
    pairs,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    spurious: pred.filter((_, i) => !usedPred.has(i)),
  };
}

export function countsOf<G, P>(m: SpanMatch<G, P>): Counts {
  return { tp: m.pairs.length, fp: m.spurious.length, fn: m.missed.length };
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres (mean Earth radius). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * B-cubed precision and recall of a clustering (Bagga & Baldwin 1998), averaged over the items of
 * the gold clustering. `gold` and `pred` map each item to its cluster id; an item the prediction
 * leaves out is its own singleton. Used for incident merging (articles → incident ids).
 */
export function bcubed<T>(gold: ReadonlyMap<T, string>, pred: ReadonlyMap<T, string>): Prf & { n: number } {
  const items = [...gold.keys()];
  if (items.length === 0) return { precision: 1, recall: 1, f1: 1, n: 0 };
  const singleton = (item: T) => `\u0000singleton:${items.indexOf(item)}`;
  const predOf = (item: T) => pred.get(item) ?? singleton(item);
  const goldMembers = new Map<string, T[]>();
  const predMembers = new Map<string, T[]>();
  for (const item of items) {
    const g = gold.get(item)!;
    const p = predOf(item);
    goldMembers.set(g, [...(goldMembers.get(g) ?? []), item]);
    predMembers.set(p, [...(predMembers.get(p) ?? []), item]);
  }
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const g = gold.get(item)!;
    const inPred = predMembers.get(predOf(item))!;
    const inGold = goldMembers.get(g)!;
    const both = inPred.filter((x) => gold.get(x) === g).length;
    precision += both / inPred.length;
    recall += both / inGold.length;
  }
  precision /= items.length;
  recall /= items.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, n: items.length };
}
