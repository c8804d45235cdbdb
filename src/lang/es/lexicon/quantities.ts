/**
 * "decenas" (20–99), "cientos" (200–999), "una docena" (10–14), "al menos ocho", "más de 300", "cerca de mil".
 * A vague word is a range, never a made-up number.
 */
import type { QuantityLexicon } from '../../pack.js';

export const quantities: QuantityLexicon = {
  vague: {
    decenas: [20, 99], 'varias decenas': [20, 99], 'unas decenas': [20, 50], centenares: [200, 999], cientos: [200, 999],
    'varios cientos': [200, 999], 'varios centenares': [200, 999], miles: [2000, 9999], 'varios miles': [2000, 9999],
    millares: [2000, 9999], 'decenas de miles': [20000, 99999], 'cientos de miles': [200000, 999999],
    'una decena': [8, 12], 'una docena': [10, 14], 'una veintena': [18, 22], 'una treintena': [25, 35], 'una cuarentena': [35, 45],
    'una cincuentena': [45, 55], 'un centenar': [80, 120], 'un millar': [800, 1200], 'unos pocos': [2, 9], 'unas pocas': [2, 9],
    varios: [2, null], varias: [2, null], numerosos: [2, null], numerosas: [2, null],
  },
  qualifiers: {
    'al menos': 'at-least', 'por lo menos': 'at-least', 'como mínimo': 'at-least', 'no menos de': 'at-least',
    'más de': 'more-than', 'cerca de': 'nearly', 'casi': 'nearly', 'alrededor de': 'about', 'unos': 'about', 'unas': 'about',
    'aproximadamente': 'about', 'en torno a': 'about', 'menos de': 'less-than', 'hasta': 'up-to', 'como máximo': 'up-to',
  },
  notPeople: ['%', 'por ciento', 'km', 'kilómetros', 'metros', 'kilos', 'kg', 'toneladas', 'años', 'año', 'meses', 'mes', 'días',
    'día', 'horas', 'hora', 'minutos', 'dólares', 'euros', 'pesos', 'bolívares', 'soles', 'grados', 'vehículos', 'casas', 'viviendas'],
};
