/** Sentences every release of the pack must read right; the cross-pack test runs them. */
import type { ExampleSentence } from '../pack.js';

export const examples: readonly ExampleSentence[] = [
  { text: 'At least eight members of the security forces were killed and 317 wounded, according to the Interior Ministry.', date: '2022-01-06',
    expect: { counts: [{ kind: 'killed', min: 8, max: null }, { kind: 'injured', min: 317, max: 317 }], speaker: 'the Interior Ministry' } },
  { text: 'Police said dozens of protesters were detained on Sunday in Minsk.', date: '2020-08-11',
    expect: { counts: [{ kind: 'arrested', min: 20, max: 99 }], times: [{ text: 'on Sunday', start: '2020-08-09', precision: 'day' }], speaker: 'Police' } },
  { text: 'Several hundred people protested on Thursday against the pension reform.', date: '2023-03-10',
    expect: { counts: [{ kind: 'participants', min: 200, max: 999 }], times: [{ text: 'on Thursday', start: '2023-03-09', precision: 'day' }], eventType: 'Protests' } },
  { text: 'An air strike killed twelve people last night near Kandahar.', date: '2021-07-02',
    expect: { counts: [{ kind: 'killed', min: 12, max: 12 }], times: [{ text: 'last night', start: '2021-07-01', precision: 'day' }], eventType: 'Explosions/Remote violence' } },
];
