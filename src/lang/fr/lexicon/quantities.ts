/**
 * "des dizaines" (20–99), "plusieurs centaines" (200–999), "une centaine" (80–120), "au moins huit",
 * "plus de 300", "près de 1 000". A vague word is a range, never a made-up number.
 */
import type { QuantityLexicon } from '../../pack.js';

export const quantities: QuantityLexicon = {
  vague: {
    'des dizaines': [20, 99], 'plusieurs dizaines': [20, 99], 'quelques dizaines': [20, 50],
    'des centaines': [200, 999], 'plusieurs centaines': [200, 999], 'quelques centaines': [200, 500],
    'des milliers': [2000, 9999], 'plusieurs milliers': [2000, 9999], 'quelques milliers': [2000, 5000],
    'des dizaines de milliers': [20000, 99999], 'plusieurs dizaines de milliers': [20000, 99999],
    'des centaines de milliers': [200000, 999999],
    'une dizaine': [8, 12], 'une douzaine': [10, 14], 'une quinzaine': [13, 17], 'une vingtaine': [18, 22],
    'une trentaine': [25, 35], 'une quarantaine': [35, 45], 'une cinquantaine': [45, 55],
    'une soixantaine': [55, 65], 'une centaine': [80, 120], 'un millier': [800, 1200],
    'quelques': [2, 9], 'plusieurs': [2, null], 'de nombreux': [2, null], 'de nombreuses': [2, null],
  },
  qualifiers: {
    'au moins': 'at-least', 'au minimum': 'at-least', 'pas moins de': 'at-least',
    'plus de': 'more-than', 'plus d\'': 'more-than',
    'près de': 'nearly', 'presque': 'nearly', 'quasiment': 'nearly',
    'environ': 'about', 'quelque': 'about', 'autour de': 'about', 'approximativement': 'about',
    'moins de': 'less-than', 'moins d\'': 'less-than',
    'jusqu\'à': 'up-to', 'au plus': 'up-to', 'au maximum': 'up-to',
  },
  notPeople: ['%', 'pour cent', 'km', 'kilomètres', 'm', 'mètres', 'kg', 'tonnes', 'ans', 'années', 'mois', 'jours',
    'heures', 'h', 'minutes', 'euros', 'dollars', 'tenge', 'roubles', 'francs', 'milliards', 'degrés'],
};
