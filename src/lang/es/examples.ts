/** Sentences every release of the pack must read right; the cross-pack test runs them. */
import type { ExampleSentence } from '../pack.js';

export const examples: readonly ExampleSentence[] = [
  { text: 'Al menos ocho miembros de las fuerzas de seguridad murieron y 317 resultaron heridos, según el Ministerio del Interior.', date: '2022-01-06',
    expect: { counts: [{ kind: 'killed', min: 8, max: null }, { kind: 'injured', min: 317, max: 317 }], speaker: 'el Ministerio del Interior' } },
  { text: 'Decenas de manifestantes fueron detenidos el domingo en Caracas, informó la ONG Foro Penal.', date: '2019-01-29',
    expect: { counts: [{ kind: 'arrested', min: 20, max: 99 }], times: [{ text: 'el domingo', start: '2019-01-27', precision: 'day' }], speaker: 'la ONG Foro Penal' } },
  { text: 'Cientos de personas se manifestaron el jueves contra la reforma de las pensiones.', date: '2023-03-10',
    expect: { counts: [{ kind: 'participants', min: 200, max: 999 }], times: [{ text: 'el jueves', start: '2023-03-09', precision: 'day' }], eventType: 'Protests' } },
  { text: 'Un bombardeo aéreo dejó doce muertos anoche cerca de Kandahar.', date: '2021-07-02',
    expect: { counts: [{ kind: 'killed', min: 12, max: 12 }], times: [{ text: 'anoche', start: '2021-07-01', precision: 'day' }], eventType: 'Explosions/Remote violence' } },
];
