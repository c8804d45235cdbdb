/** The one place a scored set is registered, in the order reports are printed. */
import { frTimebank } from './sets/fr-timebank.js';
import type { SetScorer } from './types.js';

export const SCORERS: readonly SetScorer[] = [
  frTimebank,
];
