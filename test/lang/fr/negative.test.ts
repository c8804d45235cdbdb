// What must NOT match in French: each line is a trap seen in real copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../helpers.js';

const NO_TIME = [
  'La ville se trouve sur les bords de la mer Caspienne.',
  'La sonde a atteint Mars après sept mois de voyage.',
  'Le Premier ministre est arrivé à Mer, dans le Loir-et-Cher.',
  'Le tenge a perdu un tiers de sa valeur.',
];
const NO_COUNT = [
  'Le bâtiment compte trois cent fenêtres.',
  'Il a payé trois cent euros pour le billet.',
  'En 2021, la croissance a atteint 5 % selon la banque centrale.',
  'Plusieurs véhicules blindés sont entrés dans la ville.',
  'La capsule restera 18 jours accrochée à la station.',
  'Elle transporte 521 kg de matériel et doit en ramener 660 kg.',
  'Les 27 pays membres ont été consultés.',
  'Cinq ans après les attentats, la ville se souvient.',
  'Le prix du gaz a doublé, passant de 60 à 120 tenges le litre.',
  'Le président a fixé un délai de trois cent jours.',
];
const NO_EVENT = [
  'La hausse des prix du gaz est perçue par la population comme injuste.',
  'La première économie d\'Asie centrale souffre de la baisse des prix du pétrole et d\'une forte inflation.',
  'Moscou en renfort',
  'Le ministre a rencontré son homologue pour évoquer la coopération économique.',
];

for (const text of NO_TIME) test(`no time expression: ${text}`, () => assert.deepEqual(extract(text, '2022-01-06').times.map((t) => t.evidence?.text), []));
for (const text of NO_COUNT) test(`no count: ${text}`, () => assert.deepEqual(extract(text, '2022-01-06').counts.map((c) => c.evidence.text), []));
for (const text of NO_EVENT) test(`no event: ${text}`, () => assert.deepEqual(extract(text, '2022-01-06').events.map((e) => e.trigger.text), []));

test('"317 blessés" is an injured count, never a killed one', () => {
  const x = extract('Au moins huit policiers ont été tués et 317 blessés.', '2022-01-06');
  const c317 = x.counts.find((c) => c.min === 317)!;
  assert.equal(c317.kind, 'injured');
  assert.ok(!x.counts.some((c) => c.kind === 'killed' && c.min === 317));
});

test('a clock time ("10h30", "14:15") is not a quantity of people', () => {
  for (const text of ['Vers 10h30, deux manifestants ont été blessés par balles.', 'À 14:15, deux manifestants ont été blessés par balles.']) {
    assert.deepEqual(extract(text, '2022-01-06').counts.map((c) => [c.kind, c.min]), [['injured', 2]], text);
  }
});
