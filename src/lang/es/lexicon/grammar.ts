/** Function words: "dijo que", "A, B y C", "en los medios y en las redes sociales". */
import type { GrammarLexicon } from '../../pack.js';

export const grammar: GrammarLexicon = {
  auxiliaries: ['ha', 'han', 'había', 'habían', 'es', 'son', 'fue', 'fueron', 'era', 'eran', 'habría', 'habrían'],
  complementizers: ['que'],
  complementizerOptional: false,
  negations: ['no', 'ni', 'nadie', 'ningún', 'ninguna', 'ninguno', 'sin', 'nunca'],
  listJoiners: ['y', 'e', 'o'],
  outletPrepositions: ['en', 'por', 'a través de', 'vía'],
  complementLinks: ['de la', 'de los', 'de las', 'del', 'de'],
  prepositions: ['durante', 'en', 'cerca de', 'tras', 'dentro de'],
  relativePronouns: ['quien', 'quienes', 'los cuales', 'las cuales'],
  subjectFollowers: ['y sus aliados', 'y sus socios', 'ha', 'han', 'anunció', 'afirmó', 'dijo', 'acusó'],
};
