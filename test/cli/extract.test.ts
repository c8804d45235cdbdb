// The CLI as a user runs it: exit codes, messages that name the file, formats, standard input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectFile } from '../../src/core/paths.js';

const MAIN = projectFile('src', 'cli', 'main.ts');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { input, encoding: 'utf8', cwd: projectFile() });

test('extract: table format on a bundled sample, one line per event', () => {
  const r = run(['extract', 'samples/fr-mali-attaque.txt', '--format', 'table', '--lang', 'fr']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /fr-mali-attaque\.txt — fr, 2023-03-16 \(day\), \d+ events/);
  assert.match(r.stdout, /Battles \/ Armed clash .*killed ≥12 security-forces/);
});

test('extract: one bad input is named with its reason, the good one is still extracted (exit 1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventwire-cli-'));
  writeFileSync(join(dir, 'good.txt'), 'date 2022-01-06\nSix soldats ont été tués jeudi.');
  writeFileSync(join(dir, 'bad.json'), '{"text": 12}');
  const r = run(['extract', dir, '--format', 'jsonl', '--lang', 'fr', '--no-geo']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /bad\.json: field "text": expected a string, found 12 \[bad-field\]/);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 1);
  assert.equal(lines[0].counts[0].min, 6);
});

test('extract: usage errors exit 2 with the expected form', () => {
  const r = run(['extract', 'x.txt', '--date', '06/01/2022']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--date: expected YYYY, YYYY-MM or YYYY-MM-DD, found "06\/01\/2022"/);
  assert.equal(run(['extract', 'x.txt', '--format', 'xml']).status, 2);
  assert.equal(run(['extract', 'x.txt', '--lang', 'xx']).status, 2);
  assert.equal(run(['frobnicate']).status, 2);
});

test('extract: standard input with --date, JSON out', () => {
  const r = run(['extract', '-', '--date', '2022-01-06', '--lang', 'fr', '--no-geo'], 'Dimanche, des dizaines de manifestants ont été interpellés.');
  assert.equal(r.status, 0, r.stderr);
  const x = JSON.parse(r.stdout);
  assert.equal(x.doc.file, '<stdin>');
  assert.equal(x.times[0].start, '2022-01-02');
  assert.deepEqual([x.counts[0].kind, x.counts[0].min, x.counts[0].max], ['arrested', 20, 99]);
});
