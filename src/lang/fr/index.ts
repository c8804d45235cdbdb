/** The French pack: lexicons read by the shared engines, in the order the pipeline uses them. */
import type { LanguagePack } from '../pack.js';
import { attribution } from './lexicon/attribution.js';
import { counts } from './lexicon/counts.js';
import { entities } from './lexicon/entities.js';
import { events } from './lexicon/events.js';
import { numbers } from './lexicon/numbers.js';
import { quantities } from './lexicon/quantities.js';
import { time } from './lexicon/time.js';
import { grammar } from './lexicon/grammar.js';
import { commonWords } from './lexicon/common-words.js';
import { examples } from './examples.js';

export const fr: LanguagePack = {
  code: 'fr',
  name: 'French',
  abbreviations: ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Pr', 'Me', 'Mgr', 'St', 'Ste', 'Gal', 'Gén', 'Col', 'Cdt', 'Lt',
    'av', 'bd', 'env', 'etc', 'cf', 'p', 'n°', 'No', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'J.-C', 'ex'],
  elisions: ['l\'', 'd\'', 'j\'', 'm\'', 'n\'', 's\'', 't\'', 'c\'', 'qu\'', 'jusqu\'', 'lorsqu\'', 'puisqu\'', 'quoiqu\''],
  grammar, numbers, quantities, counts, attribution, time, entities, events, examples, commonWords,
  gaps: [
    'reported speech inside « » spanning several paragraphs is attributed sentence by sentence, not as one quote',
    'relative dates of the form "trois jours plus tôt" are not resolved',
    'ordinal and fractional quantities ("un tiers des manifestants") are not counts',
    'an outlet named between the verb and a postposed speaker ("a déclaré à l\'AFP le ministre") is not read as the outlet',
  ],
};
