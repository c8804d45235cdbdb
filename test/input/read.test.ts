import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitHeader } from '../../src/input/header.js';
import { articleFromRecord, readInputs } from '../../src/input/read.js';
import { parseDocumentDate } from '../../src/common/calendar.js';

test('header: date and text on the same line, leading space, month precision', () => {
  const h = splitHeader(' date 2022-01 La nuit dernière, les forces…');
  assert.deepEqual(h.date, { value: '2022-01', precision: 'month' });
  assert.equal(h.text, 'La nuit dernière, les forces…');
});

test('header: text on the next line, day and year precision', () => {
  assert.deepEqual(splitHeader('date 2022-01-06\nJeudi, …'), { date: { value: '2022-01-06', precision: 'day' }, invalid: null, text: 'Jeudi, …' });
  assert.deepEqual(splitHeader('date 2021\r\nEn 2021, …').date, { value: '2021', precision: 'year' });
});

test('header: an invalid date is reported, text without a header is left whole', () => {
  assert.equal(splitHeader('date 2022-13-01 texte').invalid, '2022-13-01');
  assert.equal(splitHeader('La date 2022 est…').date, null);
  assert.equal(splitHeader('La date 2022 est…').text, 'La date 2022 est…');
});

test('document dates keep their precision and refuse impossible days', () => {
  assert.deepEqual(parseDocumentDate('2022-02-28'), { value: '2022-02-28', precision: 'day' });
  assert.equal(parseDocumentDate('2022-02-30'), null);
  assert.deepEqual(parseDocumentDate('2022-01-06T09:12:00+01:00'), { value: '2022-01-06', precision: 'day' });
});

test('JSON records: optional fields, errors that name the field and the record', () => {
  const a = articleFromRecord({ text: 'Texte.', date: '2022-01', id: 7, title: 'T', lang: 'fr' }, 'x.json');
  assert.deepEqual([a.id, a.date?.precision, a.title, a.lang], ['7', 'month', 'T', 'fr']);
  assert.throws(() => articleFromRecord({ body: 'x' }, 'x.json[3]'), /x\.json\[3\]: field "text": expected a string, found undefined/);
  assert.throws(() => articleFromRecord({ text: 'x', date: 'hier' }, 'x.json'), /field "date": expected YYYY, YYYY-MM or YYYY-MM-DD, found "hier"/);
  assert.throws(() => articleFromRecord({ text: 'x', title: 3 }, 'x.json'), /field "title": expected a string, found 3/);
});

test('a folder of mixed inputs: good articles are read, each bad one is reported by name and reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventwire-read-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), ' date 2022-01 Premier article.');
  writeFileSync(join(dir, 'sub', 'b.jsonl'), '{"text":"Deux.","date":"2022-01-02"}\n{"text": broken\n{"text":"Trois."}\n');
  writeFileSync(join(dir, 'c.json'), '[{"text":"Quatre."},{"nope":1}]');
  writeFileSync(join(dir, 'empty.txt'), '   ');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x64, 0x61, 0x74, 0x65, 0x20, 0x32, 0x30, 0x32, 0x32, 0x20, 0xe9, 0x74, 0xe9]));
  const r = readInputs([dir, join(dir, 'missing.txt')]);
  assert.deepEqual(r.articles.map((a) => a.text).sort(), ['Deux.', 'Premier article.', 'Quatre.', 'Trois.', '\uFFFDt\uFFFD'].sort());
  const failures = r.failures.map((f) => `${f.where.replace(dir, '')} ${f.code}`).sort();
  assert.deepEqual(failures, ['/binary.txt input-binary', '/c.json[1] bad-field', '/empty.txt input-empty', '/missing.txt input-not-found', '/sub/b.jsonl:2 bad-json']);
  assert.ok(r.warnings.some((w) => w.where.endsWith('latin1.txt') && /invalid UTF-8/.test(w.message)));
});

test('size limit: an oversized input is refused with the limit in the message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventwire-size-'));
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000));
  const r = readInputs([join(dir, 'big.txt')], { maxBytes: 1000 });
  assert.equal(r.failures[0]?.code, 'input-too-large');
  assert.match(r.failures[0]!.message, /2000 bytes is over the limit of 1000/);
});

test('standard input: JSONL and plain text with --date', () => {
  const jsonl = readInputs(['-'], {}, () => Buffer.from('{"text":"Un."}\n{"text":"Deux."}\n'));
  assert.equal(jsonl.articles.length, 2);
  const plain = readInputs(['-'], { date: parseDocumentDate('2022-01-06') }, () => Buffer.from('Jeudi, des heurts.'));
  assert.deepEqual([plain.articles[0]!.text, plain.articles[0]!.date?.value, plain.articles[0]!.file], ['Jeudi, des heurts.', '2022-01-06', '<stdin>']);
});
