/** The Spanish pack: lexicons read by the shared engines, in the order the pipeline uses them. */
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

export const es: LanguagePack = {
  code: 'es',
  name: 'Spanish',
  abbreviations: ['Sr', 'Sra', 'Srta', 'Dr', 'Dra', 'Lic', 'Ing', 'Gral', 'Cnel', 'Tte', 'Cap', 'Av', 'Avda', 'etc', 'núm', 'No',
    'ene', 'feb', 'abr', 'ago', 'sept', 'oct', 'nov', 'dic', 'EE.UU', 'EEUU', 'aprox', 'p', 'pág'],
  elisions: [],
  grammar, numbers, quantities, counts, attribution, time, entities, events, examples, commonWords,
  gaps: [
    'the dropped subject ("…, añadió.") is not carried back to the last speaker; only "dijo él/ella" is',
    'relative dates of the form "tres días antes" are not resolved',
    'the hundreds above "cien" are listed words; "mil millones" is not read as a billion',
  ],
};
