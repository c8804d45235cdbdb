import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer, GazetteerError, loadGazetteer } from '../../src/geo/index.js';
import { MatchFlag } from '../../src/geo/gazetteer.js';
import { fixtureGazetteer } from './fixture.js';

test('lookups: strong names, weak alternates, transliterations, article-less forms', () => {
  const gaz = fixtureGazetteer();
  const names = (q: string) => gaz.lookup(q).map((c) => `${gaz.displayName(c.entry)}:${c.flags}`).sort();
  assert.deepEqual(names('Kazakhstan'), ['Aqsay:1', 'Kazakhstan:0']);
  assert.deepEqual(names('Janaozen'), [`Zhanaozen:${MatchFlag.Transliterated}`]);
  assert.deepEqual(names('MOSCOU'), [`Moscow:${MatchFlag.Weak}`]);
  assert.deepEqual(names('Atlantis'), []);
  assert.ok(gaz.hasLongerName('mer'));
  assert.ok(!gaz.hasLongerName('paris'));
  assert.equal(gaz.countryByIso2.get('KZ') !== undefined, true);
  assert.equal(gaz.displayName(gaz.capitalOf.get('RU')!), 'Moscow');
});

test('load errors are typed', () => {
  assert.throws(() => loadGazetteer('/nonexistent/gazetteer.tsv.gz'), (e: unknown) => e instanceof GazetteerError && e.code === 'GAZETTEER_NOT_FOUND');
  assert.throws(() => new Gazetteer(Buffer.from('#fold-version\t0\n@entries\t0\n@names\t0\n@translit\t0\n')), (e: unknown) => e instanceof GazetteerError && e.code === 'GAZETTEER_STALE');
  assert.throws(() => new Gazetteer(Buffer.from('nothing here')), (e: unknown) => e instanceof GazetteerError && e.code === 'GAZETTEER_BAD_FORMAT');
});
