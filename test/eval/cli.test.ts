import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURES } from './fake.js';

const root = new URL('../../', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'eval', ...args], {
  cwd: root, encoding: 'utf8', env: { ...process.env, EVENTWIRE_DATA: '' },
});

describe('eventwire eval (CLI)', () => {
  it('usage errors exit 2 and say what was expected', () => {
    const r = run('--limit', 'many');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--limit: expected a positive whole number, found "many"/);
    assert.equal(run('no-such-set').status, 2);
  });
  it('--json gives the figures of a set read from --data', () => {
    const r = run('fr-timebank', 'case2021-task2', 'geoparsing', '--data', FIXTURES, '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { reports: { set: string; status: string; metrics: { name: string }[] }[]; commit: string };
    assert.deepEqual(out.reports.map((x) => [x.set, x.status]), [['fr-timebank', 'scored'], ['geoparsing', 'missing-data'], ['case2021-task2', 'scored']]);
    assert.ok(out.reports[0]!.metrics.some((m) => m.name === 'timex (overlap) F1'));
  });
  it('--check fails (exit 1) with a diff when a figure is under its floor, and passes without data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventwire-floors-'));
    const floors = join(dir, 'floors.json');
    writeFileSync(floors, JSON.stringify({ tolerance: 0.01, sets: { 'fr-timebank': { 'timex (overlap) F1': 1.5 } } }));
    const bad = run('fr-timebank', '--data', FIXTURES, '--check', '--floors', floors);
    assert.equal(bad.status, 1, bad.stderr);
    assert.match(bad.stdout, /FAIL fr-timebank \/ timex \(overlap\) F1: .* < floor 1\.500/);
    const absent = run('fr-timebank', '--data', join(dir, 'nothing-here'), '--check', '--floors', floors);
    assert.equal(absent.status, 0, absent.stdout);
    assert.match(absent.stdout, /skip fr-timebank: missing-data/);
    assert.match(absent.stderr, /no evaluation data found under/);
  });
});
