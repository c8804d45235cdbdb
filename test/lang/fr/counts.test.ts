// Counts of people on French news phrasing (AFP, Le Monde, RFI, France 24 styles), value and span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../helpers.js';

type Case = [sentence: string, expected: { kind: string; min: number; max: number | null; who?: string; evidence?: string }[]];

const CASES: Case[] = [
  ['Au moins 12 personnes ont été tuées dans l\'attaque d\'un marché à Gao.', [{ kind: 'killed', min: 12, max: null, who: 'people', evidence: 'Au moins 12 personnes ont été tuées' }]],
  ['L\'explosion a fait trois morts et une vingtaine de blessés.', [{ kind: 'killed', min: 3, max: 3 }, { kind: 'injured', min: 18, max: 22 }]],
  ['Quelque 200 manifestants ont été interpellés samedi à Paris.', [{ kind: 'arrested', min: 180, max: 220, who: 'protesters' }]],
  ['Le bilan s\'élève désormais à 43 morts, selon les autorités.', [{ kind: 'killed', min: 43, max: 43, evidence: '43 morts' }]],
  ['Six soldats ont péri dans l\'embuscade tendue près de la frontière.', [{ kind: 'killed', min: 6, max: 6, who: 'security-forces' }]],
  ['Deux policiers ont trouvé la mort lors des affrontements.', [{ kind: 'killed', min: 2, max: 2, who: 'security-forces' }]],
  ['Plus de 1 000 personnes ont été arrêtées depuis le début du mouvement.', [{ kind: 'arrested', min: 1001, max: null }]],
  ['Près de 300 personnes ont été blessées, selon les secours.', [{ kind: 'injured', min: 270, max: 300 }]],
  ['Des milliers de personnes ont manifesté dimanche à Minsk contre le pouvoir.', [{ kind: 'participants', min: 2000, max: 9999, who: 'protesters' }]],
  ['Une centaine de migrants sont portés disparus en Méditerranée.', [{ kind: 'missing', min: 80, max: 120, who: 'civilians' }]],
  ['Cinq travailleurs humanitaires ont été enlevés dans le nord-est du Nigeria.', [{ kind: 'kidnapped', min: 5, max: 5, who: 'civilians' }]],
  ['L\'attaque a coûté la vie à quinze civils, dont trois enfants.', [{ kind: 'killed', min: 15, max: 15, who: 'civilians' }]],
  ['Les forces de l\'ordre ont interpellé 45 personnes en marge du rassemblement.', [{ kind: 'arrested', min: 45, max: 45 }]],
  ['Au moins 1 350 personnes ont été tuées depuis le début de l\'offensive.', [{ kind: 'killed', min: 1350, max: null }]],
  ['Quatre-vingt-dix-neuf personnes ont été hospitalisées après l\'incendie.', [{ kind: 'injured', min: 99, max: 99 }]],
  ['Des dizaines de milliers de personnes ont défilé samedi dans les rues de Tbilissi.', [{ kind: 'participants', min: 20000, max: 99999 }]],
  ['Trois cent dix-sept membres des forces de sécurité ont été blessés.', [{ kind: 'injured', min: 317, max: 317, who: 'security-forces' }]],
  ['Un policier a été tué lors d\'une fusillade à Marseille.', [{ kind: 'killed', min: 1, max: 1, who: 'security-forces' }]],
  ['Une vingtaine de jihadistes ont été neutralisés par l\'armée malienne.', [{ kind: 'killed', min: 18, max: 22, who: 'militants' }]],
  ['Plusieurs centaines de soldats ont été déployés dans la région.', [{ kind: 'deployed', min: 200, max: 999, who: 'security-forces' }]],
  ['Selon l\'ONU, plus de 5 000 civils ont été tués depuis février.', [{ kind: 'killed', min: 5001, max: null, who: 'civilians' }]],
  ['Environ 2.500 personnes ont été évacuées à cause des combats.', [{ kind: 'displaced', min: 2250, max: 2750 }]],
  ['Une dizaine de personnes ont été arrêtées lors de la manifestation.', [{ kind: 'arrested', min: 8, max: 12 }]],
  ['Au moins huit membres des forces de sécurité ont été tués et 317 blessés.', [{ kind: 'killed', min: 8, max: null, who: 'security-forces' }, { kind: 'injured', min: 317, max: 317, who: 'security-forces' }]],
  ['Une attaque jihadiste a fait 18 morts, dont 12 soldats, dans le centre du pays.', [{ kind: 'killed', min: 18, max: 18 }]],
  ['Dix-sept personnes ont perdu la vie dans les inondations.', [{ kind: 'killed', min: 17, max: 17 }]],
  ['Des dizaines d\'assaillants ont été éliminés, a indiqué la police.', [{ kind: 'killed', min: 20, max: 99, who: 'assailants' }]],
  ['L\'armée a tué 30 rebelles lors d\'une opération dans le Nord-Kivu.', [{ kind: 'killed', min: 30, max: 30, who: 'militants' }]],
];

for (const [sentence, expected] of CASES) {
  test(`counts: ${sentence}`, () => {
    const x = extract(sentence, '2022-01-06');
    const got = x.counts.map((c) => ({ kind: c.kind, min: c.min, max: c.max, who: c.who?.category, evidence: c.evidence.text }));
    assert.equal(got.length, expected.length, `counts found: ${JSON.stringify(got)}`);
    expected.forEach((e, i) => {
      const g = got[i]!;
      assert.equal(g.kind, e.kind);
      assert.equal(g.min, e.min);
      assert.equal(g.max, e.max);
      if (e.who) assert.equal(g.who, e.who);
      if (e.evidence) assert.equal(g.evidence, e.evidence);
    });
    for (const c of x.counts) assert.equal(sentence.slice(c.evidence.start, c.evidence.end), c.evidence.text);
  });
}
