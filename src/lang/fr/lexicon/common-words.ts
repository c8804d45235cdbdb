/**
 * Frequent French words, to restore case in all-capitals copy ("LA POLICE A ARRÊTÉ" → "la police a
 * arrêté"): a word not listed here keeps its capital and may start a name. Lexicon phrases are added
 * to these by the engine; this list only holds what the lexicons do not.
 */
export const commonWords: readonly string[] = [
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'd', 'l', 'au', 'aux', 'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car',
  'à', 'dans', 'en', 'sur', 'sous', 'par', 'pour', 'avec', 'sans', 'entre', 'vers', 'chez', 'contre', 'depuis', 'pendant',
  'avant', 'après', 'lors', 'selon', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'il', 'elle', 'ils',
  'elles', 'on', 'qui', 'que', 'qu', 'dont', 'où', 'ne', 'pas', 'plus', 'moins', 'très', 'aussi', 'encore', 'déjà', 'tout',
  'tous', 'toutes', 'autre', 'autres', 'même', 'été', 'être', 'avoir', 'a', 'ont', 'est', 'sont', 'était', 'étaient', 'fait',
  'faire', 'se', 's', 'y', 'lui', 'eux', 'nous', 'vous', 'ville', 'pays', 'région', 'province', 'capitale', 'nord', 'sud',
  'est', 'ouest', 'centre', 'jour', 'jours', 'semaine', 'mois', 'an', 'ans', 'année', 'heure', 'heures', 'fois', 'attaque',
  'groupe', 'groupes', 'armée', 'police', 'gouvernement', 'président', 'ministre', 'forces', 'sécurité', 'état', 'guerre',
];
