/**
 * "eight" = 8, "three hundred and seventeen" = 317, "twenty-one" = 21, "1,350", "2.5 million".
 * "a" and "an" are one only with people and an outcome ("a soldier was wounded"), never alone.
 */
import type { NumberLexicon } from '../../pack.js';

export const numbers: NumberLexicon = {
  words: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    a: 1, an: 1,
  },
  multipliers: { hundred: 100, hundreds: 100, thousand: 1000, million: 1e6, millions: 1e6, billion: 1e9 },
  // "three hundred and seventeen": "and" joins parts of one number.
  joiners: ['and'],
  articleOne: ['a', 'an', 'one'],
  decimalSeparator: '.',
  thousandsSeparators: ',',
  clockSeparators: ':',
};
