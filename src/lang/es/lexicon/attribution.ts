/**
 * "…, dijo el portavoz de la policía Juan Pérez", "según el Ministerio del Interior", "informó la agencia EFE",
 * "el ministro afirmó que…", "según informó la cadena local", "citado por la agencia Reuters", "declaró a la AFP".
 */
import type { AttributionLexicon } from '../../pack.js';

const verbs = ['dijo', 'declaró', 'afirmó', 'informó', 'indicó', 'señaló', 'anunció', 'aseguró', 'explicó', 'añadió', 'agregó',
  'precisó', 'confirmó', 'denunció', 'reportó', 'detalló', 'advirtió', 'sostuvo', 'subrayó', 'manifestó', 'comunicó', 'relató',
  'reconoció', 'negó', 'estimó', 'apuntó', 'destacó', 'publicó', 'escribió'];
const plural = ['dijeron', 'declararon', 'afirmaron', 'informaron', 'indicaron', 'señalaron', 'anunciaron', 'aseguraron',
  'explicaron', 'añadieron', 'agregaron', 'confirmaron', 'denunciaron', 'reportaron', 'detallaron', 'relataron'];

export const attribution: AttributionLexicon = {
  reportingVerbs: [...verbs, ...plural, ...verbs.map((v) => `ha ${v.replace(/ó$/, 'ado')}`), 'ha dicho', 'han dicho', 'según informó',
    'según dijo', 'según indicó', 'según señaló'],
  // Spanish usually drops the pronoun (", añadió."): only the explicit forms are read as the last speaker.
  // "dijo él" is left out: without its accent (upper-case copy) it reads "dijo el [ministro]".
  invertedPronounForms: ['dijo ella', 'añadió ella', 'explicó ella', 'agregó ella', 'dijeron ellos', 'dijeron ellas'],
  accordingTo: ['según', 'de acuerdo con', 'de acuerdo a', 'conforme a', 'citando a', 'fuentes de'],
  citedBy: ['citado por', 'citada por', 'citados por', 'citadas por', 'recogido por', 'recogidas por', 'en declaraciones a',
    'en una entrevista con', 'en entrevista con'],
  toldVerbs: ['dijo a', 'declaró a', 'afirmó a', 'aseguró a', 'explicó a', 'indicó a', 'contó a', 'relató a', 'confirmó a',
    'dijeron a', 'declararon a'],
  sameSource: ['la misma fuente', 'dicha fuente', 'la fuente', 'el mismo portavoz'],
  imagery: ['las imágenes difundidas', 'imágenes difundidas', 'los videos difundidos', 'vídeos difundidos', 'las imágenes publicadas',
    'videos compartidos', 'imágenes compartidas'],
  imageryVerbs: ['mostraron', 'muestran', 'mostraban', 'revelaron'],
};
