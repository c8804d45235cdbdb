import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fr } from '../../src/lang/fr/index.js';
import { splitSentences, tokenize } from '../../src/text/segment.js';

const texts = (t: string) => splitSentences(t, fr).map((s) => s.text);

test('sentences: no split after "M." or "Dr", a split where paragraphs were glued', () => {
  assert.deepEqual(texts('Selon M. Azirbek, une opération est en cours. Le Dr Martin a soigné les blessés.'),
    ['Selon M. Azirbek, une opération est en cours.', 'Le Dr Martin a soigné les blessés.']);
  assert.deepEqual(texts('cité par Ria Novosti.Des dizaines d\'assaillants ont été éliminés.'),
    ['cité par Ria Novosti.', 'Des dizaines d\'assaillants ont été éliminés.']);
});

test('sentences: a line break ends a sentence and a short line is a heading', () => {
  const s = splitSentences('Fin du paragraphe.\n\nMoscou en renfort\n\nMoscou et ses alliés ont annoncé.', fr);
  assert.deepEqual(s.map((x) => [x.text, x.heading, x.paragraph]), [['Fin du paragraphe.', false, 0], ['Moscou en renfort', true, 1], ['Moscou et ses alliés ont annoncé.', false, 2]]);
});

test('sentence offsets point into the text', () => {
  const t = ' date-less text. Deuxième phrase !\nTroisième ?';
  for (const s of splitSentences(t, fr)) assert.equal(t.slice(s.start, s.end), s.text);
});

test('words: elisions with both apostrophes, numbers with spaces, hyphenated names', () => {
  const words = tokenize('d\'Almaty et l’Intérieur : 1 350 blessés, Interfax-Kazakhstan, a-t-il ajouté, 3,5 %').map((t) => t.text);
  assert.deepEqual(words, ['d\'', 'Almaty', 'et', 'l’', 'Intérieur', ':', '1 350', 'blessés', ',', 'Interfax-Kazakhstan', ',', 'a-t-il', 'ajouté', ',', '3,5', '%']);
});
