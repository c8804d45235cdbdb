/**
 * "al menos ocho miembros de las fuerzas de seguridad murieron y 317 resultaron heridos",
 * "decenas de manifestantes fueron detenidos", "matando a 12 personas", "dejó cinco muertos".
 * Euphemisms for deaths ("perdieron la vida", "fueron abatidos", "neutralizados"): all are "killed".
 */
import type { CountLexicon } from '../../pack.js';

export const counts: CountLexicon = {
  victims: {
    personas: 'people', persona: 'people', individuos: 'people', hombre: 'people', hombres: 'people', mujer: 'civilians', mujeres: 'civilians',
    niño: 'civilians', niños: 'civilians', niña: 'civilians', niñas: 'civilians', menor: 'civilians', menores: 'civilians',
    joven: 'civilians', jóvenes: 'civilians', civiles: 'civilians', civil: 'civilians', campesinos: 'civilians', campesino: 'civilians',
    pobladores: 'civilians', habitantes: 'civilians', vecinos: 'civilians', aldeanos: 'civilians', estudiantes: 'civilians',
    periodistas: 'civilians', periodista: 'civilians', rehenes: 'civilians', migrantes: 'civilians', refugiados: 'civilians',
    trabajadores: 'civilians', 'trabajadores humanitarios': 'civilians', pasajeros: 'civilians', transeúntes: 'civilians',
    víctimas: 'people', otros: 'people', otras: 'people', ellos: 'people',
    policías: 'security-forces', policía: 'security-forces', agentes: 'security-forces', agente: 'security-forces',
    'agentes de policía': 'security-forces', soldados: 'security-forces', soldado: 'security-forces', militares: 'security-forces',
    militar: 'security-forces', uniformados: 'security-forces', guardias: 'security-forces', efectivos: 'security-forces',
    'miembros de las fuerzas de seguridad': 'security-forces', 'fuerzas de seguridad': 'security-forces', gendarmes: 'security-forces',
    carabineros: 'security-forces', 'miembros del ejército': 'security-forces',
    manifestantes: 'protesters', manifestante: 'protesters', protestantes: 'protesters', huelguistas: 'protesters', activistas: 'protesters',
    opositores: 'protesters', atacantes: 'assailants', agresores: 'assailants', asaltantes: 'assailants', pistoleros: 'assailants',
    sicarios: 'assailants', 'hombres armados': 'assailants', saqueadores: 'rioters', alborotadores: 'rioters',
    terroristas: 'militants', yihadistas: 'militants', guerrilleros: 'militants', insurgentes: 'militants', rebeldes: 'militants',
    combatientes: 'militants', milicianos: 'militants', paramilitares: 'militants', disidentes: 'militants', subversivos: 'militants',
    sospechosos: 'suspects', presuntos: 'suspects', detenidos: 'suspects', presos: 'suspects', reclusos: 'suspects',
  },
  outcomes: {
    'murieron': 'killed', 'murió': 'killed', 'han muerto': 'killed', 'fueron asesinados': 'killed', 'fueron asesinadas': 'killed',
    'resultaron muertos': 'killed', 'fallecieron': 'killed', 'han fallecido': 'killed', 'perdieron la vida': 'killed',
    'fueron abatidos': 'killed', 'abatidos': 'killed', 'muertos': 'killed', 'muertas': 'killed', 'asesinados': 'killed',
    'asesinadas': 'killed', 'fueron ejecutados': 'killed', 'fueron masacrados': 'killed', 'neutralizados': 'killed',
    'fueron neutralizados': 'killed', 'fueron hallados muertos': 'killed', 'perecieron': 'killed', 'fueron acribillados': 'killed',
    'resultaron heridos': 'injured', 'resultaron heridas': 'injured', 'fueron heridos': 'injured', 'heridos': 'injured',
    'heridas': 'injured', 'resultaron lesionados': 'injured', 'lesionados': 'injured', 'fueron hospitalizados': 'injured',
    'sufrieron heridas': 'injured', 'quedaron heridos': 'injured',
    'fueron detenidos': 'arrested', 'fueron detenidas': 'arrested', 'detenidos': 'arrested', 'detenidas': 'arrested',
    'fueron arrestados': 'arrested', 'fueron arrestadas': 'arrested', 'arrestados': 'arrested', 'arrestadas': 'arrested',
    'fueron capturados': 'arrested', 'fueron capturadas': 'arrested', 'capturados': 'arrested', 'fueron aprehendidos': 'arrested',
    'quedaron detenidos': 'arrested',
    'desaparecidos': 'missing', 'están desaparecidos': 'missing', 'siguen desaparecidos': 'missing',
    'fueron secuestrados': 'kidnapped', 'fueron secuestradas': 'kidnapped', 'secuestrados': 'kidnapped', 'secuestradas': 'kidnapped', 'fueron raptados': 'kidnapped', 'fueron tomados como rehenes': 'kidnapped',
    'se manifestaron': 'participants', 'marcharon': 'participants', 'protestaron': 'participants', 'se concentraron': 'participants',
    'salieron a las calles': 'participants', 'se reunieron': 'participants',
    'fueron desplegados': 'deployed', 'fueron desplegadas': 'deployed', 'desplegados': 'deployed', 'fueron enviados': 'deployed',
    'desplazados': 'displaced', 'desplazadas': 'displaced', 'huyeron': 'displaced', 'fueron evacuados': 'displaced',
    'fueron evacuadas': 'displaced', 'evacuados': 'displaced', 'evacuadas': 'displaced',
  },
  outcomeNouns: {
    muertos: 'killed', fallecidos: 'killed', víctimas: 'killed', 'víctimas mortales': 'killed', heridos: 'injured', lesionados: 'injured',
    detenidos: 'arrested', arrestos: 'arrested', detenciones: 'arrested', desaparecidos: 'missing', secuestrados: 'kidnapped',
    manifestantes: 'participants', desplazados: 'displaced',
  },
  verbsBefore: {
    'matando a': 'killed', 'mató a': 'killed', 'mataron a': 'killed', 'asesinó a': 'killed', 'asesinaron a': 'killed',
    'dejó': 'killed', 'dejando': 'killed', 'causó': 'killed', 'causando': 'killed', 'se cobró la vida de': 'killed',
    'abatió a': 'killed', 'abatieron a': 'killed', 'hiriendo a': 'injured', 'hirió a': 'injured', 'hirieron a': 'injured',
    'detuvo a': 'arrested', 'detuvieron a': 'arrested', 'arrestó a': 'arrested', 'arrestaron a': 'arrested', 'capturó a': 'arrested',
    'capturaron a': 'arrested', 'secuestró a': 'kidnapped', 'secuestraron a': 'kidnapped', 'desplegó a': 'deployed',
    'desplegaron a': 'deployed', 'desplegó': 'deployed', 'reunió a': 'participants', 'congregó a': 'participants',
  },
  ellipsisJoiners: ['y', 'así como', 'y al menos', 'mientras que'],
  partitives: ['de', 'de los', 'de las'],
  // "también detuvieron a dos sospechosos", "otros dos sospechosos fueron detenidos"
  additives: ['también', 'además'],
  additiveModifiers: ['adicionales', 'otros', 'otras'],
  singularOutcomes: {
    'fue asesinado': 'killed', 'fue asesinada': 'killed', 'murió': 'killed', 'falleció': 'killed', 'perdió la vida': 'killed',
    'fue abatido': 'killed', 'resultó muerto': 'killed', 'fue hallado muerto': 'killed', 'fue ejecutado': 'killed',
    'resultó herido': 'injured', 'resultó herida': 'injured', 'fue herido': 'injured', 'fue herida': 'injured', 'quedó herido': 'injured',
    'fue detenido': 'arrested', 'fue detenida': 'arrested', 'fue arrestado': 'arrested', 'fue capturado': 'arrested',
    'fue secuestrado': 'kidnapped', 'fue secuestrada': 'kidnapped',
  },
  // "baleados" is not told apart from "heridos" yet: no hit outcomes.
  hits: [],
  otherPeople: ['otros', 'otras', 'otro', 'otra'],
  // "cinco personas resultaron heridas, una de ellas de muerte"
  selfOutcomes: [],
  aggregateCues: ['en lo que va del año', 'en lo que va de año', 'este año', 'el año pasado', 'cada año', 'en un año'],
  fatalShares: ['mortalmente', 'de ellas mortalmente', 'de ellos mortalmente', 'de ellas de muerte', 'de ellos de muerte'],
  objectOutcomes: [],
};
