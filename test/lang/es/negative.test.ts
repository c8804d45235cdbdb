// What must NOT match in Spanish: each line is a trap seen in real copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../helpers.js';

const NO_COUNT = [
  'El edificio tiene trescientas ventanas.',
  'Pagó trescientos dólares por el billete.',
  'En 2021, la economía creció un 5 % según el banco central.',
  'Varios vehículos blindados entraron en la ciudad.',
  'Los 27 países miembros fueron consultados.',
  'Cinco años después de los atentados, la ciudad recuerda.',
  'Ninguna persona resultó herida en el incidente.',
];
const NO_EVENT = [
  'El alza de precios del combustible es percibida como injusta.',
  'El ministro se reunió con su homólogo para hablar de cooperación económica.',
  'Las inundaciones dejaron 20 muertos en el norte del país.',
];

for (const text of NO_COUNT) test(`es no count: ${text}`, () => assert.deepEqual(extract(text, '2022-01-06', 'es').counts.map((c) => c.evidence.text), []));
for (const text of NO_EVENT) test(`es no event: ${text}`, () => assert.deepEqual(extract(text, '2022-01-06', 'es').events.map((e) => e.trigger.text), []));
