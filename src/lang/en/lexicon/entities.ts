/**
 * "police spokesman John Smith", "Police Chief Eddie Johnson", "Mr. Karzai", "the Interior Ministry",
 * "the Elgin Police Department" (English puts the head last), "the Afghan National Army (ANA)", "Reuters".
 * Titles before names are capitalised in English ("Police Chief", "Gov."): both cases are listed.
 */
import type { EntityLexicon } from '../../pack.js';
import { demonyms } from './demonyms.js';

const capitalised = (phrases: readonly string[]) =>
  phrases.flatMap((p) => [p, p.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase())]);

export const entities: EntityLexicon = {
  titles: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Col.', 'Lt. Col.', 'Lt.', 'Maj.', 'Capt.',
    'Sgt.', 'Cpl.', 'Pvt.', 'Adm.', 'Gov.', 'Sen.', 'Rep.', 'Rev.', 'Det.', 'Insp.', 'Supt.', 'Sir', 'Mr', 'Mrs', 'Ms', 'Dr'],
  roles: capitalised([
    'spokesman', 'spokeswoman', 'spokesperson', 'police spokesman', 'police spokeswoman', 'military spokesman', 'army spokesman',
    'ministry spokesman', 'government spokesman', 'spokesman for the police', 'president', 'vice president', 'prime minister',
    'minister', 'interior minister', 'defense minister', 'defence minister', 'foreign minister', 'health minister', 'governor',
    'provincial governor', 'district governor', 'mayor', 'police chief', 'chief of police', 'sheriff', 'deputy', 'general', 'colonel',
    'commander', 'lieutenant', 'captain', 'sergeant', 'officer', 'detective', 'prosecutor', 'district attorney', 'judge', 'senator',
    'lawmaker', 'ambassador', 'secretary-general', 'secretary general', 'secretary of state', 'director', 'chief', 'leader',
    'opposition leader', 'activist', 'journalist', 'correspondent', 'witness', 'official', 'spokesman for', 'analyst', 'resident', 'coroner',
  ]),
  organisationHeads: [
    'ministry', 'government', 'central bank', 'police department', 'police', 'army', 'military', 'parliament', 'senate', 'national guard',
    'presidency', 'police force', 'security forces', 'authorities', 'regime', 'administration', 'sheriff\'s office', 'fire department',
    'court', 'prosecutor\'s office', 'embassy', 'coalition', 'NGO', 'Red Cross', 'Ministry', 'Department', 'Police Department',
    'Assembly', 'Council', 'Committee', 'Commission', 'Organization', 'Organisation', 'Union', 'Alliance', 'Party', 'Movement',
    'Front', 'Coalition', 'Federation', 'Agency', 'Office', 'Service', 'Court', 'Institute', 'Fund', 'Command', 'Brigade', 'Battalion',
    'Army', 'Force', 'Forces', 'Bureau', 'Observatory', 'Watch',
  ],
  mediaHeads: ['news agency', 'agency', 'agencies', 'television', 'TV', 'channel', 'radio', 'newspaper', 'daily', 'weekly', 'media',
    'press', 'website', 'social media', 'broadcaster', 'state television', 'state media', 'state TV', 'state news agency', 'outlet', 'outlets'],
  mediaNames: ['AFP', 'Agence France-Presse', 'Reuters', 'AP', 'Associated Press', 'The Associated Press', 'TASS', 'Tass', 'RIA Novosti',
    'Interfax', 'Xinhua', 'ANSA', 'EFE', 'DPA', 'BBC', 'CNN', 'Al Jazeera', 'Al-Jazeera', 'Bloomberg', 'The New York Times',
    'New York Times', 'The Washington Post', 'Washington Post', 'The Guardian', 'Sputnik', 'RT', 'Anadolu', 'Anadolu Agency', 'IRNA',
    'Kyodo', 'Yonhap', 'Fox News', 'NBC News', 'ABC News', 'CBS News', 'NPR', 'Chicago Tribune', 'Los Angeles Times', 'USA Today',
    'Sky News', 'Al Arabiya', 'SANA', 'Dawn', 'Tolo News', 'TOLOnews', 'Pajhwok', 'Khaama Press', 'Radio Free Europe', 'Voice of America',
    'VOA', 'France 24', 'Euronews', 'Deutsche Welle', 'DW'],
  determiners: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our'],
  nameParticles: ['of', 'the', 'de', 'da', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'and'],
  notNames: ['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Its',
    'Our', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Without', 'After', 'Before', 'During', 'Since', 'Until', 'As', 'When', 'While',
    'Where', 'Who', 'What', 'Which', 'But', 'And', 'Or', 'So', 'If', 'Although', 'Though', 'However', 'Meanwhile', 'Also', 'Earlier',
    'Later', 'Police', 'Authorities', 'Officials', 'According', 'Several', 'Some', 'Many', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven',
    'Eight', 'Nine', 'Ten', 'One', 'No', 'Yes', 'There', 'Here', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
    'Sunday', 'Yesterday', 'Today', 'Tonight', 'Last', 'Next', 'Both', 'All', 'Each', 'Every', 'Other', 'Another', 'Such', 'Nearly',
    'About', 'Around', 'More', 'Most', 'At least', 'Under', 'Over', 'Against', 'Between', 'Among', 'Despite', 'Following', 'Amid',
    'Not', 'Now', 'Then', 'Once', 'Still', 'Only', 'Just', 'Even'],
  pronouns: ['he', 'she', 'they'],
  demonyms,
  countryAnaphora: ['the country', 'the nation', 'the former Soviet republic', 'the republic'],
  placeCues: ['in', 'at', 'near', 'outside', 'from', 'to', 'across', 'in the city of', 'in the town of', 'in the village of',
    'in the province of', 'in the district of', 'the city of', 'the town of', 'the village of'],
  subCitySpots: ['the main square of', 'a neighborhood of', 'a neighbourhood of', 'the center of', 'the centre of', 'downtown',
    'the outskirts of', 'the suburbs of', 'a suburb of', 'the south side of', 'the west side of', 'the north side of', 'the east side of'],
  // "in Nad-e Ali district, Helmand province", "in Zabul and Paktiya provinces", "the province of Kunar"
  regionHeadsAfter: ['province', 'provinces', 'governorate', 'governorates', 'oblast', 'prefecture'],
  regionHeadsBefore: ['the province of', 'the provinces of', 'the governorate of', 'the prefecture of'],
  // "a party in the Austin neighborhood" (Chicago), "the Kensington section of the city"
  sectionHeadsAfter: ['neighborhood', 'neighbourhood', 'neighborhoods', 'section'],
  countyHeadsAfter: ['county', 'parish', 'borough'],
  institutionHeadsAfter: ['Hospital', 'Hospitals', 'Medical Center', 'Medical Centre', 'Health Care', 'Healthcare', 'Jail', 'Detention Center',
    'Correctional', 'Daily News', 'Tribune', 'Journal-Constitution', 'Journal', 'Gazette', 'Herald', 'hospital', 'hospitals'],
  sceneLocatives: ['in', 'near', 'outside', 'in the city of', 'in the town of', 'in the village of', 'near the town of', 'in the community of'],
  residentsAfter: ['man', 'men', 'woman', 'women', 'teen', 'teens', 'teenager', 'teenagers', 'boy', 'girl', 'resident', 'residents',
    'couple', 'family', 'mother', 'father', 'student', 'native', 'youth', 'toddler', 'child'],
  institutionHeadsBefore: ['hospital in', 'hospital of', 'hospitals in', 'healthcare of', 'medical center in', 'medical center of', 'jail in'],
};
