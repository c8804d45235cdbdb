// Time expressions on French news phrasing, resolved against the document date at its precision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, runTimeCases, type TimeCase } from '../../helpers.js';

const CASES: TimeCase[] = [
  ['Les combats ont repris jeudi dans la capitale.', '2022-01-06', { text: 'jeudi', start: '2022-01-06', precision: 'day', weekday: 'thursday' }],
  ['Le mouvement a débuté dimanche dans l\'ouest du pays.', '2022-01-06', { text: 'dimanche', start: '2022-01-02', precision: 'day', weekday: 'sunday' }],
  ['La nuit dernière, des tirs ont été entendus.', '2022-01-06', { text: 'La nuit dernière', start: '2022-01-05', end: '2022-01-06', precision: 'day', partOfDay: 'night' }],
  ['Des heurts ont éclaté hier soir devant le parlement.', '2022-01-06', { text: 'hier soir', start: '2022-01-05', precision: 'day', partOfDay: 'evening' }],
  ['Le convoi avait été attaqué avant-hier près de la frontière.', '2022-01-06', { text: 'avant-hier', start: '2022-01-04', precision: 'day' }],
  ['L\'attentat a eu lieu le 5 janvier 2022 à Kaboul.', '2022-01-10', { text: 'le 5 janvier 2022', start: '2022-01-05', precision: 'day', status: 'known' }],
  ['Le village avait été bombardé lundi dernier, selon des habitants.', '2022-01-10', { text: 'lundi dernier', start: '2022-01-03', precision: 'day' }],
  ['Une nouvelle manifestation est prévue samedi prochain.', '2022-01-06', { text: 'samedi prochain', start: '2022-01-08', precision: 'day' }],
  ['Le scrutin doit se tenir dimanche malgré les violences.', '2022-01-06', { text: 'dimanche', start: '2022-01-09', precision: 'day' }],
  ['Les arrestations ont commencé le 28 décembre, selon l\'ONG.', '2022-01-06', { text: 'le 28 décembre', start: '2021-12-28', precision: 'day', status: 'implied' }],
  ['Les pourparlers devraient reprendre fin janvier.', '2022-01-06', { text: 'fin janvier', start: '2022-01', precision: 'month' }],
  ['Le cessez-le-feu avait été signé à la mi-février 2021.', '2022-01-06', { text: 'mi-février 2021', start: '2021-02', precision: 'month', status: 'known' }],
  ['Des soldats se sont déployés jeudi matin sur la place.', '2022-01', { text: 'jeudi matin', start: '2022-01', precision: 'month', weekday: 'thursday', partOfDay: 'morning' }],
  ['Aujourd\'hui, la ville est calme.', '2022-03-15', { text: 'Aujourd\'hui', start: '2022-03-15', precision: 'day' }],
  ['Les rebelles ont attaqué mardi 4 janvier une base militaire.', '2022-01-06', { text: 'mardi 4 janvier', start: '2022-01-04', precision: 'day', weekday: 'tuesday' }],
  ['La manifestation du 1er mai a rassemblé des milliers de personnes.', '2021-05-03', { text: '1er mai', start: '2021-05-01', precision: 'day' }],
  ['Des coups de feu ont été entendus dans la nuit à Bamako.', '2022-01-06', { text: 'dans la nuit', start: '2022-01-05', end: '2022-01-06', precision: 'day', partOfDay: 'night' }],
];

runTimeCases('fr', CASES);

test('times: "la veille" is the day before the event just narrated, not before publication', () => {
  const x = extract('L\'attaque a eu lieu le 3 janvier. La veille, des menaces avaient été proférées.', '2022-01-10');
  assert.deepEqual(x.times.map((t) => t.start), ['2022-01-03', '2022-01-02']);
});
