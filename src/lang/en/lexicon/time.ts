/**
 * "last night", "on Tuesday", "Sunday morning", "yesterday", "early this morning", "Jan. 10, 2011",
 * "January 5", "30 December" (MUC-4 wire copy writes the day first), "last Monday", "in mid-March".
 * A bare weekday in past narration is the last such day on or before publication. "May" is a month
 * only when a day or a year goes with it ("May 5", "in May 2021"), never the modal verb alone.
 */
import type { TimeLexicon } from '../../pack.js';

export const time: TimeLexicon = {
  weekdays: { monday: 'monday', tuesday: 'tuesday', wednesday: 'wednesday', thursday: 'thursday', friday: 'friday', saturday: 'saturday', sunday: 'sunday' },
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sept.': 9, 'sep.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
    jan: 1, feb: 2, apr: 4, aug: 8, sept: 9, oct: 10, nov: 11, dec: 12,
  },
  partsOfDay: { morning: 'morning', noon: 'noon', afternoon: 'afternoon', evening: 'evening', night: 'night', overnight: 'night' },
  relativeDays: {
    today: 0, 'this morning': 0, 'early this morning': 0, 'this afternoon': 0, 'this evening': 0, tonight: 0, 'early today': 0, 'earlier today': 0,
    yesterday: -1, 'the day before yesterday': -2, tomorrow: 1,
  },
  lastNight: ['last night', 'overnight', 'late last night'],
  dayBefore: ['the day before', 'the previous day', 'a day earlier', 'the night before'],
  weekdayDirection: { last: 'past', past: 'past', next: 'future', coming: 'future' },
  monthParts: { early: 'early', 'early in': 'early', 'the beginning of': 'early', 'mid-': 'mid', 'mid': 'mid', 'the middle of': 'mid',
    late: 'late', 'late in': 'late', 'the end of': 'late', in: 'whole', during: 'whole', 'the month of': 'whole' },
  datePrefixes: ['on', 'early', 'late', 'early on', 'late on', 'since', 'by', 'until', 'as of'],
  futureCues: ['will', 'is expected to', 'are expected to', 'is scheduled', 'are scheduled', 'is due to', 'are due to', 'plans to',
    'plan to', 'is set to', 'are set to', 'would', 'upcoming'],
  firstDay: ['1st', 'first'],
  daySuffixes: ['st', 'nd', 'rd', 'th'],
  // "the 2nd of May"
  dateJoiners: ['of'],
  monthBeforeDay: true,
  // Fixed days only: Easter, Thanksgiving or Memorial Day move with the year.
  holidays: {
    'christmas eve': { month: 12, day: 24 }, 'christmas day': { month: 12, day: 25 }, christmas: { month: 12, day: 25 },
    "new year's eve": { month: 12, day: 31 }, "new year's day": { month: 1, day: 1 }, 'fourth of july': { month: 7, day: 4 },
    'the fourth of july': { month: 7, day: 4 }, 'independence day': { month: 7, day: 4 }, halloween: { month: 10, day: 31 },
    "valentine's day": { month: 2, day: 14 },
  },
  holidayPrefixes: ['on', 'early on', 'late on'],
  stampCues: ['published', 'posted', 'updated', 'last updated', 'last modified', 'photo taken'],
  followUpActs: [
    'said', 'says', 'told', 'announced', 'confirmed', 'identified', 'released the name', 'released the names',
    'arraigned', 'charged', 'sentenced', 'convicted', 'indicted', 'pleaded', 'pled', 'testified', 'ruled', 'arrested', 'booked',
    'denied bond', 'appeared in court', 'court appearance', 'news conference', 'press conference', 'hearing', 'vigil', 'funeral',
    'remained hospitalized', 'remained in critical condition', 'was in critical condition', 'were in critical condition',
    'in stable condition', 'was behind bars', 'is behind bars', 'were searching', 'continued to investigate', 'were investigating',
    'remained at large', 'remains at large', 'remained in custody', 'remains in custody', 'remained jailed', 'was released from the hospital',
    'revealed', 'stated', 'ordered held', 'appeared before a judge', 'autopsy', 'released photos', 'released video', 'met with reporters',
    'addressed the media', 'was discharged', 'died', 'has died', 'succumbed to his injuries', 'succumbed to her injuries', 'walked out of jail', 'was released from jail', 'released from custody',
  ],
};
