/** Function words: "a déclaré que", "A, B et C", "dans les médias et sur les réseaux sociaux". */
import type { GrammarLexicon } from '../../pack.js';

export const grammar: GrammarLexicon = {
  auxiliaries: ['a', 'ont', 'est', 'sont', 'avait', 'avaient', 'était', 'étaient', 'aurait', 'auraient'],
  complementizers: ['que', 'qu\''],
  complementizerOptional: false,
  negations: ['ne', 'n\'', 'pas', 'aucun', 'aucune', 'personne n\'', 'sans'],
  listJoiners: ['et', 'ou'],
  outletPrepositions: ['dans', 'sur', 'par', 'via'],
  complementLinks: ['de la', 'de l\'', 'du', 'des', 'de', 'd\''],
  prepositions: ['pendant', 'lors de', 'dans', 'à', 'au', 'près de', 'après'],
  relativePronouns: ['qui', 'lesquels', 'lesquelles'],
  subjectFollowers: ['a', 'ont', 'avait', 'avaient', 'et ses alliés', 'et leurs alliés', 'et ses partenaires', 'a annoncé', 'ont annoncé'],
};
