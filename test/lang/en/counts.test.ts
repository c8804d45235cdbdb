// Counts of people on English wire phrasing (Reuters, AP, AFP English, local US news), value and span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../helpers.js';

type Case = [sentence: string, expected: { kind: string; min: number; max: number | null; who?: string; evidence?: string }[]];

const CASES: Case[] = [
  // After a verb the figure is its object: "and wounded" is the next verb of the gunman, not the three men's outcome.
  ['A gunman killed three men and wounded another in an attack on Wednesday night.', [{ kind: 'killed', min: 3, max: 3, evidence: 'killed three men' }]],
  ['Soldiers captured two fighters and detained a smuggler at the crossing.', [{ kind: 'arrested', min: 2, max: 2, evidence: 'captured two fighters' }]],
  // No verb before the figure: the people are the subject, and the outcome is theirs.
  ['Three men were wounded and taken to a hospital.', [{ kind: 'injured', min: 3, max: 3, evidence: 'Three men were wounded' }]],
  ['At least 12 people were killed in an attack on a market in Gao.', [{ kind: 'killed', min: 12, max: null, who: 'people', evidence: 'At least 12 people were killed' }]],
  ['The blast killed three people and wounded about 20 others.', [{ kind: 'killed', min: 3, max: 3 }, { kind: 'injured', min: 18, max: 22 }]],
  ['Some 200 protesters were detained on Saturday in Moscow.', [{ kind: 'arrested', min: 180, max: 220, who: 'protesters' }]],
  ['The death toll has risen to 43 dead, officials said.', [{ kind: 'killed', min: 43, max: 43, evidence: '43 dead' }]],
  ['Six soldiers lost their lives in the ambush near the border.', [{ kind: 'killed', min: 6, max: 6, who: 'security-forces' }]],
  ['Two police officers died during the clashes.', [{ kind: 'killed', min: 2, max: 2, who: 'security-forces' }]],
  ['More than 1,000 people have been arrested since the movement began.', [{ kind: 'arrested', min: 1001, max: null }]],
  ['Nearly 300 people were injured, rescue workers said.', [{ kind: 'injured', min: 270, max: 300 }]],
  ['Thousands of people protested in Minsk on Sunday against the government.', [{ kind: 'participants', min: 2000, max: 9999, who: 'protesters' }]],
  ['About a hundred migrants are missing in the Mediterranean.', [{ kind: 'missing', min: 90, max: 110, who: 'civilians' }]],
  ['Five aid workers were kidnapped in northeastern Nigeria.', [{ kind: 'kidnapped', min: 5, max: 5, who: 'civilians' }]],
  ['Police arrested 45 people on the sidelines of the rally.', [{ kind: 'arrested', min: 45, max: 45 }]],
  ['At least 1,350 people have been killed since the offensive began.', [{ kind: 'killed', min: 1350, max: null }]],
  ['Dozens of militants were neutralized, the army said.', [{ kind: 'killed', min: 20, max: 99, who: 'militants' }]],
  ['Scores of civilians were wounded in the shelling.', [{ kind: 'injured', min: 40, max: 99, who: 'civilians' }]],
  ['Several hundred soldiers were deployed to the region.', [{ kind: 'deployed', min: 200, max: 999, who: 'security-forces' }]],
  ['The army killed 30 rebels during an operation in North Kivu.', [{ kind: 'killed', min: 30, max: 30, who: 'militants' }]],
  ['At least eight members of the security forces were killed and 317 wounded.', [{ kind: 'killed', min: 8, max: null, who: 'security-forces' }, { kind: 'injured', min: 317, max: 317, who: 'security-forces' }]],
  ['Three hundred and seventeen people were hospitalized after the fire at the depot.', [{ kind: 'injured', min: 317, max: 317 }]],
  ['Twenty-one insurgents were captured by Afghan forces.', [{ kind: 'arrested', min: 21, max: 21, who: 'militants' }]],
  ['A 23-year-old man was shot and killed Saturday night, police said.', [{ kind: 'killed', min: 1, max: 1, who: 'people', evidence: 'A 23-year-old man was shot and killed' }]],
  ['Nearly a thousand people fled their homes after the fighting.', [{ kind: 'displaced', min: 900, max: 1000 }]],
  ['Gunmen killed three soldiers at a checkpoint.', [{ kind: 'killed', min: 3, max: 3, who: 'security-forces' }]],
  ['She was shot and killed outside her home.', [{ kind: 'killed', min: 1, max: 1, evidence: 'was shot and killed' }]],
  ['THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED DURING CLASHES YESTERDAY.', [{ kind: 'killed', min: 3, max: 3, who: 'militants' }, { kind: 'injured', min: 7, max: 7 }]],
  ['A coalition security force detained numerous suspected insurgents in Marjeh district.', [{ kind: 'arrested', min: 4, max: null, who: 'suspects' }]],
  ['THE GOVERNMENT CONDEMNED THE ASSASSINATION OF THE MAYOR OF THE TOWN.', [{ kind: 'killed', min: 1, max: 1, evidence: 'THE ASSASSINATION OF' }]],
  ['A train hit a mine before dawn and its engineer died in the explosion.', [{ kind: 'killed', min: 1, max: 1, evidence: 'died in the explosion' }]],
  ['Coalition forces killed several insurgents and detained two during the operation.', [{ kind: 'killed', min: 3, max: null }, { kind: 'arrested', min: 2, max: 2, evidence: 'detained two' }]],
  ['The gunmen opened fire on the bus, killing 12 and wounding 20.', [{ kind: 'killed', min: 12, max: 12, evidence: 'killing 12' }, { kind: 'injured', min: 20, max: 20 }]],
  ['The forces detained the leader and several suspected insurgents at the compound.', [{ kind: 'arrested', min: 4, max: null, evidence: 'detained the leader and several suspected insurgents' }, { kind: 'arrested', min: 3, max: null, who: 'suspects', evidence: 'several suspected insurgents' }]],
  ['Troops captured the commander and two fighters near the border.', [{ kind: 'arrested', min: 3, max: 3 }, { kind: 'arrested', min: 2, max: 2, who: 'militants' }]],
  ['Police detained two kidnappers near the border crossing.', [{ kind: 'arrested', min: 2, max: 2, who: 'assailants' }]],
  ['The patrol arrested a bomb maker and an associate in Zabul province.', [{ kind: 'arrested', min: 1, max: 1, who: 'militants' }, { kind: 'arrested', min: 2, max: 2 }, { kind: 'arrested', min: 1, max: 1, who: 'militants' }]],
  // "shot" counts everyone hit, the dead included: the wounded are those hit less those who died.
  ['Police said four people were shot, one fatally, outside a bar on Main Street.', [{ kind: 'injured', min: 3, max: 3, evidence: 'four people were shot, one fatally' }, { kind: 'killed', min: 1, max: 1, evidence: 'one fatally' }]],
  ['Five people were wounded, two of them fatally, in the gunfire.', [{ kind: 'injured', min: 3, max: 3, evidence: 'Five people were wounded, two of them fatally' }, { kind: 'killed', min: 2, max: 2, evidence: 'two of them fatally' }]],
  ['Six people were shot at the party, one of whom died at the hospital.', [{ kind: 'injured', min: 5, max: 5 }, { kind: 'killed', min: 1, max: 1, evidence: 'one of whom died' }]],
  ['Three people were shot Saturday night near the park. One of them, a 19-year-old man, died at the hospital.', [{ kind: 'injured', min: 2, max: 2, evidence: 'Three people were shot' }, { kind: 'killed', min: 1, max: 1, evidence: 'a 19-year-old man, died at the hospital' }]],
  ['A gunman shot five people at a convenience store. Two of the victims died.', [{ kind: 'injured', min: 3, max: 3, evidence: 'shot five people' }, { kind: 'killed', min: 2, max: 2 }]],
  ['A teenager and three other people were shot outside the store. The teenager was pronounced dead at the scene.', [{ kind: 'injured', min: 1, max: 1, evidence: 'A teenager' }, { kind: 'injured', min: 3, max: 3, evidence: 'A teenager and three other people were shot' }, { kind: 'injured', min: 3, max: 3, evidence: 'three other people were shot' }, { kind: 'killed', min: 1, max: 1, evidence: 'was pronounced dead' }]],
  ['One person is dead after a shooting early Sunday. Police said five people were shot.', [{ kind: 'killed', min: 1, max: 1 }, { kind: 'injured', min: 4, max: 4, evidence: 'five people were shot' }]],
  ['A man was killed and three others were shot in the parking lot.', [{ kind: 'killed', min: 1, max: 1 }, { kind: 'injured', min: 3, max: 3, evidence: 'three others were shot' }]],
  ['Two men were shot and wounded on Friday; one of the shooters died.', [{ kind: 'injured', min: 2, max: 2, evidence: 'Two men were shot and wounded' }, { kind: 'killed', min: 1, max: 1, who: 'assailants' }]],
  ['A 15-year-old boy was shot in the leg on Tuesday evening.', [{ kind: 'injured', min: 1, max: 1, evidence: 'A 15-year-old boy was shot' }]],
  ['A teenager was shot Tuesday night. He died at the hospital early Wednesday.', [{ kind: 'killed', min: 1, max: 1, evidence: 'He died' }]],
  ['The boy accidentally shot himself in the hand while playing with the gun.', [{ kind: 'injured', min: 1, max: 1, evidence: 'accidentally shot himself' }]],
  ['Three people were found shot to death inside the home.', [{ kind: 'killed', min: 3, max: 3, evidence: 'Three people were found shot to death' }]],
  ['Police are investigating the death of a 17-year-old found in a parked car.', [{ kind: 'killed', min: 1, max: 1, evidence: 'the death of' }]],
  ['The woman died after she was shot in the chest outside her apartment.', [{ kind: 'killed', min: 1, max: 1, evidence: 'died after she was shot' }]],
  ['The gunman opened fire in the bar, killing his intended target.', [{ kind: 'killed', min: 1, max: 1, evidence: 'killing his' }]],
  // "one" with the clause going on is a figure; "a"/"an" never stand alone.
  ['Detectives are looking into a weekend shooting that killed one and wounded two others.', [{ kind: 'killed', min: 1, max: 1, evidence: 'killed one' }, { kind: 'injured', min: 2, max: 2, evidence: 'wounded two others' }]],
  ['A 16-year-old who was hit in the chest on Friday died on Sunday.', [{ kind: 'killed', min: 1, max: 1, evidence: 'died' }]],
  ['The girl was flown to a trauma center, where she passed away two days later.', [{ kind: 'killed', min: 1, max: 1, evidence: 'passed away' }]],
  // The negation is said of the investigation, not of the death.
  ['Detectives still have no leads in the death of Marcus Hill, 24.', [{ kind: 'killed', min: 1, max: 1, evidence: 'the death of' }]],
  ['A man was charged Monday in the Jan. 3 shooting death of his neighbor.', [{ kind: 'killed', min: 1, max: 1, evidence: 'shooting death of' }]],
  ['Investigators said the man fatally shot himself after the standoff.', [{ kind: 'killed', min: 1, max: 1, evidence: 'fatally shot himself' }]],
  ['Prosecutors say he shot and killed his cousin outside a bar.', [{ kind: 'killed', min: 1, max: 1, evidence: 'shot and killed his' }]],
  // Suspects charged in a death are not the dead.
  ['Two men were charged in the shooting death of a store clerk.', [{ kind: 'killed', min: 1, max: 1, evidence: 'shooting death of' }]],
  ['Nobody died in the fire, officials said.', []],
  ['Deputies said the teenager had been shot in the thigh behind a gas station.', [{ kind: 'injured', min: 1, max: 1, evidence: 'had been shot' }]],
  ['Medics took the victim to a trauma center with non-life-threatening injuries.', [{ kind: 'injured', min: 1, max: 1, evidence: 'with non-life-threatening injuries' }]],
  ['Two bystanders suffered minor injuries in the gunfire.', [{ kind: 'injured', min: 2, max: 2, evidence: 'Two bystanders suffered minor injuries' }]],
  // A tanker or a building is "struck" too: a lone "was struck" is no victim.
  ['The tanker was struck by a missile off the coast on Tuesday.', []],
  // A tally of a period or of several shootings is context, not this incident's toll.
  ['At least 22 people have been shot across the city since Friday evening, police said.', []],
  ['Earlier this year, two teens were killed at the same park.', []],
  ['A man was wounded Sunday on Elm Street. It was one of three separate shootings that left five people hurt overnight.', [{ kind: 'injured', min: 1, max: 1, evidence: 'A man was wounded' }]],
  // The tally's cue is in another clause: the incident's own figure stays.
  ['Four people were shot outside a bar on Saturday, the latest in a spate of shootings this year.', [{ kind: 'injured', min: 4, max: 4, evidence: 'Four people were shot' }]],
  // The shooter who killed himself is not one of the people he hit.
  ['The gunman shot three people at the warehouse before killing himself.', [{ kind: 'injured', min: 3, max: 3, evidence: 'shot three people' }, { kind: 'killed', min: 1, max: 1, evidence: 'killing himself' }]],
  ['A 10-year-old girl was struck in the leg by a stray bullet.', [{ kind: 'injured', min: 1, max: 1, evidence: 'A 10-year-old girl was struck in the' }]],
  ['Police said his older brother accidentally shot him with a hunting rifle.', [{ kind: 'injured', min: 1, max: 1, evidence: 'shot him' }]],
  // The toll told again far from the figure of people hit is still theirs.
  ['A gunman opened fire at a birthday party, killing two people. Neighbors said the music had been loud for hours. Police said the party began at noon. Officers were called twice. The host had rented the hall. A DJ was playing. Dozens of guests ran. Police said five people were shot in all.', [{ kind: 'killed', min: 2, max: 2, evidence: 'killing two people' }, { kind: 'injured', min: 3, max: 3, evidence: 'five people were shot' }]],
  ['Investigators said a 13-year-old boy accidentally shot and killed an 8-year-old at a birthday sleepover.', [{ kind: 'killed', min: 1, max: 1, evidence: 'killed an' }]],
  ['Gunmen burst into the cookout, wounding three men and killing another.', [{ kind: 'injured', min: 3, max: 3, evidence: 'wounding three men' }, { kind: 'killed', min: 1, max: 1, evidence: 'killing another' }]],
  ['Officials confirmed that a toddler is dead after the shooting on Friday.', [{ kind: 'killed', min: 1, max: 1, evidence: 'a toddler is dead' }]],
  ['Police said one is dead after the gunfire on Division Street.', [{ kind: 'killed', min: 1, max: 1, evidence: 'is dead' }]],
  ['The crash on the interstate claimed the life of a retired teacher.', [{ kind: 'killed', min: 1, max: 1, evidence: 'claimed the life of' }]],
  // The minutes of a video's length are no figure.
  ['Watch next: 1:51 Boy killed in crash on Route 9', []],
  ['So far in 2016, at least 300 people have been killed in the city, according to police records.', []],
  // Casualties of both kinds: neither the dead nor the wounded are known.
  ['THERE ARE ALREADY MORE THAN 100 DEAD OR WOUNDED AFTER THE REBEL ATTACKS.', []],
  ['The blast left two dead and five wounded at the market.', [{ kind: 'killed', min: 2, max: 2 }, { kind: 'injured', min: 5, max: 5 }]],
  // The victim of an assassination comes after it: the figure before it is its authors.
  ['POLICE ARRESTED FOUR MEN RESPONSIBLE FOR THE ASSASSINATION OF THE JUDGE.', [{ kind: 'arrested', min: 4, max: 4 }, { kind: 'killed', min: 1, max: 1 }]],
  // Trades and offices of victims are people.
  ['Two reporters were killed when troops fired on their car.', [{ kind: 'killed', min: 2, max: 2, evidence: 'Two reporters were killed' }]],
  ['THREE MONKS WERE WOUNDED IN THE ATTACK ON THE MONASTERY.', [{ kind: 'injured', min: 3, max: 3, evidence: 'THREE MONKS WERE WOUNDED' }]],
  // A group named member by member after it: the group once.
  ['Troops killed three reporters, Ivan Cole, Pedro Lara and Aldo Ruiz, near the border.', [{ kind: 'killed', min: 3, max: 3, evidence: 'killed three reporters' }]],
  // A figure of officials who speak is no toll.
  ['Two officials said the convoy was ambushed near the border.', []],
  // A war's or a period's tally, in wire copy too: '#' cues match any year.
  ['More than 20,000 people have been killed in the province since 1985, a rights group said.', []],
  ['ABOUT 9,000 PEOPLE HAVE DIED IN THE REGION DURING 12 YEARS OF CIVIL WAR.', []],
  ['THE REBEL OFFENSIVE HAS SO FAR LEFT SOME 800 DEAD, THE RED CROSS SAID.', []],
  ['Ambushes in the past 5 years killed 400 soldiers, the ministry said.', []],
  // The year of the incident itself is no tally: a figure without a cue stays.
  ['In an ambush on 3 March 1985, rebels killed four soldiers near the bridge.', [{ kind: 'killed', min: 4, max: 4, evidence: 'killed four soldiers' }]],
  ['THREE PEASANTS WERE KILLED BY SOLDIERS IN THE VILLAGE ON 12 JUNE 1989.', [{ kind: 'killed', min: 3, max: 3, evidence: 'THREE PEASANTS WERE KILLED' }]],
  // The people after "and" wait for a predicate of their own: they are not dead too.
  ['One man is dead and two others are being treated at a hospital after the shooting.', [{ kind: 'killed', min: 1, max: 1, evidence: 'One man is dead' }, { kind: 'injured', min: 2, max: 2, evidence: 'two others are being treated' }]],
  ['One man is dead and two others remain at large after the robbery.', [{ kind: 'killed', min: 1, max: 1, evidence: 'One man is dead' }]],
  // A verb before its people is shared by the list.
  ['The gunman killed two soldiers and three civilians at the checkpoint.', [{ kind: 'killed', min: 2, max: 2 }, { kind: 'killed', min: 5, max: 5 }, { kind: 'killed', min: 3, max: 3 }]],
  ['A man was killed and four others are being treated for gunshot wounds.', [{ kind: 'killed', min: 1, max: 1 }, { kind: 'injured', min: 4, max: 4, evidence: 'four others are being treated' }]],
  ['Detectives are investigating the gang-related killing of a teenager found on a sidewalk.', [{ kind: 'killed', min: 1, max: 1, evidence: 'killing of a' }]],
  ['Two shootings near the campus left four people injured overnight.', []],
  ['Police say the man shot and killed one of his friends during an argument.', [{ kind: 'killed', min: 1, max: 1, who: 'civilians', evidence: 'shot and killed one of his friends' }]],
];

for (const [sentence, expected] of CASES) {
  test(`en counts: ${sentence}`, () => {
    const x = extract(sentence, '2022-01-06', 'en');
    const got = x.counts.map((c) => ({ kind: c.kind, min: c.min, max: c.max, who: c.who?.category, evidence: c.evidence.text }));
    assert.equal(got.length, expected.length, `counts found: ${JSON.stringify(got)}`);
    expected.forEach((e, i) => {
      const g = got[i]!;
      assert.equal(g.kind, e.kind, JSON.stringify(g));
      assert.equal(g.min, e.min, JSON.stringify(g));
      assert.equal(g.max, e.max, JSON.stringify(g));
      if (e.who) assert.equal(g.who, e.who, JSON.stringify(g));
      if (e.evidence) assert.equal(g.evidence, e.evidence);
    });
    for (const c of x.counts) assert.equal(sentence.slice(c.evidence.start, c.evidence.end), c.evidence.text);
  });
}

// A figure marked as coming on top of the last one of its kind adds up with it (implied total).
const ADDITIVE: [text: string, total: number | null][] = [
  ['Troops captured a Taliban leader in Kandahar province. The security force also detained two suspected insurgents.', 3],
  ['Police arrested three men on Friday. Two additional suspects were detained on Saturday.', 5],
  ['Afghan forces detained a bomb maker on Monday. One additional suspect was detained during the search.', 2],
  // No additive word: a restatement, not a second group.
  ['Police arrested three men on Friday. The three suspects were detained at a checkpoint.', null],
  // "also" after the figure says the outcome comes on top of another one, not the people.
  ['A man was shot and killed on Main Street. Two women were also wounded.', null],
  // One person hit, then one more named by a noun of their own and marked by "also": two hit.
  ['A teenager was shot in the leg outside a bar on Friday night. A 52-year-old woman was also wounded by a stray bullet.', 2],
  // A pronoun is the same person hit again, not one more.
  ['A teenager was shot in the leg outside a bar on Friday night. He was also shot in the arm.', null],
  // A group hit after one: "also" may be said of people already counted, so no total is made.
  ['A teenager was shot in the leg outside a bar on Friday night. Three other people were also wounded.', null],
];
for (const [text, total] of ADDITIVE) {
  test(`en additive total: ${text}`, () => {
    const x = extract(text, '2022-01-06', 'en');
    const totals = x.counts.filter((c) => c.rule === 'en/count-additive-total');
    assert.deepEqual(totals.map((c) => c.min), total === null ? [] : [total]);
    for (const c of totals) {
      assert.equal(c.status, 'implied');
      assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
    }
  });
}
