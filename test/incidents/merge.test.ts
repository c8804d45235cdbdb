import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents, dayInterval, reconcile } from '../../src/incidents/merge.js';
import { acledDate, acledRow, interaction } from '../../src/export/acled.js';
import { incidentsGeoJson } from '../../src/export/geojson.js';
import type { MergeEvent } from '../../src/store/store.js';

function ev(id: string, over: Partial<MergeEvent> = {}): MergeEvent {
  return {
    id, articleHash: id.split(':')[0]!, localId: id.split(':')[1] ?? 'ev1', type: 'Riots', subType: 'Mob violence', tags: [], partOf: null,
    dateStart: '2022-01-06', dateEnd: '2022-01-06', datePrecision: 'day', weekday: 'thursday', dateRule: 'when/same-sentence',
    country: 'KZ', admin1: 'Almaty', location: 'Almaty', geonameId: 1526384, lat: 43.25, lon: 76.91, geoPrecision: 1, placeKind: 'city',
    actor1: 'rioters', actor1Category: 'rioters', actor2: 'police', actor2Category: 'state-forces',
    killedMin: null, killedMax: null, injuredMin: null, injuredMax: null, confidence: 0.8,
    articleDate: '2022-01-06', articleLang: 'fr', articleSource: id.split(':')[0]!, articleTitle: null, names: [], figures: [],
    ...over,
  };
}

const ministry = ev('a:ev1', { killedMin: 8, killedMax: null, figures: [{ kind: 'killed', min: 8, max: null, category: 'security-forces', source: "ministère de l'Intérieur" }] });
const reuters = ev('b:ev1', { articleLang: 'en', location: 'Almaty', killedMin: 8, killedMax: 8, figures: [{ kind: 'killed', min: 8, max: 8, category: 'security-forces', source: 'Reuters' }] });
const opposition = ev('c:ev2', { dateStart: '2022-01', dateEnd: '2022-01', datePrecision: 'month', killedMin: 26, killedMax: 26, figures: [{ kind: 'killed', min: 26, max: 26, category: 'security-forces', source: 'opposition' }] });
const elsewhere = ev('d:ev1', { location: 'Aktau', geonameId: 610611, lat: 43.65, lon: 51.2, admin1: 'Mangghystau' });
const protest = ev('e:ev1', { type: 'Strategic developments', subType: 'Other', actor1: null, actor2: null });

test('reports of one happening from different articles and languages merge, with the reasons kept', () => {
  const incidents = clusterEvents([ministry, reuters, opposition, elsewhere, protest]);
  const almaty = incidents.find((i) => i.members.some((m) => m.eventId === 'a:ev1'))!;
  assert.deepEqual(almaty.members.map((m) => m.eventId).sort(), ['a:ev1', 'b:ev1', 'c:ev2']);
  assert.ok(almaty.members.find((m) => m.eventId === 'b:ev1')!.reasons.some((r) => /same place \(Almaty\)/.test(r)));
  assert.equal(incidents.length, 3, 'Aktau and the strategic development stay apart');
  // Per-source figures, reconciled range, contradiction, conservative fatalities.
  assert.equal(almaty.killedMin, 8);
  assert.equal(almaty.killedMax, null);
  assert.equal(almaty.contradiction, true, '8 (Reuters) and 26 (opposition) cannot both hold');
  assert.equal(almaty.fatalities, 8);
  assert.deepEqual(almaty.figures.map((f) => f.source).sort(), ["ministère de l'Intérieur", 'Reuters', 'opposition'].sort());
  // The month-only dispatch inherits the day the others fix (its "jeudi" is 2022-01-06).
  assert.equal(almaty.members.find((m) => m.eventId === 'c:ev2')!.impliedDate, '2022-01-06');
  assert.equal(almaty.datePrecision, 'day');
  assert.equal(almaty.dateStart, '2022-01-06');
});

test('merging does not depend on the order events arrive in, and re-running does not drift', () => {
  const events = [ministry, reuters, opposition, elsewhere, protest];
  const once = JSON.stringify(clusterEvents(events));
  assert.equal(JSON.stringify(clusterEvents([...events].reverse())), once);
  assert.equal(JSON.stringify(clusterEvents([protest, opposition, ministry, elsewhere, reuters])), once);
  // Incremental: an incident keeps its id when a later article joins it.
  const before = clusterEvents([ministry, opposition]).find((i) => i.members.length === 2)!;
  const after = clusterEvents([ministry, opposition, reuters]).find((i) => i.members.length === 3)!;
  assert.equal(after.id, before.id);
});

test('dates must meet at their precision; far apart days do not merge', () => {
  const later = ev('f:ev1', { dateStart: '2022-01-20', dateEnd: '2022-01-20', weekday: 'thursday' });
  assert.equal(clusterEvents([ministry, later]).length, 2);
  assert.deepEqual(dayInterval('2022-02', '2022-02'), [19024, 19051]);
});

test('a casualty report joins the event it reports on within its article', () => {
  const parent = ev('g:ev1', { type: 'Battles', subType: 'Armed clash', location: 'Bamako', geonameId: 1, lat: 12.6, lon: -8, country: 'ML' });
  const report = ev('g:ev2', { partOf: 'g:ev1', tags: ['casualty-report'], location: 'Mali', placeKind: 'country', country: 'ML', lat: 17, lon: -4, geonameId: 2 });
  const [inc] = clusterEvents([parent, report]).filter((i) => i.members.length === 2);
  assert.ok(inc);
  assert.equal(inc.type, 'Battles');
});

test('reconcile: categories add up, a general figure is a total', () => {
  const r = reconcile([
    { source: 'police', article: 'a', kind: 'killed', min: 20, max: 99, category: 'assailants' },
    { source: 'ministry', article: 'a', kind: 'killed', min: 8, max: null, category: 'security-forces' },
  ], 'killed');
  assert.deepEqual(r, { min: 28, max: null, contradiction: false, conservative: 28 });
  assert.deepEqual(reconcile([{ source: 'x', article: 'a', kind: 'killed', min: 5, max: 5, category: 'people' }], 'killed'), { min: 5, max: 5, contradiction: false, conservative: 5 });
});

test('ACLED row: codes, interaction, time precision, fatalities; GeoJSON: one feature per incident', () => {
  const [almaty] = clusterEvents([ministry, reuters, opposition]);
  const row = acledRow(almaty!, { countryName: () => 'Kazakhstan' });
  assert.equal(row.event_date, '2022-01-06');
  assert.equal(row.time_precision, 1);
  assert.equal(row.inter1, 5);
  assert.equal(row.inter2, 1);
  assert.equal(row.interaction, '15');
  assert.equal(row.iso, 398);
  assert.equal(row.country, 'Kazakhstan');
  assert.equal(row.fatalities, 8);
  assert.equal(row.source_scale, 'Other-Multiple');
  assert.match(String(row.notes), /Reuters: 8 killed/);
  assert.equal(interaction(6, 0), '60');
  assert.equal(acledDate('2022-01'), '2022-01-15');
  assert.equal(acledDate('2022-01-06'), '2022-01-06');
  const geo = incidentsGeoJson([almaty!]);
  assert.equal(geo.features.length, 1);
});
