/** Sentences every release of the pack must read right; the cross-pack test runs them. */
import type { ExampleSentence } from '../pack.js';

export const examples: readonly ExampleSentence[] = [
  { text: 'Au moins huit membres des forces de sécurité ont été tués et 317 blessés, selon le ministère de l\'Intérieur.', date: '2022-01-06',
    expect: { counts: [{ kind: 'killed', min: 8, max: null }, { kind: 'injured', min: 317, max: 317 }], speaker: 'ministère de l\'Intérieur' } },
  { text: 'Des dizaines de manifestants ont été interpellés dimanche à Minsk, a indiqué l\'ONG Viasna.', date: '2020-08-11',
    expect: { counts: [{ kind: 'arrested', min: 20, max: 99 }], times: [{ text: 'dimanche', start: '2020-08-09', precision: 'day' }], speaker: 'ONG Viasna' } },
  { text: 'Plusieurs centaines de personnes ont manifesté jeudi contre la réforme.', date: '2023-03-10',
    expect: { counts: [{ kind: 'participants', min: 200, max: 999 }], times: [{ text: 'jeudi', start: '2023-03-09', precision: 'day' }], eventType: 'Protests' } },
  { text: 'Une frappe aérienne a fait douze morts la nuit dernière près de Kandahar.', date: '2021-07-02',
    expect: { counts: [{ kind: 'killed', min: 12, max: 12 }], times: [{ text: 'la nuit dernière', start: '2021-07-01', precision: 'day' }], eventType: 'Explosions/Remote violence' } },
];
