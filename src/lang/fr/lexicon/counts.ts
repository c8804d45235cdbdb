/**
 * "au moins huit membres des forces de sécurité ont été tués et 317 blessés",
 * "Des dizaines d'assaillants ont été éliminés", "plusieurs centaines de personnes ont manifesté".
 * News uses euphemisms for deaths ("éliminés", "ont péri", "ont trouvé la mort"): all are "killed".
 */
import type { CountLexicon } from '../../pack.js';

export const counts: CountLexicon = {
  victims: {
    personnes: 'people', personne: 'people', homme: 'people', femme: 'civilians', enfant: 'civilians',
    civil: 'civilians', policier: 'security-forces', soldat: 'security-forces', militaire: 'security-forces',
    gendarme: 'security-forces', manifestant: 'protesters', journaliste: 'civilians', otage: 'civilians',
    'travailleurs humanitaires': 'civilians', humanitaires: 'civilians', 'employés': 'civilians', 'ouvriers': 'civilians', 'personnes âgées': 'civilians', gens: 'people', individus: 'people', victimes: 'people',
    civils: 'civilians', habitants: 'civilians', villageois: 'civilians', passants: 'civilians', enfants: 'civilians',
    femmes: 'civilians', hommes: 'people', étudiants: 'civilians', journalistes: 'civilians', fidèles: 'civilians',
    'membres des forces de sécurité': 'security-forces', 'membres des forces de l\'ordre': 'security-forces',
    'agents des forces de l\'ordre': 'security-forces', 'forces de sécurité': 'security-forces',
    'forces de l\'ordre': 'security-forces', policiers: 'security-forces', gendarmes: 'security-forces',
    agents: 'security-forces', 'agents de police': 'security-forces', militaires: 'security-forces',
    soldats: 'security-forces', 'membres de la garde nationale': 'security-forces', 'casques bleus': 'security-forces',
    assaillants: 'assailants', émeutiers: 'rioters', pillards: 'rioters', extrémistes: 'assailants',
    terroristes: 'militants', jihadistes: 'militants', djihadistes: 'militants', insurgés: 'militants',
    rebelles: 'militants', combattants: 'militants', militants: 'militants', islamistes: 'militants',
    manifestants: 'protesters', protestataires: 'protesters', opposants: 'protesters', grévistes: 'protesters',
    'membres de l\'opposition': 'protesters', suspects: 'suspects', otages: 'civilians', migrants: 'civilians',
    réfugiés: 'civilians', blessés: 'people', morts: 'people', tués: 'people',
  },
  outcomes: {
    'tués': 'killed', 'tuées': 'killed', 'tué': 'killed', 'tuée': 'killed', 'morts': 'killed', 'mortes': 'killed',
    'mort': 'killed', 'décédés': 'killed', 'décédées': 'killed', 'éliminés': 'killed', 'abattus': 'killed',
    'exécutés': 'killed', 'massacrés': 'killed', 'ont péri': 'killed', 'a péri': 'killed', 'périssent': 'killed',
    'ont trouvé la mort': 'killed', 'a trouvé la mort': 'killed', 'ont perdu la vie': 'killed',
    'sont morts': 'killed', 'ont succombé': 'killed', 'neutralisés': 'killed',
    'blessés': 'injured', 'blessées': 'injured', 'blessé': 'injured', 'blessée': 'injured', 'hospitalisés': 'injured', 'hospitalisées': 'injured',
    'arrêtés': 'arrested', 'arrêtées': 'arrested', 'interpellés': 'arrested', 'interpellées': 'arrested',
    'détenus': 'arrested', 'placés en garde à vue': 'arrested', 'appréhendés': 'arrested', 'capturés': 'arrested',
    'disparus': 'missing', 'portés disparus': 'missing',
    'enlevés': 'kidnapped', 'enlevées': 'kidnapped', 'kidnappés': 'kidnapped', 'pris en otage': 'kidnapped',
    'manifesté': 'participants', 'manifestaient': 'participants', 'manifestent': 'participants', 'défilé': 'participants',
    'défilaient': 'participants', 'rassemblés': 'participants', 'se sont rassemblées': 'participants',
    'protesté': 'participants',
    'déployés': 'deployed', 'déployées': 'deployed', 'dépêchés': 'deployed', 'mobilisés': 'deployed',
    'déplacés': 'displaced', 'ont fui': 'displaced', 'évacués': 'displaced', 'évacuées': 'displaced', 'déplacées': 'displaced',
  },
  outcomeNouns: {
    morts: 'killed', tués: 'killed', décès: 'killed', victimes: 'killed',
    blessés: 'injured', 'blessés graves': 'injured', 'blessés légers': 'injured',
    arrestations: 'arrested', interpellations: 'arrested', 'gardes à vue': 'arrested',
    disparus: 'missing', otages: 'kidnapped', manifestants: 'participants', protestataires: 'participants',
    déplacés: 'displaced',
  },
  verbsBefore: {
    tuant: 'killed', 'a tué': 'killed', 'ont tué': 'killed', 'fait': 'killed', 'faisant': 'killed', 'coûté la vie à': 'killed',
    'blessant': 'injured', 'a blessé': 'injured', 'ont blessé': 'injured',
    'a arrêté': 'arrested', 'ont arrêté': 'arrested', 'a interpellé': 'arrested', 'ont interpellé': 'arrested',
    'arrêtant': 'arrested', 'a enlevé': 'kidnapped', 'ont enlevé': 'kidnapped', 'a déployé': 'deployed',
    'ont déployé': 'deployed', 'rassemblé': 'participants', 'réuni': 'participants',
  },
  ellipsisJoiners: ['et', 'ainsi que', 'et au moins'],
  partitives: ['de', 'd\''],
  // "ont également interpellé deux suspects", "deux autres suspects ont été arrêtés"
  additives: ['également', 'aussi', 'en outre'],
  additiveModifiers: ['supplémentaires', 'autres'],
  singularOutcomes: {
    'a été tué': 'killed', 'a été tuée': 'killed', 'a été abattu': 'killed', 'a été abattue': 'killed', 'est mort': 'killed',
    'est morte': 'killed', 'a succombé': 'killed', 'a perdu la vie': 'killed', 'a trouvé la mort': 'killed', 'a été assassiné': 'killed',
    'a été assassinée': 'killed', 'a été blessé': 'injured', 'a été blessée': 'injured', 'a été grièvement blessé': 'injured',
    'a été arrêté': 'arrested', 'a été arrêtée': 'arrested', 'a été interpellé': 'arrested', 'a été interpellée': 'arrested',
    'a été enlevé': 'kidnapped', 'a été enlevée': 'kidnapped',
  },
  // "touchés par balle" is not told apart from "blessés" yet: no hit outcomes.
  hits: [],
  otherPeople: ['autres', 'autre'],
  // "cinq personnes ont été blessées, dont une mortellement"
  fatalShares: ['mortellement', 'd\'entre elles mortellement', 'd\'entre eux mortellement'],
  objectOutcomes: [],
  // "six prêtres jésuites, leur cuisinière et sa fille ont été tués" → 8
  victimLists: {
    people: {
      personne: 'one', personnes: 'many', homme: 'one', hommes: 'many', femme: 'one', femmes: 'many', enfant: 'one', enfants: 'many',
      civil: 'one', civils: 'many', policier: 'one', policiers: 'many', gendarme: 'one', gendarmes: 'many', soldat: 'one', soldats: 'many',
      militaire: 'one', militaires: 'many', agent: 'one', agents: 'many', prêtre: 'one', prêtres: 'many', religieuse: 'one',
      religieuses: 'many', cuisinière: 'one', cuisinières: 'many', cuisinier: 'one', cuisiniers: 'many', gouvernante: 'one',
      domestique: 'one', domestiques: 'many', chauffeur: 'one', chauffeurs: 'many', fille: 'one', filles: 'many', épouse: 'one',
      mari: 'one', frère: 'one', frères: 'many', sœur: 'one', sœurs: 'many', père: 'one', mère: 'one', neveu: 'one', nièce: 'one',
      maire: 'one', maires: 'many', juge: 'one', juges: 'many', journaliste: 'one', journalistes: 'many', paysan: 'one', paysans: 'many',
      député: 'one', députés: 'many', dirigeant: 'one', dirigeants: 'many', membre: 'one', membres: 'many', garde: 'one', gardes: 'many',
      passant: 'one', passants: 'many', habitant: 'one', habitants: 'many', employé: 'one', employés: 'many', victime: 'one', victimes: 'many',
    },
    joiners: ['et', 'ainsi que'],
    determiners: ['le', 'la', 'l\'', 'un', 'une', 'son', 'sa', 'leur', 'notre', 'mon', 'ma', 'cet', 'cette'],
    articles: ['le', 'la', 'l\'', 'un', 'une'],
    possessiveEndings: [],
    modifiersAfter: 2,
    groupHeads: ['personnes', 'civils', 'victimes', 'autres', 'membres', 'habitants'],
    gapWords: ['été', 'également', 'aussi', 'tous', 'toutes', 'grièvement', 'mortellement', 'légèrement'],
    ageWords: ['ans'],
    objectCues: {
      'l\'assassinat de': 'killed', 'le meurtre de': 'killed', 'la mort de': 'killed', 'le massacre de': 'killed',
      'l\'enlèvement de': 'kidnapped', tuant: 'killed', blessant: 'injured',
    },
  },
};
