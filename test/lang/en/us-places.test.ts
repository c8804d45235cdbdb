// Where US local news puts its event, read with the real built gazetteer: "Town, State" (even a town the
// gazetteer lacks), datelines and agencies that vouch for a name, sections and counties that roll up to
// the article's town, institutions and people named like towns. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer, findToponyms } from '../../../src/geo/index.js';
import { geocoderFrom } from '../../../src/extract/geocoder.js';
import { extract } from '../../helpers.js';

const gaz = loadGazetteer();
const geo = geocoderFrom(gaz);
const names = (text: string) => findToponyms(gaz, text, { lang: 'en' }).map((m) => m.text);
const mainWhere = (text: string) => {
  const x = extract(text, '2016-05-02', 'en', { geo });
  const ev = x.events.find((e) => !e.partOf) ?? x.events[0];
  assert.ok(ev, 'an event');
  return ev.where;
};

test('"Town, State": the region vouches for the name and picks the town among namesakes', () => {
  const w = mainWhere('A 12-year-old boy was shot in Auburn, Wash., on Saturday night, police said.');
  assert.equal(w?.mention, 'Auburn');
  assert.equal(w?.place?.admin1, 'Washington');
  // A postal code does too, and is no mention of its own.
  assert.deepEqual(names('Deputies were called to a farm near Butte, ND, on Sunday.'), ['Butte']);
});

test('"Town, State" with a town the gazetteer lacks: kept under its own name, placed in its state', () => {
  const w = mainWhere('A woman was shot and killed Friday in Mannington, W.Va., authorities said.');
  assert.equal(w?.mention, 'Mannington');
  assert.equal(w?.place?.name, 'Mannington');
  assert.equal(w?.place?.admin1, 'West Virginia');
  assert.equal(w?.place?.geonameId, null);
  assert.equal(w?.place?.precision, 3);
  const dateline = mainWhere('ESTILL SPRINGS, Tenn. (WKRN) — A teenager was shot Friday evening outside a home.');
  assert.equal(dateline?.mention, 'ESTILL SPRINGS');
  assert.equal(dateline?.place?.admin1, 'Tennessee');
  // A generic head may open such a name.
  assert.deepEqual(names('Two men were hurt in a shooting in Port Norris, NJ, on Friday.'), ['Port Norris']);
});

test('"Name, State" that is no town: a possessive or a title after the region, a title before the name', () => {
  assert.ok(!names("The ruling was read by Sam Olens, Georgia's attorney general.").includes('Olens'));
  assert.ok(!names('The bill was signed by Gov. John Kasich, Ohio governor since 2011.').includes('Kasich'));
  // A list of regions is no "Town, Region": Helmand stays the province, not a town of Kandahar.
  const x = extract('Forces detained six insurgents in Helmand, Kandahar and Zabul provinces on Tuesday.', '2011-03-03', 'en', { geo });
  const helmand = x.entities.find((e) => e.name === 'Helmand');
  assert.equal(helmand?.place?.kind, 'admin1');
});

test('datelines and agencies vouch for a name that is also a common word or a small town', () => {
  assert.deepEqual(names('OGDEN — A 13-year-old girl was accidentally shot Sunday.'), ['OGDEN']);
  assert.ok(names('Flint police have named a suspect in the shooting.').includes('Flint'));
  assert.ok(names('Six people were shot at a house party in Plantation early Sunday.').includes('Plantation'));
  // Without such a cue the word stays a word.
  assert.deepEqual(names('Flint and steel were found at the camp site.'), []);
});

test('a neighborhood named like a far town rolls up to the article\'s town', () => {
  const w = mainWhere('A man was shot and wounded Sunday at a party in the Austin neighborhood, Chicago police said.');
  assert.equal(w?.mention, 'Chicago');
  assert.equal(w?.rule, 'where/town-of-section');
});

test('a county rolls up to the town the article names; a hospital\'s town is not the scene', () => {
  const county = mainWhere('A teenager was shot and killed in Mason County on Thursday night. Deputies said the shooting happened at a home in Shelton.');
  assert.equal(county?.mention, 'Shelton');
  const hospital = mainWhere('A 9-year-old boy was shot in the leg. He was taken to Children\'s Hospital of Philadelphia, police in Chester said.');
  assert.notEqual(hospital?.mention, 'Philadelphia');
});

test('people named like towns are people', () => {
  assert.deepEqual(names('Police said Austin Hedrick and Frank Jackson were friends.'), []);
  assert.deepEqual(names('Norman R. Burke, 51, was released on bond.'), []);
  // "Metro" is the metropolitan area or its police, not a town in Indonesia.
  assert.deepEqual(names('Metro police said the man died at the scene.'), []);
});

test('a lead with no place happens in the town the article keeps naming, not in one named once before it', () => {
  const w = mainWhere('A 7-year-old girl was shot and killed Saturday. Her family moved from Houston last year. Killeen police said the rifle belonged to a relative. A vigil was held in Killeen on Sunday.');
  assert.equal(w?.mention, 'Killeen');
  assert.equal(w?.rule, 'where/document-main-town');
});

test('a town named only as someone\'s home yields to the scene the article sets', () => {
  const w = mainWhere('A Lynn teen was charged Monday in the shooting of two men. Police said the shooting happened outside a store in Chelsea.');
  assert.equal(w?.mention, 'Chelsea');
  assert.equal(w?.rule, 'where/scene-of-resident');
  // With no other scene, the home town stays.
  const alone = mainWhere('A Lynn teen was shot and wounded Monday night, police said.');
  assert.equal(alone?.mention, 'Lynn');
});
