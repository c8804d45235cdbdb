/** The English pack: lexicons read by the shared engines, in the order the pipeline uses them. */
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

export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  abbreviations: ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Gov', 'Sen', 'Rep',
    'Rev', 'Det', 'Insp', 'Supt', 'St', 'Ave', 'Blvd', 'Rd', 'Mt', 'Ft', 'Jr', 'Sr', 'Inc', 'Corp', 'Ltd', 'Co', 'No', 'vs', 'etc',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'U.S', 'U.N', 'U.K', 'a.m', 'p.m', 'approx'],
  elisions: [],
  grammar, numbers, quantities, counts, attribution, time, entities, events, examples, commonWords,
  gaps: [
    'a figure of people shot is lessened by the largest killed figure of the six sentences around it, which in a round-up may be another incident\'s',
    'a victim named with no outcome phrase ("Genesis Tyler and Rita Langworthy were shot dead": no figure) gives no count',
    'a person named like a town ("Casey Jackson") may be read as the place; towns under 5,000 people are not in the gazetteer',
    'relative dates of the form "three days earlier" are not resolved',
    'two-digit years in datelines ("3 JAN 90") are not read as years',
    'an active verb whose object is not a figure ("gunmen killed the mayor") gives no count',
    '"the assassination of" in a record ("responsible for the assassination of a police chief") is read as a death',
    'a plural noun listed with a figure ("detained the leaders and two associates") counts as one person',
  ],
};
