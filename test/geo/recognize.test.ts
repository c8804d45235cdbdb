import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findToponyms } from '../../src/geo/index.js';
import { fixtureGazetteer } from './fixture.js';

const gaz = fixtureGazetteer();
const names = (text: string, lang: string) => {
  const found = findToponyms(gaz, text, { lang });
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text, 'spans index the text');
  return found.map((m) => m.text);
};

test('French: elisions, a lower-case cue word, a lower-case region adjective', () => {
  const text = "Les émeutes ont gagné la ville d'Almaty, puis Aktau, sur les bords de la mer Caspienne, en Asie centrale.";
  assert.deepEqual(names(text, 'fr'), ['Almaty', 'Aktau', 'mer Caspienne', 'Asie centrale']);
});

test('adjectives and common words are not places', () => {
  assert.deepEqual(names("Selon le ministère de l'Intérieur kazakh, des forces russes sont arrivées.", 'fr'), []);
  assert.deepEqual(names('Kazakh police and Russian troops were deployed.', 'en'), []);
});

test('country names beat demonym readings and town alternates', () => {
  assert.deepEqual(names('La crise au Kazakhstan inquiète la Russie.', 'fr'), ['Kazakhstan', 'Russie']);
});

test('people and organisations named like towns are left out', () => {
  // "Commerce" is a town in California; here it is part of an organisation's name.
  assert.deepEqual(names('The Dallas Chamber of Commerce met on Monday.', 'en'), ['Dallas']);
  // A surname after a first name, and again alone later.
  assert.deepEqual(names('Fire Marshal Doug Logan said the road was closed. Logan added nothing.', 'en'), []);
  // A title announces a person.
  assert.deepEqual(names('Selon M. Paris, la situation est calme à Moscou.', 'fr'), ['Moscou']);
});

test('acronyms: countries yes, organisations no', () => {
  assert.deepEqual(names('The US and TASS reported it.', 'en'), ['US']);
});

test('ALL-CAPS wire copy: case says nothing, the gazetteer and stopwords decide', () => {
  const text = 'GUERRILLAS ATTACKED A POLICE STATION IN PARIS, TEXAS, AND IN MOSCOW YESTERDAY, US OFFICIALS SAID.';
  assert.deepEqual(names(text, 'en'), ['PARIS', 'TEXAS', 'MOSCOW']);
});

test('names the gazetteer lacks but the text marks as places', () => {
  assert.deepEqual(names('Deputies searched Avoyelles Parish near Dallas.', 'en'), ['Avoyelles Parish', 'Dallas']);
});

test('Spanish: the adjective is not a place, the city is', () => {
  assert.deepEqual(names('El ministro ruso llegó ayer a Moscú, según la agencia kazaja.', 'es'), ['Moscú']);
});

test('a heading and a sentence start: capitalised common words stay words', () => {
  // "Selon" and "Plusieurs" open sentences; "Moscou en renfort" is a heading.
  const text = 'Moscou en renfort\n\nSelon M. Azirbek, plusieurs villes sont touchées. Plusieurs témoins parlent de Paris.';
  assert.deepEqual(names(text, 'fr'), ['Moscou', 'Paris']);
});
