/** Function words: "police said that", "Police said five people…" (no "that"), "A, B and C". */
import type { GrammarLexicon } from '../../pack.js';

export const grammar: GrammarLexicon = {
  auxiliaries: ['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would'],
  complementizers: ['that'],
  complementizerOptional: true,
  negations: ['not', 'no', 'never', 'none', 'nobody', 'no one', 'neither', 'nor', 'without', 'n\'t'],
  listJoiners: ['and', 'or'],
  outletPrepositions: ['in', 'on', 'by', 'via', 'to'],
  complementLinks: ['of the', 'of', 'for the', 'for'],
  prepositions: ['during', 'in', 'at', 'near', 'inside', 'outside', 'on', 'after', 'before'],
  relativePronouns: ['who', 'whom', 'which', 'that'],
  subjectFollowers: ['and its allies', 'and their allies', 'and its partners', 'has', 'have', 'said', 'announced', 'says', 'accused', 'claimed'],
};
