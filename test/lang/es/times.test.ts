// Time expressions on Spanish news phrasing, resolved against the document date at its precision.
import { runTimeCases, type TimeCase } from '../../helpers.js';

const CASES: TimeCase[] = [
  ['Los combates se reanudaron el jueves en la capital.', '2022-01-06', { text: 'el jueves', start: '2022-01-06', precision: 'day' }],
  ['Anoche se escucharon disparos cerca del aeropuerto.', '2022-01-06', { text: 'Anoche', start: '2022-01-05', end: '2022-01-06', precision: 'day' }],
  ['El ataque ocurrió el 5 de enero de 2022 en Kabul.', '2022-01-10', { text: 'el 5 de enero de 2022', start: '2022-01-05', precision: 'day', status: 'known' }],
  ['Las detenciones comenzaron el 28 de diciembre, según la ONG.', '2022-01-06', { text: 'el 28 de diciembre', start: '2021-12-28', precision: 'day', status: 'implied' }],
  ['El pueblo fue bombardeado el lunes pasado, según los vecinos.', '2022-01-10', { text: 'el lunes pasado', start: '2022-01-03', precision: 'day' }],
  ['Se prevé una nueva marcha el próximo sábado.', '2022-01-06', { text: 'el próximo sábado', start: '2022-01-08', precision: 'day' }],
  ['Las negociaciones se reanudarán a finales de enero.', '2022-01-06', { text: 'a finales de enero', start: '2022-01', precision: 'month' }],
  ['Hoy la ciudad está en calma.', '2022-03-15', { text: 'Hoy', start: '2022-03-15', precision: 'day' }],
];

runTimeCases('es', CASES);
