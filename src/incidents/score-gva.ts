/**
 * Scores incident merging of a store against the gva-incidents gold incident ids:
 *   node --import tsx src/incidents/score-gva.ts [--db FILE] [--data DIR] [--clean]
 * Every gva document in the store counts (`--clean`: only those with incident gold that name their city).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { openStore } from '../store/open.js';
import { scoreMerging } from './score.js';

export function goldFromGva(dir: string, clean: boolean): Map<string, string> {
  const gold = new Map<string, string>();
  const incidents = new Set<string>();
  for (const line of gunzipSync(readFileSync(join(dir, 'incidents.jsonl.gz'))).toString('utf8').split('\n')) {
    if (line.trim()) incidents.add((JSON.parse(line) as { incident_id: string }).incident_id);
  }
  for (const line of gunzipSync(readFileSync(join(dir, 'documents.jsonl.gz'))).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { doc_id: string; incident_id: string; derived_has_incident_gold: boolean; derived_text_mentions_city: boolean };
    if (clean && !(d.derived_has_incident_gold && d.derived_text_mentions_city && incidents.has(d.incident_id))) continue;
    gold.set(d.doc_id, d.incident_id);
  }
  return gold;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { db: { type: 'string', default: './eventwire.db' }, data: { type: 'string', default: '../shared/data/gva-incidents' }, clean: { type: 'boolean', default: false } } });
  const store = openStore(values.db);
  const gold = goldFromGva(values.data!, values.clean!);
  const s = await scoreMerging(store, gold);
  await store.close();
  const f = (x: number) => x.toFixed(3);
  console.log(`gva-incidents merging (${s.matched} of ${s.articles} gold articles in the store, ${new Set(gold.values()).size} gold incidents)`);
  console.log(`B-cubed   P ${f(s.bcubed.precision)}  R ${f(s.bcubed.recall)}  F1 ${f(s.bcubed.f1)}`);
  console.log(`pairwise  P ${f(s.pairwise.precision)}  R ${f(s.pairwise.recall)}  F1 ${f(s.pairwise.f1)}  (${s.pairwise.predictedPairs} predicted pairs, ${s.pairwise.goldPairs} gold pairs)`);
}
