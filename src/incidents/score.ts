/**
 * Incident merging against gold incident ids: B-cubed and pairwise precision/recall over articles
 * (each article stands for the incident of its main event; an article without events is a singleton).
 */
import { bcubed, type Prf } from '../eval/metrics.js';
import type { Store } from '../store/store.js';

export interface MergingScore { bcubed: Prf & { n: number }; pairwise: Prf & { goldPairs: number; predictedPairs: number }; articles: number; matched: number }

function pairs<T>(clusters: Map<string, T[]>): Set<string> {
  const out = new Set<string>();
  for (const members of clusters.values()) {
    const sorted = [...members].map(String).sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.add(`${sorted[i]}\u0000${sorted[j]}`);
  }
  return out;
}

/** `gold`: document id → gold incident id. Documents not in the store count as unmerged singletons. */
export async function scoreMerging(store: Store, gold: ReadonlyMap<string, string>): Promise<MergingScore> {
  const predicted = new Map<string, string>();
  let matched = 0;
  for (const a of await store.articleIncidents()) {
    for (const docId of a.docIds) {
      if (!gold.has(docId)) continue;
      matched++;
      if (a.incident) predicted.set(docId, a.incident);
    }
  }
  const b = bcubed(gold, predicted);
  const group = (m: ReadonlyMap<string, string>) => {
    const g = new Map<string, string[]>();
    for (const [doc, c] of m) { if (!gold.has(doc)) continue; g.set(c, [...(g.get(c) ?? []), doc]); }
    return g;
  };
  const goldPairs = pairs(group(gold));
  const predPairs = pairs(group(predicted));
  let tp = 0;
  for (const p of predPairs) if (goldPairs.has(p)) tp++;
  const precision = predPairs.size ? tp / predPairs.size : 1;
  const recall = goldPairs.size ? tp / goldPairs.size : 1;
  return {
    bcubed: b,
    pairwise: { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, goldPairs: goldPairs.size, predictedPairs: predPairs.size },
    articles: gold.size, matched,
  };
}
