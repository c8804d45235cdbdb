// Attribution on French news phrasing: reporting clauses with and without quote marks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../helpers.js';

type Case = [text: string, expected: { speaker: string; kind?: string; role?: string; via?: string[]; covers?: number[] }[]];

const CASES: Case[] = [
  ['« La situation est sous contrôle », a déclaré le ministre de l\'Intérieur Jean Dupont.', [{ speaker: 'Jean Dupont', kind: 'person', role: 'ministre de l\'Intérieur' }]],
  ['Selon l\'agence Reuters, les combats ont repris dans la nuit.', [{ speaker: 'Reuters', kind: 'media' }]],
  ['D\'après des sources sécuritaires, les assaillants sont arrivés à moto.', [{ speaker: 'des sources sécuritaires' }]],
  ['Les troupes se sont retirées, a indiqué un porte-parole de l\'armée, cité par l\'AFP.', [{ speaker: 'un porte-parole de l\'armée', via: ['AFP'] }]],
  ['Le président Emmanuel Macron a déclaré que la France resterait mobilisée.', [{ speaker: 'Emmanuel Macron', kind: 'person', role: 'président' }]],
  ['Le gouvernement a affirmé que la situation était sous contrôle.', [{ speaker: 'Le gouvernement', kind: 'organisation' }]],
  ['Nous tiendrons, a déclaré le général Pierre Martin. Nous ne céderons pas, a-t-il ajouté.', [{ speaker: 'Pierre Martin', kind: 'person', covers: [0, 1] }]],
  ['Selon le ministère de la Santé cité par l\'agence officielle Sana, 20 personnes ont été tuées.', [{ speaker: 'le ministère de la Santé', kind: 'organisation', via: ['Sana'] }]],
  ['L\'armée a annoncé que trois soldats avaient été tués.', [{ speaker: 'L\'armée', kind: 'organisation' }]],
  ['La télévision d\'État a rapporté que des coups de feu avaient été entendus.', [{ speaker: 'La télévision d\'État', kind: 'media' }]],
  ['D\'après l\'Observatoire syrien des droits de l\'homme, 15 combattants ont été tués.', [{ speaker: 'l\'Observatoire syrien des droits de l\'homme' }]],
  ['Selon un bilan officiel, 42 personnes sont mortes.', [{ speaker: 'un bilan officiel' }]],
  ['Les manifestants ont été dispersés, ont rapporté des témoins.', [{ speaker: 'des témoins' }]],
  ['Le Kremlin a démenti ces informations, selon l\'agence Tass.', [{ speaker: 'Tass', kind: 'media' }]],
  ['M. Tokaïev a affirmé que l\'ordre était rétabli.', [{ speaker: 'M. Tokaïev', kind: 'person' }]],
  ['Les images diffusées sur les réseaux sociaux ont montré des colonnes de fumée.', [{ speaker: 'Les images diffusées', via: ['les réseaux sociaux'] }]],
  ['Selon le ministère de l\'Intérieur kazakh cité par des médias locaux, au moins huit policiers ont été tués.',
    [{ speaker: 'le ministère de l\'Intérieur kazakh', kind: 'organisation', via: ['des médias locaux'] }]],
];

for (const [text, expected] of CASES) {
  test(`attribution: ${text}`, () => {
    const x = extract(text, '2022-01-06');
    assert.equal(x.attributions.length, expected.length, JSON.stringify(x.attributions.map((a) => a.speaker.text)));
    expected.forEach((e, i) => {
      const a = x.attributions[i]!;
      assert.equal(a.speaker.text, e.speaker);
      assert.equal(text.slice(a.speaker.evidence.start, a.speaker.evidence.end), a.speaker.evidence.text);
      const entity = x.entities.find((en) => en.id === a.speaker.entityId);
      if (e.kind) assert.equal(entity?.kind, e.kind);
      if (e.role) assert.equal(entity?.role?.text, e.role);
      if (e.via) assert.deepEqual(a.via.map((v) => v.text), e.via);
      if (e.covers) assert.deepEqual(a.covers, e.covers);
      for (const cue of a.cues) assert.equal(text.slice(cue.start, cue.end), cue.text);
    });
  });
}
