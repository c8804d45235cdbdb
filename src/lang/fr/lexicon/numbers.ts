/**
 * "huit" = 8, "trois cent dix-sept" = 317, "quatre-vingt-dix-neuf" = 99, "1 350", "2.500".
 * Belgian and Swiss forms (septante, huitante, nonante) are French too.
 */
import type { NumberLexicon } from '../../pack.js';

export const numbers: NumberLexicon = {
  words: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
    dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
    vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
    septante: 70, huitante: 80, octante: 80, nonante: 90,
    // "quatre-vingt" is 4×20, which additive arithmetic would read as 24: listed whole.
    'quatre-vingt': 80, 'quatre-vingts': 80,
  },
  multipliers: { cent: 100, cents: 100, mille: 1000, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  joiners: ['et'],
  articleOne: ['un', 'une'],
  decimalSeparator: ',',
  thousandsSeparators: ' \u00a0\u202f.',
  clockSeparators: ':h',
};
