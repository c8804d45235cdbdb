/**
 * npm run bench:worst — the worst input we know for each extractor, at 10 KB, 100 KB, 1 MB and
 * 10 MB, through the whole pipeline. Time per MB must stay flat: anything growing with size is a
 * quadratic path to fix (issue 9). Prints one row per extractor.
 */
import { extractArticle } from '../src/core/pipeline.js';
import { loadGeocoder } from '../src/extract/geocoder.js';

const WORST: Record<string, string> = {
  'segmentation (abbreviations, no sentence end)': 'Selon M. Dr Mme ',
  'quantities (vague chain)': 'des dizaines de ',
  'quantities (number words)': 'quatre-vingt-dix-neuf mille trois cent ',
  'counts (people, no outcome)': 'au moins huit membres des forces de sécurité et ',
  'times (dates)': 'jeudi 6 janvier 2022 la nuit dernière ',
  'attribution (reporting clauses)': 'a-t-il ajouté, selon M. Azirbek, cité par les agences TASS et ',
  'entities (capitals, acronyms)': "l'Organisation du Traité (OTSC) Le La M. Jean Dupont ",
  'places (toponyms)': 'Almaty, Moscou, Aktau, Paris, ',
  'events (cues, one sentence)': 'ont manifesté, prendre d\'assaut, déployés, pillés ',
  'events (cues, many sentences)': 'Des manifestants ont manifesté à Almaty. ',
  'long token': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
};
const SIZES = [10e3, 100e3, 1e6, 10e6];
const geo = loadGeocoder(() => {});
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

extractArticle({ id: 'warm', text: fill(WORST['events (cues, many sentences)']!, 20e3), date: { value: '2022-01-06', precision: 'day' }, lang: 'fr', title: null, url: null, source: null, file: null }, { geo });
console.log(`${'worst input for'.padEnd(48)}${SIZES.map((s) => `${s >= 1e6 ? `${s / 1e6} MB` : `${s / 1e3} KB`}`.padStart(12)).join('')}   (ms per MB)`);
for (const [name, unit] of Object.entries(WORST)) {
  const cells: string[] = [];
  for (const size of SIZES) {
    const text = fill(unit, size);
    const t0 = performance.now();
    extractArticle({ id: name, text, date: { value: '2022-01-06', precision: 'day' }, lang: 'fr', title: null, url: null, source: null, file: null }, { geo });
    cells.push(((performance.now() - t0) / (size / 1e6)).toFixed(0).padStart(12));
  }
  console.log(`${name.padEnd(48)}${cells.join('')}`);
}
