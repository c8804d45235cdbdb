/**
 * "el portavoz de la policía Juan Pérez", "el Sr. García", "el Ministerio del Interior", "la Organización de
 * las Naciones Unidas (ONU)", "la agencia EFE", "la cadena local Telesur".
 */
import type { EntityLexicon } from '../../pack.js';
import { demonyms } from './demonyms.js';

export const entities: EntityLexicon = {
  titles: ['Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Lic.', 'Ing.', 'Gral.', 'Cnel.', 'Tte.', 'Cap.', 'don', 'doña'],
  roles: [
    'portavoz', 'portavoz de la policía', 'portavoz del ministerio', 'portavoz del gobierno', 'portavoz del ejército', 'vocero',
    'vocera', 'vocero de la policía', 'presidente', 'presidenta', 'vicepresidente', 'primer ministro', 'primera ministra', 'ministro',
    'ministra', 'ministro del Interior', 'ministro de Defensa', 'canciller', 'jefe de la policía', 'jefe policial', 'jefe del ejército',
    'general', 'coronel', 'comandante', 'capitán', 'gobernador', 'gobernadora', 'alcalde', 'alcaldesa', 'fiscal', 'juez', 'jueza',
    'diputado', 'diputada', 'senador', 'senadora', 'embajador', 'secretario general', 'director', 'directora', 'dirigente', 'líder',
    'jefe', 'opositor', 'activista', 'periodista', 'corresponsal', 'testigo', 'responsable', 'representante', 'analista', 'experto',
  ],
  organisationHeads: [
    'ministerio', 'gobierno', 'banco central', 'policía', 'ejército', 'fuerzas armadas', 'parlamento', 'congreso', 'senado',
    'guardia nacional', 'presidencia', 'alcaldía', 'gobernación', 'fiscalía', 'tribunal', 'juzgado', 'embajada', 'autoridades',
    'régimen', 'ayuntamiento', 'municipalidad', 'ONG', 'Cruz Roja', 'Defensoría del Pueblo', 'Asamblea', 'Consejo', 'Comité',
    'Comisión', 'Organización', 'Unión', 'Alianza', 'Partido', 'Movimiento', 'Frente', 'Coalición', 'Federación', 'Agencia',
    'Oficina', 'Servicio', 'Corte', 'Sindicato', 'Fondo', 'Instituto', 'Ministerio', 'Secretaría', 'Observatorio', 'Ejército',
  ],
  mediaHeads: ['agencia', 'agencias', 'televisión', 'cadena', 'canal', 'radio', 'emisora', 'diario', 'periódico', 'semanario',
    'medios', 'medio', 'prensa', 'sitio', 'portal', 'redes sociales', 'agencia de noticias', 'televisión pública', 'televisión estatal'],
  mediaNames: ['EFE', 'Agencia EFE', 'AFP', 'Agence France-Presse', 'Reuters', 'AP', 'Associated Press', 'Europa Press', 'Telesur',
    'teleSUR', 'El País', 'El Mundo', 'ABC', 'La Vanguardia', 'Clarín', 'La Nación', 'El Tiempo', 'El Espectador', 'El Universal',
    'Milenio', 'Reforma', 'La Jornada', 'El Comercio', 'RPP', 'Infobae', 'BBC Mundo', 'CNN en Español', 'CNN', 'BBC', 'Televisa',
    'TV Azteca', 'Caracol', 'RCN', 'Notimex', 'Prensa Latina', 'Xinhua', 'Sputnik', 'RT', 'DW', 'France 24', 'Al Jazeera', 'TASS',
    'Interfax', 'Bloomberg', 'El Nacional', 'Últimas Noticias', 'La Tercera', 'El Mercurio', 'Página 12', 'Semana', 'Proceso'],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'del', 'al', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'su', 'sus'],
  nameParticles: ['de', 'del', 'de la', 'de los', 'y', 'la', 'las', 'los', 'van', 'von', 'al', 'el', 'bin', 'ibn'],
  notNames: ['El', 'La', 'Los', 'Las', 'Un', 'Una', 'Unos', 'Unas', 'Del', 'Al', 'De', 'Este', 'Esta', 'Estos', 'Estas', 'Ese', 'Esa',
    'Según', 'Él', 'Ella', 'Ellos', 'Ellas', 'Nosotros', 'Y', 'Pero', 'O', 'Ni', 'Si', 'Aunque', 'Mientras', 'Cuando', 'Donde',
    'Varios', 'Varias', 'Algunos', 'Algunas', 'Tras', 'Después', 'Antes', 'Desde', 'Durante', 'En', 'Con', 'Sin', 'Por', 'Para',
    'Sobre', 'Bajo', 'Entre', 'Hacia', 'Hasta', 'Ante', 'Luego', 'Además', 'Así', 'Sin embargo', 'También', 'Su', 'Sus', 'Todos',
    'Todas', 'Dos', 'Tres', 'Cuatro', 'Cinco', 'Diez', 'Cien', 'Mil', 'Ningún', 'Ninguna', 'Cada', 'Ayer', 'Hoy', 'Anoche', 'Lunes',
    'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo', 'Más', 'Menos', 'Cerca', 'Casi', 'Unos', 'Al menos', 'No', 'Sí',
    'Aquí', 'Allí', 'Que', 'Quien', 'Quienes', 'Cual', 'Lo', 'Le', 'Les', 'Se', 'Ha', 'Han', 'Fue', 'Fueron', 'Es', 'Son'],
  pronouns: ['él', 'ella', 'ellos', 'ellas'],
  demonyms,
  countryAnaphora: ['el país', 'del país', 'este país', 'la nación', 'la república'],
  placeCues: ['en', 'a', 'de', 'desde', 'cerca de', 'hacia', 'en la ciudad de', 'la ciudad de', 'en la provincia de', 'la provincia de',
    'en el departamento de', 'el departamento de', 'en el estado de', 'el estado de', 'en la localidad de', 'en el municipio de'],
  subCitySpots: ['la plaza principal de', 'la plaza mayor de', 'un barrio de', 'uno de los barrios de', 'el centro de', 'las afueras de',
    'los alrededores de', 'la periferia de', 'la zona norte de', 'la zona sur de', 'el sur de', 'el norte de'],
  // "en la provincia de Helmand", "el departamento de Antioquia"
  regionHeadsAfter: [],
  regionHeadsBefore: ['provincia de', 'provincias de', 'departamento de', 'departamentos de', 'gobernación de'],
  sectionHeadsAfter: [],
  countyHeadsAfter: [],
  institutionHeadsAfter: [],
  institutionHeadsBefore: [],
  residentsAfter: [],
  sceneLocatives: ['en', 'cerca de', 'en la ciudad de', 'en el pueblo de'],
};
