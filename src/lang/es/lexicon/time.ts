/**
 * "anoche", "el domingo", "el pasado domingo", "el lunes pasado", "ayer por la tarde", "el 5 de enero de 2022",
 * "a finales de enero", "a mediados de marzo". A bare weekday in past narration is the last such day on or
 * before publication; "la víspera" is the day before the event just narrated.
 */
import type { TimeLexicon } from '../../pack.js';

export const time: TimeLexicon = {
  weekdays: { lunes: 'monday', martes: 'tuesday', miércoles: 'wednesday', jueves: 'thursday', viernes: 'friday', sábado: 'saturday', domingo: 'sunday' },
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10,
    noviembre: 11, diciembre: 12, 'ene.': 1, 'feb.': 2, 'abr.': 4, 'ago.': 8, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'dic.': 12,
  },
  partsOfDay: { mañana: 'morning', 'por la mañana': 'morning', mediodía: 'noon', tarde: 'afternoon', 'por la tarde': 'afternoon',
    noche: 'night', 'por la noche': 'night', madrugada: 'night', 'de madrugada': 'night', 'en la madrugada': 'night' },
  relativeDays: { hoy: 0, 'este día': 0, ayer: -1, anteayer: -2, 'antes de ayer': -2, 'antier': -2, mañana: 1, 'pasado mañana': 2,
    'esta mañana': 0, 'esta tarde': 0, 'esta noche': 0 },
  lastNight: ['anoche', 'la pasada noche', 'la noche anterior', 'durante la noche', 'esta madrugada'],
  dayBefore: ['la víspera', 'el día anterior', 'un día antes'],
  weekdayDirection: { pasado: 'past', pasada: 'past', anterior: 'past', próximo: 'future', próxima: 'future', siguiente: 'future', 'que viene': 'future' },
  monthParts: { 'a principios de': 'early', 'principios de': 'early', 'a comienzos de': 'early', 'a mediados de': 'mid',
    'mediados de': 'mid', 'a finales de': 'late', 'finales de': 'late', 'a fines de': 'late', 'fines de': 'late', en: 'whole',
    'el mes de': 'whole', 'durante': 'whole' },
  datePrefixes: ['el', 'este', 'desde el', 'hasta el', 'la noche del', 'la madrugada del', 'en la noche del', 'en la madrugada del'],
  futureCues: ['será', 'serán', 'se celebrará', 'se realizará', 'tendrá lugar', 'prevista', 'previsto', 'próximo', 'próxima', 'va a',
    'van a', 'está previsto', 'deberá', 'deberán'],
  firstDay: ['1º', '1°', 'primero'],
  daySuffixes: [],
  // "el 5 de enero de 2022": "de" joins day, month and year.
  dateJoiners: ['de', 'del'],
  monthBeforeDay: false,
  holidays: { 'navidad': { month: 12, day: 25 }, 'nochebuena': { month: 12, day: 24 }, 'nochevieja': { month: 12, day: 31 },
    'año nuevo': { month: 1, day: 1 } },
  holidayPrefixes: ['en', 'el día de', 'la noche de'],
  stampCues: ['publicado el', 'actualizado el'],
  followUpActs: ['dijo', 'informó', 'anunció', 'declaró', 'fue imputado', 'rueda de prensa', 'conferencia de prensa', 'funeral'],
};
