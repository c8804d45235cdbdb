// Attribution on Spanish news phrasing: "según", "dijo", "informó", "afirmó que", "declaró a".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../helpers.js';

type Case = [text: string, expected: { speaker: string; kind?: string; role?: string; via?: string[] }];

const CASES: Case[] = [
  ['La situación está bajo control, dijo el ministro del Interior Juan Pérez.', { speaker: 'Juan Pérez', kind: 'person', role: 'ministro del Interior' }],
  ['Según la agencia EFE, los combates se reanudaron durante la noche.', { speaker: 'EFE', kind: 'media' }],
  ['El Gobierno afirmó que la situación estaba bajo control.', { speaker: 'El Gobierno', kind: 'organisation' }],
  ['Las tropas se retiraron, informó un portavoz del ejército, citado por la agencia Reuters.', { speaker: 'un portavoz del ejército', via: ['Reuters'] }],
  ['Un portavoz de la policía declaró a la AFP que no hubo heridos.', { speaker: 'Un portavoz de la policía', via: ['AFP'] }],
  ['De acuerdo con la Fiscalía, el sospechoso fue detenido en su casa.', { speaker: 'la Fiscalía', kind: 'organisation' }],
];

for (const [text, e] of CASES) {
  test(`es attribution: ${text}`, () => {
    const x = extract(text, '2022-01-06', 'es');
    const a = x.attributions.find((k) => k.speaker.text === e.speaker);
    assert.ok(a, JSON.stringify(x.attributions.map((k) => k.speaker.text)));
    assert.equal(text.slice(a.speaker.evidence.start, a.speaker.evidence.end), a.speaker.evidence.text);
    const entity = x.entities.find((en) => en.id === a.speaker.entityId);
    if (e.kind) assert.equal(entity?.kind, e.kind);
    if (e.role) assert.equal(entity?.role?.text, e.role);
    if (e.via) assert.deepEqual(a.via.map((v) => v.text), e.via);
  });
}
