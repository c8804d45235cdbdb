/**
 * "Police said five people were killed" (no "that"), "…, police said.", "…, said police spokesman John
 * Smith", "according to the Interior Ministry", "a spokesman told Reuters", "…, he added",
 * "Reuters reported, citing local officials" (the cited are the speakers).
 */
import type { AttributionLexicon } from '../../pack.js';

const verbs = ['said', 'says', 'stated', 'added', 'announced', 'reported', 'confirmed', 'claimed', 'explained', 'noted',
  'warned', 'insisted', 'acknowledged', 'denied', 'alleged', 'estimated', 'disclosed', 'revealed', 'indicated', 'declared', 'wrote', 'tweeted'];

export const attribution: AttributionLexicon = {
  reportingVerbs: verbs.flatMap((v) => [v, `has ${v}`, `have ${v}`, `had ${v}`]),
  // English puts the pronoun before the verb: "…, he said." refers to the last speaker.
  invertedPronounForms: ['he', 'she', 'they'].flatMap((p) => verbs.slice(0, 10).map((v) => `${p} ${v}`)).concat(['he told', 'she told', 'they told']),
  accordingTo: ['according to', 'citing', 'quoting', 'sources said'],
  citedBy: ['quoted by', 'cited by', 'reported by', 'in an interview with', 'speaking to', 'in comments carried by'],
  toldVerbs: ['told', 'has told', 'had told'],
  sameSource: ['the same source', 'the source', 'the same official', 'the official', 'the spokesman', 'the spokeswoman'],
  imagery: ['footage posted', 'footage broadcast', 'footage shared', 'video posted', 'videos posted', 'images posted', 'images broadcast',
    'video shared', 'videos shared', 'images shared', 'pictures posted'],
  imageryVerbs: ['showed', 'show', 'shows', 'appeared to show', 'revealed'],
};
