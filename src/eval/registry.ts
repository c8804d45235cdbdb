/** The one place a scored set is registered, in the order reports are printed. */
import { case2021Task2 } from './sets/case2021-task2.js';
import { frTimebank } from './sets/fr-timebank.js';
import { geoparsing } from './sets/geoparsing.js';
import { gvaIncidents } from './sets/gva-incidents.js';
import { hipe2022 } from './sets/hipe2022.js';
import { isafPr } from './sets/isaf-pr.js';
import { muc4 } from './sets/muc4.js';
import { newsagency } from './sets/newsagency.js';
import { seed } from './sets/seed.js';
import type { SetScorer } from './types.js';

export const SCORERS: readonly SetScorer[] = [
  seed,
  frTimebank,
  geoparsing,
  gvaIncidents,
  muc4,
  isafPr,
  case2021Task2,
  hipe2022,
  newsagency,
];
