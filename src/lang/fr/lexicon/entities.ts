/**
 * "le porte-parole de la police Saltanat Azirbek", "M. Azirbek", "l'Organisation du traité de sécurité
 * collective (OTSC)", "le ministère de l'Intérieur kazakh", "la télévision publique locale".
 */
import type { EntityLexicon } from '../../pack.js';
import { demonyms } from './demonyms.js';

export const entities: EntityLexicon = {
  titles: ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Me', 'Mgr', 'Dr', 'Pr', 'Sir'],
  roles: [
    'porte-parole', 'porte-parole de la police', 'porte-parole du ministère', 'porte-parole du gouvernement',
    'porte-parole de l\'armée', 'président', 'présidente', 'premier ministre', 'première ministre', 'ministre',
    'chef de l\'État', 'chef de la diplomatie', 'chef de la police', 'chef d\'état-major', 'général', 'colonel',
    'commandant', 'gouverneur', 'maire', 'préfet', 'procureur', 'juge', 'député', 'sénateur', 'ambassadeur',
    'secrétaire général', 'directeur', 'directrice', 'dirigeant', 'chef', 'leader', 'opposant', 'militant',
    'journaliste', 'correspondant', 'témoin', 'responsable', 'représentant', 'conseiller', 'analyste', 'expert',
    'ministre de l\'Intérieur', 'ministre de la Défense', 'ministre des Affaires étrangères', 'vice-ministre',
  ],
  // Lower-case heads describe an organisation ("le ministère de l'Intérieur"); capitalised ones
  // name one only when the text capitalises them ("le Mouvement démocratique", not "le mouvement de colère").
  organisationHeads: [
    'ministère', 'gouvernement', 'banque centrale', 'département de la police', 'police', 'armée', 'parlement',
    'sénat', 'garde nationale', 'état-major', 'présidence', 'mairie', 'préfecture', 'tribunal', 'parquet',
    'services de sécurité', 'ambassade', 'autorités', 'régime', 'municipalité', 'ONG', 'Croix-Rouge',
    'Assemblée', 'Conseil', 'Comité', 'Commission', 'Organisation', 'Union', 'Alliance', 'Parti', 'Mouvement',
    'Front', 'Coalition', 'Fédération', 'Agence', 'Office', 'Service', 'Cour', 'Syndicat', 'Fonds', 'Institut',
  ],
  mediaHeads: ['agence', 'agences', 'télévision', 'chaîne', 'radio', 'journal', 'quotidien', 'hebdomadaire',
    'médias', 'média', 'presse', 'site', 'réseaux sociaux', 'agence de presse', 'télévision publique', 'la télévision d\'État'],
  mediaNames: ['AFP', 'Agence France-Presse', 'Reuters', 'AP', 'Associated Press', 'TASS', 'Tass', 'Ria Novosti',
    'RIA Novosti', 'Interfax', 'Interfax-Kazakhstan', 'Xinhua', 'ANSA', 'EFE', 'DPA', 'BBC', 'CNN', 'Al-Jazeera',
    'Al Jazeera', 'Le Monde', 'Le Figaro', 'Libération', 'France 24', 'RFI', 'TV5Monde', 'Euronews', 'Bloomberg',
    'The New York Times', 'New York Times', 'Washington Post', 'The Guardian', 'Kazinform', 'Khabar 24', 'Sputnik',
    'RT', 'Anadolu', 'IRNA', 'Belga', 'ATS', 'Kyodo', 'Yonhap', 'Ukrinform', 'Unian', 'Le Parisien', 'Ouest-France',
    'franceinfo', 'France Info', 'BFMTV', 'LCI', 'TF1', 'France 2', 'Le Soir', 'La Presse', 'Radio-Canada', 'APS', 'MAP'],
  determiners: ['le', 'la', 'les', 'l\'', 'un', 'une', 'des', 'du', 'de la', 'de l\'', 'd\'', 'ce', 'cet', 'cette', 'ces', 'leur', 'leurs', 'son', 'sa', 'ses'],
  nameParticles: ['de', 'du', 'des', 'de la', 'd\'', 'la', 'le', 'van', 'von', 'al', 'el', 'ben', 'bin', 'ibn', 'et'],
  notNames: ['Le', 'La', 'Les', 'L', 'Un', 'Une', 'Des', 'Du', 'De', 'D', 'Ce', 'Cet', 'Cette', 'Ces', 'Selon',
    'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Vous', 'Je', 'Et', 'Mais', 'Or', 'Ni', 'Car', 'Donc', 'Si',
    'Plusieurs', 'Quelques', 'Certains', 'Après', 'Avant', 'Depuis', 'Dans', 'En', 'Au', 'Aux', 'Pour', 'Par',
    'Sur', 'Sous', 'Avec', 'Sans', 'Lors', 'Alors', 'Puis', 'Enfin', 'Ainsi', 'Toutefois', 'Cependant', 'Pourtant',
    'Comme', 'Quand', 'Lorsque', 'Leur', 'Leurs', 'Son', 'Sa', 'Ses', 'Notre', 'Votre', 'Tous', 'Toutes', 'Tout',
    'Deux', 'Trois', 'Quatre', 'Cinq', 'Dix', 'Cent', 'Mille', 'Aucun', 'Aucune', 'Chaque', 'Hier', 'Aujourd',
    'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche', 'Moins', 'Plus', 'Près', 'Environ',
    'Au', 'Outre', 'Parmi', 'Face', 'Contre', 'Vers', 'Entre', 'Non', 'Oui', 'Seul', 'Seule', 'Là', 'Ici', 'Celui',
    'Celle', 'Ceux', 'Cela', 'Ceci', 'Ça', 'Qui', 'Que', 'Quoi', 'Où', 'Dont', 'Ont', 'Est', 'Sont', 'Était'],
  pronouns: ['il', 'elle', 'ils', 'elles'],
  demonyms,
  countryAnaphora: ['le pays', 'du pays', 'ce pays', 'cette ex-république soviétique', 'l\'ex-république soviétique',
    'cette ancienne république soviétique', 'la république'],
  placeCues: ['à', 'au', 'aux', 'en', 'dans', 'de', 'd\'', 'près de', 'vers', 'depuis', 'dans la ville de', 'dans la ville d\'',
    'dans la région de', 'dans la province de', 'la ville de', 'la ville d\'', 'la région de', 'la province de'],
  subCitySpots: ['la principale place de', 'la principale place d\'', 'l\'un des quartiers de', 'l\'un des quartiers d\'',
    'un quartier de', 'un quartier d\'', 'le centre de', 'le centre d\'', 'la banlieue de', 'la banlieue d\'',
    'les environs de', 'les environs d\'', 'la périphérie de', 'la périphérie d\'', 'le centre-ville de', 'le centre-ville d\''],
  // "dans la province de Helmand", "l'oblast de Manguistaou", "le gouvernorat d'Idleb"
  regionHeadsAfter: [],
  regionHeadsBefore: ['province de', 'province d\'', 'provinces de', 'oblast de', 'oblast d\'', 'gouvernorat de', 'gouvernorat d\'', 'préfecture de'],
  sectionHeadsAfter: [],
  countyHeadsAfter: [],
  institutionHeadsAfter: [],
  institutionHeadsBefore: [],
  residentsAfter: [],
  sceneLocatives: ['à', 'près de', 'dans la ville de', 'dans le village de'],
};
