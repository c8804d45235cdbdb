// The golden end-to-end test: the seed dispatch against ../shared/seed/EXPECTED.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/core/pipeline.js';
import type { Extraction } from '../src/core/schema.js';
import { loadGeocoder } from '../src/extract/geocoder.js';
import { articleFromText } from '../src/input/read.js';
import { allEvidence } from './helpers.js';

const SEED_DIR = process.env.EVENTWIRE_SEED ?? join('..', 'shared', 'seed');
const SEED_FILE = join(SEED_DIR, '000_a78af1fe0153eff0.txt');
const raw = readFileSync(SEED_FILE, 'utf8');
const geo = loadGeocoder(() => {});

function run(header?: string): Extraction {
  const text = header ? raw.replace(/^\s*date \S+/, header) : raw;
  return extractArticle(articleFromText(text, SEED_FILE), { geo });
}

const x = run();
const kinds = (kind: string) => x.entities.filter((e) => e.kind === kind).map((e) => e.name);
const sentenceOf = (needle: string) => x.events.find((e) => e.trigger.text.includes(needle) || e.triggers.some((t) => t.text.includes(needle)));

test('seed: document language and date keep their precision', () => {
  assert.equal(x.doc.lang, 'fr');
  assert.deepEqual(x.doc.date, { value: '2022-01', precision: 'month' });
  assert.ok(raw.slice(raw.indexOf('La nuit')).startsWith(x.doc.textLength > 0 ? 'La nuit dernière' : ''));
});

test('seed: every evidence span points at its text', () => {
  const text = articleFromText(raw, SEED_FILE).text;
  const all = allEvidence(x);
  assert.ok(all.length > 80, `only ${all.length} evidence spans`);
  for (const e of all) assert.equal(text.slice(e.start, e.end), e.text, `${e.path} [${e.start}, ${e.end})`);
});

test('seed: people, organisations and media', () => {
  const azirbek = x.entities.find((e) => e.kind === 'person' && e.name === 'Saltanat Azirbek')!;
  assert.ok(azirbek, `people: ${kinds('person')}`);
  assert.equal(azirbek.role?.text, 'porte-parole de la police');
  assert.ok(azirbek.mentions.some((m) => m.text === 'M. Azirbek'));
  assert.deepEqual(kinds('person'), ['Saltanat Azirbek']);
  for (const m of ['Interfax-Kazakhstan', 'TASS', 'Ria Novosti', 'médias locaux', 'télévision publique locale', 'médias', 'réseaux sociaux']) {
    assert.ok(kinds('media').some((n) => n.endsWith(m)), `media ${m} in ${kinds('media')}`);
  }
  const otsc = x.entities.filter((e) => e.acronym === 'OTSC' || e.name === 'OTSC');
  assert.equal(otsc.length, 1, 'OTSC and its long form are one entity');
  assert.equal(otsc[0]!.name, 'Organisation du traité de sécurité collective');
  for (const o of ['ministère de l\'Intérieur kazakh', 'banque centrale du pays', 'département de la police de la ville d\'Almaty', 'gouvernement']) {
    assert.ok(kinds('organisation').some((n) => n.endsWith(o)), `organisation ${o} in ${kinds('organisation')}`);
  }
});

test('seed: the five counts with their ranges, people and sources', () => {
  const byText = (t: string) => x.counts.find((c) => c.evidence.text.includes(t))!;
  const speaker = (id: string | null) => x.attributions.find((a) => a.id === id)?.speaker.text;
  const assailants = byText('Des dizaines d\'assaillants');
  assert.deepEqual([assailants.kind, assailants.min, assailants.max, assailants.who?.category], ['killed', 20, 99, 'assailants']);
  assert.equal(speaker(assailants.sourceId), 'Saltanat Azirbek');
  const killed = byText('huit membres');
  assert.deepEqual([killed.kind, killed.min, killed.max, killed.who?.category], ['killed', 8, null, 'security-forces']);
  assert.equal(speaker(killed.sourceId), 'le ministère de l\'Intérieur kazakh');
  const injured = byText('317');
  assert.deepEqual([injured.kind, injured.min, injured.max, injured.exact, injured.who?.category], ['injured', 317, 317, true, 'security-forces']);
  assert.equal(injured.sourceId, killed.sourceId);
  const protesters = byText('plusieurs centaines');
  assert.deepEqual([protesters.kind, protesters.min, protesters.max, protesters.who?.category], ['participants', 200, 999, 'protesters']);
  const soldiers = byText('des dizaines de soldats');
  assert.deepEqual([soldiers.kind, soldiers.min >= 20, soldiers.who?.category], ['deployed', true, 'security-forces']);
  assert.equal(x.counts.length, 5, x.counts.map((c) => c.evidence.text).join(' | '));
});

test('seed: the four attribution chains', () => {
  assert.equal(x.attributions.length, 4, x.attributions.map((a) => a.speaker.text).join(' | '));
  const by = (speaker: string) => x.attributions.find((a) => a.speaker.text === speaker);
  const [police, ministry, tv, images] = ['Saltanat Azirbek', 'le ministère de l\'Intérieur kazakh', 'la télévision publique locale', 'Les images diffusées'].map(by);
  assert.equal(police!.speaker.text, 'Saltanat Azirbek');
  assert.equal(police!.role?.text, 'porte-parole de la police');
  assert.deepEqual(police!.via.map((v) => v.text), ['Interfax-Kazakhstan', 'TASS', 'Ria Novosti']);
  assert.deepEqual(police!.covers, [0, 1, 2]);
  assert.deepEqual(police!.cues.map((c) => c.text), ['a déclaré', 'a-t-il ajouté', 'Selon']);
  assert.equal(ministry!.speaker.text, 'le ministère de l\'Intérieur kazakh');
  assert.deepEqual(ministry!.via.map((v) => v.text), ['des médias locaux']);
  assert.equal(tv!.speaker.text, 'la télévision publique locale');
  assert.equal(images!.speaker.text, 'Les images diffusées');
  assert.deepEqual(images!.via.map((v) => v.text), ['les médias', 'les réseaux sociaux']);
});

test('seed: the 13 events with their ACLED types', () => {
  const expected: [cue: string, types: string[]][] = [
    ['prendre d\'assaut', ['Riots/Mob violence', 'Battles/Armed clash']],
    ['éliminés', ['Riots/Mob violence', 'Battles/Armed clash']],
    ['opération antiterroriste', ['Strategic developments/Other', 'Battles/Armed clash']],
    ['déployés', ['Strategic developments/Other']],
    ['manifesté', ['Protests/Peaceful protest']],
    ['pillés', ['Riots/Violent demonstration', 'Strategic developments/Looting/property destruction']],
    ['au moins huit', ['Riots/Mob violence', 'Battles/Armed clash']],
    ['envoi', ['Strategic developments/Other']],
    ['mouvement de colère', ['Protests/Peaceful protest']],
    ['étendre', ['Protests/Peaceful protest']],
    ['concédant', ['Strategic developments/Other']],
    ['suspendre', ['Strategic developments/Other']],
    ['hors service', ['Strategic developments/Other']],
  ];
  assert.equal(x.events.length, 13, x.events.map((e) => e.trigger.text).join(' | '));
  expected.forEach(([cue, types], i) => {
    const e = x.events[i]!;
    assert.ok(e.trigger.text.includes(cue) || e.triggers.some((t) => t.text.includes(cue)), `event ${i + 1}: ${e.trigger.text} should hold "${cue}"`);
    assert.ok(types.includes(`${e.type}/${e.subType}`), `event ${i + 1} (${cue}): ${e.type}/${e.subType}`);
  });
  assert.ok(sentenceOf('envoi')!.tags.includes('deployment'));
  assert.ok(sentenceOf('concédant')!.tags.includes('concession'));
  assert.ok(sentenceOf('hors service')!.tags.includes('internet-shutdown'));
  assert.ok(sentenceOf('hors service')!.tags.includes('hedged'));
  assert.ok(sentenceOf('prendre d\'assaut')!.tags.includes('attempt'));
});

test('seed: actors of the main events', () => {
  const storm = sentenceOf('prendre d\'assaut')!;
  assert.equal(storm.actor1?.category, 'rioters');
  assert.equal(storm.actor1?.evidence?.text, 'forces extrémistes');
  assert.equal(storm.actor2?.category, 'state-forces');
  assert.equal(sentenceOf('manifesté')!.actor1?.category, 'protesters');
  assert.equal(sentenceOf('déployés')!.actor1?.category, 'state-forces');
});

test('seed: places of the events (mentions; coordinates come from the gazetteer)', () => {
  const where = (cue: string) => sentenceOf(cue)!.where;
  assert.equal(where('prendre d\'assaut')?.mention, 'Almaty');
  assert.equal(where('opération antiterroriste')?.mention, 'Almaty');
  assert.equal(where('déployés')?.mention, 'Almaty');
  assert.equal(where('pillés')?.mention, 'Almaty');
  assert.equal(where('envoi')?.mention, 'Kazakhstan');
  assert.equal(where('mouvement de colère')?.mention, 'Janaozen');
  const spread = sentenceOf('étendre')!;
  assert.equal(spread.where?.mention, 'Aktau');
  assert.deepEqual(spread.alsoAt.map((w) => w.mention), ['Almaty']);
  assert.equal(where('éliminés')?.status, 'implied');
});

test('seed: dates at month precision keep the weekday and invent no day', () => {
  const when = (cue: string) => sentenceOf(cue)!.when!;
  assert.deepEqual([when('prendre d\'assaut').start, when('prendre d\'assaut').precision, when('prendre d\'assaut').partOfDay], ['2022-01', 'month', 'night']);
  assert.deepEqual([when('déployés').start, when('déployés').precision, when('déployés').weekday], ['2022-01', 'month', 'thursday']);
  assert.deepEqual([when('manifesté').weekday, when('envoi').weekday, when('mouvement de colère').weekday], ['thursday', 'thursday', 'sunday']);
  for (const e of x.events) assert.ok(e.when === null || e.when.precision !== 'day', `${e.id} invents a day`);
});

test('seed: with a full date, jeudi is 2022-01-06, dimanche 2022-01-02, la nuit dernière 2022-01-05/06', () => {
  const full = run(' date 2022-01-06');
  const t = (s: string) => full.times.find((x) => x.evidence?.text === s)!;
  assert.deepEqual([t('jeudi').start, t('jeudi').precision], ['2022-01-06', 'day']);
  assert.deepEqual([t('jeudi matin').start, t('jeudi matin').partOfDay], ['2022-01-06', 'morning']);
  assert.deepEqual([t('dimanche').start, t('dimanche').precision], ['2022-01-02', 'day']);
  assert.deepEqual([t('La nuit dernière').start, t('La nuit dernière').end], ['2022-01-05', '2022-01-06']);
});

test('seed: background is context, never an event', () => {
  const background = ['perçue par la population', 'baisse des prix', 'dévaluation', 'inflation'];
  for (const b of background) assert.ok(x.context.some((c) => c.text === b), `context ${b}`);
  const backgroundSentences = new Set(x.context.filter((c) => c.text !== 'hausse des prix').map((c) => c.evidence.start));
  for (const e of x.events) for (const start of backgroundSentences) assert.ok(Math.abs(e.trigger.start - start) > 40 || e.trigger.text.includes('mouvement'), `${e.trigger.text} is background`);
});

test('seed: places resolve to the right features (gazetteer)', () => {
  assert.ok(geo, 'the shipped gazetteer loads');
  const km = (a: [number, number], b: [number, number]) => {
    const r = Math.PI / 180;
    const h = Math.sin(((b[0] - a[0]) * r) / 2) ** 2 + Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin(((b[1] - a[1]) * r) / 2) ** 2;
    return 12742 * Math.asin(Math.sqrt(h));
  };
  const place = (mention: string) => x.entities.find((e) => e.kind === 'place' && e.mentions.some((m) => m.text === mention))!;
  const cities: [string, string, [number, number]][] = [['Almaty', 'KZ', [43.25, 76.92]], ['Janaozen', 'KZ', [43.34, 52.86]], ['Aktau', 'KZ', [43.65, 51.17]], ['Moscou', 'RU', [55.76, 37.62]]];
  for (const [mention, country, at] of cities) {
    const p = place(mention).place!;
    assert.equal(p.kind, 'city', mention);
    assert.equal(p.country, country, mention);
    assert.ok(km([p.lat, p.lon], at) < 25, `${mention} is ${km([p.lat, p.lon], at).toFixed(0)} km off`);
  }
  assert.equal(place('Aktau').name, 'Aktau');
  assert.equal(place('Kazakhstan').place?.kind, 'country');
  assert.equal(place('Kazakhstan').place?.country, 'KZ');
  assert.equal(place('Russie').place?.country, 'RU');
  assert.equal(place('mer Caspienne').place?.kind, 'water');
  assert.equal(place('Asie centrale').place?.kind, 'region');
  assert.equal(place('Moscou').standsFor, 'RU');
  assert.equal(x.entities.filter((e) => e.kind === 'place').length, 8, x.entities.filter((e) => e.kind === 'place').map((e) => e.name).join(', '));
  const envoi = sentenceOf('envoi')!;
  assert.equal(envoi.actor1?.country, 'RU');
  assert.equal(sentenceOf('au moins huit')!.where?.place?.country, 'KZ');
  assert.equal(sentenceOf('au moins huit')!.where?.place?.kind, 'country');
  for (const e of x.events) assert.equal(e.where?.place?.country, 'KZ', `${e.id} ${e.trigger.text}`);
});
