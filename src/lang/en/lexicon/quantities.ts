/**
 * "dozens" (20–99), "scores of" (40–99), "several hundred" (200–999), "a dozen" (12), "at least eight",
 * "more than 300", "nearly a thousand". A vague word is a range, never a made-up number.
 */
import type { QuantityLexicon } from '../../pack.js';

export const quantities: QuantityLexicon = {
  vague: {
    dozens: [20, 99], 'several dozen': [20, 99], 'a few dozen': [20, 50], 'scores': [40, 99],
    hundreds: [200, 999], 'several hundred': [200, 999], 'a few hundred': [200, 500],
    thousands: [2000, 9999], 'several thousand': [2000, 9999], 'a few thousand': [2000, 5000],
    'tens of thousands': [20000, 99999], 'hundreds of thousands': [200000, 999999],
    'a dozen': [12, 12], 'half a dozen': [6, 6], 'a half dozen': [6, 6], 'a score': [20, 20],
    'a handful': [2, 5], 'a couple': [2, 2], 'a number': [3, null],
    // "several" is more than two; coders of military releases (ISAF) read "numerous" as at least four.
    'a few': [2, 9], 'several': [3, null], 'numerous': [4, null], 'many': [3, null], 'multiple': [3, null],
  },
  qualifiers: {
    'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least', 'a minimum of': 'at-least',
    'more than': 'more-than', 'over': 'more-than', 'upwards of': 'more-than',
    'nearly': 'nearly', 'almost': 'nearly', 'close to': 'nearly',
    'about': 'about', 'around': 'about', 'some': 'about', 'roughly': 'about', 'approximately': 'about', 'an estimated': 'about', 'an estimated of': 'about',
    'fewer than': 'less-than', 'less than': 'less-than', 'under': 'less-than',
    'up to': 'up-to', 'at most': 'up-to', 'as many as': 'up-to',
  },
  notPeople: ['%', 'percent', 'per cent', 'km', 'kilometers', 'kilometres', 'miles', 'mile', 'meters', 'metres', 'feet', 'foot', 'yards',
    'kg', 'pounds', 'tons', 'tonnes', 'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour',
    'minutes', 'a.m', 'p.m', 'am', 'pm', 'dollars', 'euros', 'rounds', 'shots', 'times', 'block', 'degrees', 'mm', 'caliber', 'calibre',
    'o\'clock', 'billion', 'acres', 'vehicles', 'cars', 'houses', 'homes', 'buildings',
    // Casualties of both kinds ("more than 100 dead or wounded"): neither figure is known.
    'dead or wounded', 'dead and wounded', 'killed or wounded', 'killed and wounded', 'dead or injured', 'killed or injured',
    'dead and injured', 'killed and injured', 'people killed or wounded', 'people killed and wounded', 'people dead or wounded',
    'people killed or injured', 'persons killed or wounded', 'persons dead or wounded'],
};
