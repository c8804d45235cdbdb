// Lists of victims summed member by member (src/extract/victim-lists.ts): numbered groups, one person named by a
// determiner or a possessive, proper names; appositives counted once; upper-case wire copy read like normal text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../helpers.js';

type Case = [text: string, lang: string, expected: { kind: string; min: number; max: number | null; evidence: string } | null];

const LIST = /\/count-victim-(list(-object)?|person)$/;
const ONE_PERSON = /\/count-singular-outcome$/;

const CASES: Case[] = [
  ['Five monks, their gardener and his sister were shot dead at the monastery on Tuesday.', 'en',
    { kind: 'killed', min: 7, max: 7, evidence: 'Five monks, their gardener and his sister were shot dead' }],
  ['FIVE MONKS, THEIR GARDENER AND HIS SISTER WERE SHOT DEAD AT THE MONASTERY ON TUESDAY.', 'en',
    { kind: 'killed', min: 7, max: 7, evidence: 'FIVE MONKS, THEIR GARDENER AND HIS SISTER WERE SHOT DEAD' }],
  ['Senator Ramon Ibarra and his driver were killed when gunmen opened fire on their car.', 'en',
    { kind: 'killed', min: 2, max: 2, evidence: 'Senator Ramon Ibarra and his driver were killed' }],
  ['OFFICIALS SAID THAT CARMEN ROJAS VEGA AND HER BODYGUARD WERE KILLED IN THE AMBUSH.', 'en',
    { kind: 'killed', min: 2, max: 2, evidence: 'CARMEN ROJAS VEGA AND HER BODYGUARD WERE KILLED' }],
  ['The governor, his chauffeur and one of his guards were wounded in the blast.', 'en',
    { kind: 'injured', min: 3, max: 3, evidence: 'The governor, his chauffeur and one of his guards were wounded' }],
  // A name set off after a noun, a description after a name, an age: the same person.
  ['The rebels claimed the killing of a judge and his clerk, Tomas Brenner, in the capital.', 'en',
    { kind: 'killed', min: 2, max: 2, evidence: 'the killing of a judge and his clerk, Tomas Brenner' }],
  ['Hugo Salas Perez, a coffee grower, and his nephew were murdered on the road to the farm.', 'en',
    { kind: 'killed', min: 2, max: 2, evidence: 'Hugo Salas Perez, a coffee grower, and his nephew were murdered' }],
  ['Rita Moran, 34; Elena Moran, 12; a neighbor; and a police officer were killed in the fire.', 'en',
    { kind: 'killed', min: 4, max: 4, evidence: 'Rita Moran, 34; Elena Moran, 12; a neighbor; and a police officer were killed' }],
  // A group and its break-down: the group once.
  ['Troops killed three engineers, Ivan Cole, Pedro Lara and Aldo Ruiz, near the border.', 'en',
    { kind: 'killed', min: 3, max: 3, evidence: 'killed three engineers, Ivan Cole, Pedro Lara and Aldo Ruiz' }],
  ['THREE OTHER PEASANTS, TWO WOMEN AND A BOY, ALSO DIED IN THE FIRE.', 'en', null],
  // A plural with no figure: at least the others, open above.
  ['The mayor, his secretary and several councillors were abducted by the gang.', 'en',
    { kind: 'kidnapped', min: 5, max: null, evidence: 'The mayor, his secretary and several councillors were abducted' }],
  ['The mayor and councillors were abducted by the gang.', 'en', null],
  // Negatives: a reporting subject is not a victim; a list that is not the outcome's subject; an active verb.
  ['The mayor said two people were killed in the raid.', 'en', null],
  ['The monks and their gardener were questioned by the police on Monday.', 'en', null],
  ['The colonel and his men killed two smugglers at the crossing.', 'en', null],
  // The second verb's object is not a member of the first one's list.
  ['The gunman killed a shopkeeper and wounded two customers before fleeing.', 'en',
    { kind: 'killed', min: 1, max: 1, evidence: 'killed a shopkeeper' }],
  ['A second victim, his younger brother, died at the hospital.', 'en', null],
  ['The bishop and his aide were not hurt in the explosion.', 'en', null],
  // One person, named or described, with what happened to them and no figure.
  ['OFFICIALS SAID THAT ERNESTO VIDAL, THE PEASANT LEADER, DIED ON FRIDAY.', 'en',
    { kind: 'killed', min: 1, max: 1, evidence: 'ERNESTO VIDAL, THE PEASANT LEADER, DIED' }],
  ['Masked men burst into the estate and killed a watchman before setting the barn alight.', 'en',
    { kind: 'killed', min: 1, max: 1, evidence: 'killed a watchman' }],
  ["The strike was called after Judge Ortega's murder in the capital.", 'en',
    { kind: 'killed', min: 1, max: 1, evidence: "Judge Ortega's murder" }],
  ['Judge John Hurt adjourned the hearing until Monday.', 'en', null],
  ['Martin Lowe and his cousin, Ana Ruiz Vega, 19, were killed.', 'en',
    { kind: 'killed', min: 2, max: 2, evidence: 'Martin Lowe and his cousin, Ana Ruiz Vega, 19, were killed' }],
  // The one who killed is not a victim; a description after the joined member is not one more.
  ['THE AMBASSADOR ASKED WHO HAD KILLED FATHER TOMAS ARENAS.', 'en',
    { kind: 'killed', min: 1, max: 1, evidence: 'KILLED FATHER TOMAS ARENAS' }],
  ['Ruben Castro Lima, a truck driver, and Felipe Soto Mena, his helper, were arrested at the border.', 'en',
    { kind: 'arrested', min: 2, max: 2, evidence: 'Ruben Castro Lima, a truck driver, and Felipe Soto Mena, his helper, were arrested' }],
  // A description holding a joiner, told by the singular verb.
  ['OSCAR MEJIA, A CUSTOMS OFFICIAL AND LEADER OF THE FARMERS PARTY, WAS SHOT DEAD ON MONDAY.', 'en', null],
  // One numbered group after an object cue; a figure that is an age is no count.
  ['The bishop condemned the murder of five seminarians near the mission.', 'en',
    { kind: 'killed', min: 5, max: 5, evidence: 'the murder of five seminarians' }],
  ['He was charged with killing a six year old boy.', 'en',
    { kind: 'killed', min: 1, max: 1, evidence: 'killing a six year old boy' }],
  // Adjectives between the article and the cue's noun.
  ['The archbishop condemned the recent cowardly murder of four nuns in the north.', 'en',
    { kind: 'killed', min: 4, max: 4, evidence: 'murder of four nuns' }],
  ['THE GOVERNMENT CONDEMNS THE BRUTAL ASSASSINATION OF MAYOR JORGE PAZ AND HIS DRIVER.', 'en',
    { kind: 'killed', min: 2, max: 2, evidence: 'ASSASSINATION OF MAYOR JORGE PAZ AND HIS DRIVER' }],
  // Animals after the cue are no victims.
  ['Ranchers reported the senseless killing of three horses and a mule near the river.', 'en', null],
  // French and Spanish lists from the same engine.
  ['Quatre prêtres, leur cuisinière et sa fille ont été tués dans la nuit.', 'fr',
    { kind: 'killed', min: 6, max: 6, evidence: 'Quatre prêtres, leur cuisinière et sa fille ont été tués' }],
  ['El alcalde, su esposa y dos escoltas fueron asesinados en la carretera.', 'es',
    { kind: 'killed', min: 4, max: 4, evidence: 'El alcalde, su esposa y dos escoltas fueron asesinados' }],
];

for (const [text, lang, expected] of CASES) {
  test(`${lang} victim lists: ${text}`, () => {
    const x = extract(text, '2022-01-06', lang);
    const lists = x.counts.filter((c) => LIST.test(c.rule));
    if (!expected) {
      assert.equal(lists.length, 0, JSON.stringify(lists.map((c) => `${c.kind} ${c.min} "${c.evidence.text}"`)));
      return;
    }
    // One person may be read first by the counts engine's one-person outcome ("killed a", "DIED"): the same
    // single count, its evidence inside the list's, and the list then adds nothing.
    const found = lists.length ? lists
      : x.counts.filter((c) => ONE_PERSON.test(c.rule) && expected.min === 1 && expected.evidence.includes(c.evidence.text));
    assert.equal(found.length, 1, JSON.stringify(x.counts.map((c) => `${c.kind} ${c.min} "${c.evidence.text}" ${c.rule}`)));
    const c = found[0]!;
    const evidence = LIST.test(c.rule) ? c.evidence.text : expected.evidence;
    assert.deepEqual({ kind: c.kind, min: c.min, max: c.max, evidence }, expected);
    if (!LIST.test(c.rule)) assert.equal(x.counts.filter((k) => k.kind === c.kind).length, 1);
    assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
    assert.equal(c.exact, expected.max === expected.min);
  });
}

test('en victim lists: the list total is the figure of the sentence, beside the group it contains', () => {
  const x = extract('Two nuns, their driver and a cook were killed when the bus was attacked.', '2022-01-06', 'en');
  const killed = x.counts.filter((c) => c.kind === 'killed').map((c) => c.min);
  assert.equal(Math.max(...killed), 4);
});

test('en victim lists: a list of the dead said to come on top of an earlier death adds to it', () => {
  const x = extract('The mayor of Rio Claro was killed on Friday. His driver and a bodyguard were also killed.', '2022-01-06', 'en');
  const total = x.counts.find((c) => c.rule === 'en/count-additive-total');
  assert.ok(total, JSON.stringify(x.counts.map((c) => `${c.kind} ${c.min} "${c.evidence.text}" ${c.rule}`)));
  assert.equal(total.kind, 'killed');
  assert.equal(total.min, 3);
});
