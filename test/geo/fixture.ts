// A mini gazetteer written for the tests: a few homonyms, a renamed city, a sea and a region,
// serialised with the real builder so that the loader reads the same format as in production.
import { Gazetteer } from '../../src/geo/gazetteer.js';
import { serialise, type Row } from '../../scripts/build-gazetteer.js';

type RowSpec = Omit<Row, 'strong' | 'weak' | 'fclass' | 'extra'> & { strong?: string[]; weak?: string[]; fclass?: string; extra?: string };

const FCLASS: Record<Row['kind'], string> = { C: 'A', A: 'A', P: 'P', R: 'L', W: 'H' };

function row(spec: RowSpec): Row {
  return {
    ...spec,
    fclass: spec.fclass ?? FCLASS[spec.kind],
    strong: new Set(spec.strong ?? []),
    weak: new Set(spec.weak ?? []),
    extra: spec.extra ?? '',
  };
}

export const FIXTURE_ROWS: Row[] = [
  row({ id: 1522867, kind: 'C', fcode: 'PCLI', cc: 'KZ', admin1: '', lat: 48, lon: 68, population: 18_276_499, display: 'Kazakhstan', strong: ['Kazajistán'], weak: ['Казахстан', 'Kasachstan'], extra: 'KAZ' }),
  row({ id: 2017370, kind: 'C', fcode: 'PCLI', cc: 'RU', admin1: '', lat: 60, lon: 100, population: 144_478_050, display: 'Russia', strong: ['Russie', 'Rusia'], extra: 'RUS' }),
  row({ id: 3017382, kind: 'C', fcode: 'PCLI', cc: 'FR', admin1: '', lat: 46, lon: 2, population: 66_987_244, display: 'France', extra: 'FRA' }),
  row({ id: 6252001, kind: 'C', fcode: 'PCLI', cc: 'US', admin1: '', lat: 39.76, lon: -98.5, population: 327_167_434, display: 'United States', strong: ['USA', 'États-Unis', 'Etats-Unis', 'US'], extra: 'USA' }),
  row({ id: 608879, kind: 'A', fcode: 'ADM1', cc: 'KZ', admin1: '09', lat: 44.25, lon: 52.73, population: 305_902, display: 'Mangghystaū', strong: ['Mangghystau'], extra: 'KZ.09' }),
  row({ id: 1523401, kind: 'A', fcode: 'ADM1', cc: 'KZ', admin1: '12', lat: 48.5, lon: 73.5, population: 1_100_000, display: 'Karaganda', extra: 'KZ.12' }),
  row({ id: 4736286, kind: 'A', fcode: 'ADM1', cc: 'US', admin1: 'TX', lat: 31.5, lon: -99.3, population: 25_000_000, display: 'Texas', strong: ['Tex.'], extra: 'US.TX' }),
  row({ id: 610612, kind: 'P', fcode: 'PPLA', cc: 'KZ', admin1: '09', lat: 43.65, lon: 51.17, population: 147_443, display: 'Aktau', strong: ['Shevchenko', 'Aktaou'], weak: ['Aqtau', 'Актау'] }),
  row({ id: 1526041, kind: 'P', fcode: 'PPL', cc: 'KZ', admin1: '12', lat: 48.03, lon: 72.83, population: 9_500, display: 'Aktau', weak: ['Aqtau'] }),
  row({ id: 1526970, kind: 'P', fcode: 'PPL', cc: 'KZ', admin1: '07', lat: 51.17, lon: 53.03, population: 34_799, display: 'Aqsay', strong: ['Aksay'], weak: ['Kazakhstan'] }),
  row({ id: 607610, kind: 'P', fcode: 'PPL', cc: 'KZ', admin1: '09', lat: 43.34, lon: 52.86, population: 103_598, display: 'Zhanaozen', weak: ['Novyy Uzen', 'Жаңаөзен'] }),
  row({ id: 1526384, kind: 'P', fcode: 'PPLA', cc: 'KZ', admin1: '02', lat: 43.25, lon: 76.92, population: 1_977_011, display: 'Almaty', weak: ['Alma-Ata', 'Алматы'] }),
  row({ id: 524901, kind: 'P', fcode: 'PPLC', cc: 'RU', admin1: '48', lat: 55.75, lon: 37.62, population: 10_381_222, display: 'Moscow', weak: ['Moscou', 'Moskau', 'Moscú', 'Москва'] }),
  row({ id: 2988507, kind: 'P', fcode: 'PPLC', cc: 'FR', admin1: '11', lat: 48.85, lon: 2.35, population: 2_138_551, display: 'Paris' }),
  row({ id: 4717560, kind: 'P', fcode: 'PPLA2', cc: 'US', admin1: 'TX', lat: 33.66, lon: -95.56, population: 24_782, display: 'Paris' }),
  row({ id: 4684888, kind: 'P', fcode: 'PPLA2', cc: 'US', admin1: 'TX', lat: 32.78, lon: -96.81, population: 1_300_092, display: 'Dallas' }),
  row({ id: 4736388, kind: 'P', fcode: 'PPLA2', cc: 'US', admin1: 'TX', lat: 32.35, lon: -95.3, population: 104_798, display: 'Tyler' }),
  row({ id: 5128581, kind: 'P', fcode: 'PPL', cc: 'US', admin1: 'NY', lat: 40.71, lon: -74.01, population: 8_804_190, display: 'New York City', weak: ['New York'] }),
  row({ id: 5777544, kind: 'P', fcode: 'PPLA2', cc: 'US', admin1: 'UT', lat: 41.74, lon: -111.83, population: 51_542, display: 'Logan' }),
  row({ id: 4832294, kind: 'P', fcode: 'PPL', cc: 'US', admin1: 'CA', lat: 34.0, lon: -118.16, population: 12_823, display: 'Commerce' }),
  row({ id: 630671, kind: 'W', fcode: 'SEA', cc: '', admin1: '', lat: 42, lon: 50, population: 0, display: 'Caspian Sea', weak: ['Mer Caspienne', 'Kaspisches Meer'] }),
  row({ id: 7729893, kind: 'R', fcode: 'RGN', cc: '', admin1: '', lat: 43, lon: 71.72, population: 0, display: 'Central Asia', weak: ['Asie centrale', 'Asia Central'] }),
];

export function fixtureGazetteer(): Gazetteer {
  return new Gazetteer(Buffer.from(serialise(FIXTURE_ROWS), 'utf8'));
}
