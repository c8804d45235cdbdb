/**
 * "La nuit dernière", "jeudi matin", "dimanche", "hier", "la veille", "le 5 janvier 2022", "fin janvier".
 * A bare weekday in past narration is the last such day on or before publication; "la veille" is the
 * day before the event just narrated, not before publication. "mer" (as in "mer Caspienne") is not
 * an abbreviation of mercredi: weekdays are matched whole.
 */
import type { TimeLexicon } from '../../pack.js';

export const time: TimeLexicon = {
  weekdays: { lundi: 'monday', mardi: 'tuesday', mercredi: 'wednesday', jeudi: 'thursday', vendredi: 'friday', samedi: 'saturday', dimanche: 'sunday' },
  months: {
    janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
    septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
    'janv.': 1, 'févr.': 2, 'avr.': 4, 'juil.': 7, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'déc.': 12,
  },
  partsOfDay: { matin: 'morning', 'matinée': 'morning', midi: 'noon', 'après-midi': 'afternoon', soir: 'evening', soirée: 'evening', nuit: 'night' },
  relativeDays: { "aujourd'hui": 0, 'ce jour': 0, hier: -1, 'avant-hier': -2, demain: 1, 'après-demain': 2 },
  lastNight: ['la nuit dernière', 'cette nuit', 'dans la nuit', 'la nuit passée', 'au cours de la nuit'],
  dayBefore: ['la veille', 'le jour précédent', 'la veille au soir'],
  weekdayDirection: { dernier: 'past', passé: 'past', prochain: 'future', suivant: 'future' },
  monthParts: { début: 'early', 'début de': 'early', 'mi-': 'mid', fin: 'late', 'fin de': 'late', courant: 'whole', en: 'whole', 'au mois de': 'whole', 'le mois de': 'whole' },
  datePrefixes: ['le', 'ce', 'dès le', 'depuis le', 'dans la nuit de', 'dans la nuit du', 'la nuit de', 'la nuit du'],
  futureCues: ['doit', 'doivent', 'devrait', 'devraient', 'aura lieu', 'se tiendra', 'prévu', 'prévue', 'prochain', 'prochaine', 'va', 'vont', 'sera', 'seront'],
  firstDay: ['1er', 'premier'],
  daySuffixes: [],
  dateJoiners: [],
  monthBeforeDay: false,
  holidays: { 'noël': { month: 12, day: 25 }, 'la saint-sylvestre': { month: 12, day: 31 }, 'le réveillon de noël': { month: 12, day: 24 },
    'le jour de l\'an': { month: 1, day: 1 } },
  holidayPrefixes: ['à', 'le soir de', 'la nuit de'],
  stampCues: ['publié le', 'mis à jour le', 'modifié le'],
  followUpActs: ['a déclaré', 'ont déclaré', 'a annoncé', 'ont annoncé', 'a indiqué', 'ont indiqué', 'a été inculpé', 'a été mis en examen', 'conférence de presse', 'obsèques'],
};
