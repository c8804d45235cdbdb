// Attribution on English wire phrasing: "said" with and without "that", postposed, "according to", "told".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../helpers.js';

type Case = [text: string, expected: { speaker: string; kind?: string; role?: string; via?: string[]; covers?: number[] }[]];

const CASES: Case[] = [
  ['Police said five people were killed in the attack.', [{ speaker: 'Police', kind: 'organisation' }]],
  ['Five people were killed in the attack, police said.', [{ speaker: 'police', kind: 'organisation' }]],
  ['The situation is under control, said Interior Minister John Smith.', [{ speaker: 'John Smith', kind: 'person', role: 'Interior Minister' }]],
  ['According to Reuters, fighting resumed overnight.', [{ speaker: 'Reuters', kind: 'media' }]],
  ['According to security sources, the attackers arrived on motorbikes.', [{ speaker: 'security sources' }]],
  ['The troops withdrew, an army spokesman told Reuters.', [{ speaker: 'an army spokesman', via: ['Reuters'] }]],
  ['President Joe Biden said that the United States would respond.', [{ speaker: 'Joe Biden', kind: 'person', role: 'President' }]],
  ['The government said the situation was under control.', [{ speaker: 'The government', kind: 'organisation' }]],
  ['The army announced that three soldiers had been killed.', [{ speaker: 'The army', kind: 'organisation' }]],
  ['We will not give up, Gen. Peter Martin said. We will hold the line, he added.', [{ speaker: 'Gen. Peter Martin', kind: 'person', covers: [0, 1] }]],
  ['According to the Interior Ministry, 20 people were killed.', [{ speaker: 'the Interior Ministry', kind: 'organisation' }]],
  ['The Elgin Police Department announced the arrest in a news release.', [{ speaker: 'The Elgin Police Department', kind: 'organisation' }]],
  ['Witnesses said the protesters were dispersed with tear gas.', [{ speaker: 'Witnesses' }]],
  ['Mr. Karzai said that order had been restored.', [{ speaker: 'Mr. Karzai', kind: 'person' }]],
];

for (const [text, expected] of CASES) {
  test(`en attribution: ${text}`, () => {
    const x = extract(text, '2022-01-06', 'en');
    assert.equal(x.attributions.length, expected.length, JSON.stringify(x.attributions.map((a) => a.speaker.text)));
    expected.forEach((e, i) => {
      const a = x.attributions[i]!;
      assert.equal(a.speaker.text, e.speaker);
      assert.equal(text.slice(a.speaker.evidence.start, a.speaker.evidence.end), a.speaker.evidence.text);
      const entity = x.entities.find((en) => en.id === a.speaker.entityId);
      if (e.kind) assert.equal(entity?.kind, e.kind, JSON.stringify(entity));
      if (e.role) assert.equal(entity?.role?.text, e.role);
      if (e.via) assert.deepEqual(a.via.map((v) => v.text), e.via);
      if (e.covers) assert.deepEqual(a.covers, e.covers);
      for (const cue of a.cues) assert.equal(text.slice(cue.start, cue.end), cue.text);
    });
  });
}

test('en attribution: upper-case wire copy does not make every word a name', () => {
  const text = 'THE ARCE BATTALION COMMAND HAS REPORTED THAT ABOUT 50 PEASANTS HAVE BEEN KIDNAPPED BY TERRORISTS. IT WAS ALSO REPORTED THAT A SOLDIER WAS WOUNDED.';
  const x = extract(text, '1990-01-03', 'en');
  const people = x.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  assert.deepEqual(people, []);
  const speaker = x.attributions[0]!;
  assert.equal(x.entities.find((e) => e.id === speaker.speaker.entityId)?.kind, 'organisation');
  assert.deepEqual(x.counts.map((c) => [c.kind, c.min, c.max]), [['kidnapped', 45, 55], ['injured', 1, 1]]);
  for (const c of x.counts) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
});
