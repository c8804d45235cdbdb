/**
 * "…, a déclaré le porte-parole de la police Saltanat Azirbek, cité par les agences A, B et C",
 * "a-t-il ajouté", "Selon le ministère de l'Intérieur cité par des médias locaux", "D'après la télévision".
 */
import type { AttributionLexicon } from '../../pack.js';

const verbs = ['déclaré', 'affirmé', 'indiqué', 'annoncé', 'précisé', 'ajouté', 'expliqué', 'souligné', 'assuré',
  'dit', 'rapporté', 'confirmé', 'estimé', 'averti', 'dénoncé', 'déploré', 'révélé', 'signalé', 'raconté',
  'témoigné', 'poursuivi', 'insisté', 'martelé', 'relevé', 'noté', 'fait savoir', 'reconnu', 'démenti'];

export const attribution: AttributionLexicon = {
  reportingVerbs: verbs.flatMap((v) => [`a ${v}`, `ont ${v}`, `avait ${v}`, `aurait ${v}`]),
  invertedPronounForms: verbs.flatMap((v) => [`a-t-il ${v}`, `a-t-elle ${v}`, `ont-ils ${v}`, `ont-elles ${v}`,
    `avait-il ${v}`, `avait-elle ${v}`]).concat(['dit-il', 'dit-elle', 'explique-t-il', 'explique-t-elle',
    'ajoute-t-il', 'ajoute-t-elle', 'affirme-t-il', 'affirme-t-elle', 'précise-t-il', 'précise-t-elle']),
  accordingTo: ['selon', 'd\'après', 'de source', 'de sources'],
  citedBy: ['cité par', 'citée par', 'cités par', 'citées par', 'rapporté par', 'relayé par', 'relayés par',
    'repris par', 'interrogé par', 'interrogée par', 'dans un entretien à', 'dans une interview à'],
  // "a déclaré à l'AFP" puts the outlet between the verb and a postposed speaker: not read yet (see gaps).
  toldVerbs: [],
  imagery: ['les images diffusées', 'des images diffusées', 'les vidéos diffusées', 'des vidéos diffusées',
    'les images publiées', 'des vidéos publiées', 'des images partagées', 'des vidéos partagées'],
  sameSource: ['la même source', 'de même source', 'cette même source', 'cette source', 'la même sources'],
  imageryVerbs: ['ont montré', 'a montré', 'montrent', 'montraient', 'ont révélé', 'ont fait apparaître'],
};
