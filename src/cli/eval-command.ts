/**
 * eventwire eval [SET…] [--data DIR] [--seed DIR] [--json] [--markdown] [--check] [--limit N]
 *                [--floors FILE] [--write-floors] [--errors FILE]
 * Scores the pipeline on the evaluation sets read from --data (default $EVENTWIRE_DATA, else
 * ../shared/data). Exit codes: 0 done (and, with --check, every figure at or above its floor);
 * 1 a floor was broken or a scorer crashed on data that is present; 2 usage.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dataDirOf, repoRoot, seedDirOf } from '../eval/data.js';
import { writeEveryErrorTo } from '../eval/error-log.js';
import { checkFloors, floorsFrom, raiseFloors, readFloors, type Floors } from '../eval/floors.js';
import { SCORERS } from '../eval/registry.js';
import { formatMarkdown, formatRun, toJson } from '../eval/report.js';
import { runEval, unknownSets } from '../eval/run.js';

const USAGE = `usage: eventwire eval [SET…] [--data DIR] [--seed DIR] [--json] [--markdown] [--check] [--limit N]
                     [--floors FILE] [--write-floors] [--errors FILE]
sets: ${SCORERS.map((s) => s.set).join(', ')}`;

function usage(message: string): number {
  process.stderr.write(`eventwire eval: ${message}\n${USAGE}\n`);
  return 2;
}

export async function evalCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        limit: { type: 'string' },
        floors: { type: 'string' },
        'write-floors': { type: 'boolean', default: false },
        errors: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) { process.stdout.write(`${USAGE}\n`); return 0; }
  const unknown = unknownSets(positionals);
  if (unknown.length) return usage(`unknown set ${unknown.map((s) => `"${s}"`).join(', ')}`);
  let limit: number | null = null;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit <= 0) return usage(`--limit: expected a positive whole number, found "${values.limit}"`);
  }
  const root = repoRoot();
  const floorsPath = values.floors ?? join(root, 'eval', 'floors.json');
  let floors: Floors | null = null;
  if (values.check) {
    try { floors = readFloors(floorsPath); } catch (e) { return usage((e as Error).message); }
  }

  // Every error line of every set, not only the sample of ten: what rule work is read from.
  if (values.errors) {
    const errorsPath = values.errors;
    writeFileSync(errorsPath, '');
    writeEveryErrorTo((line) => appendFileSync(errorsPath, `${line.replace(/\n/g, ' ')}\n`));
  }
  const dataDir = dataDirOf(values.data);
  const seedDir = seedDirOf(values.seed);
  const run = await runEval({
    sets: positionals, dataDir, seedDir, root, limit,
    warn: (message) => process.stderr.write(`eventwire: warning: ${message}\n`),
    onReport: (r) => process.stderr.write(`eventwire eval: ${r.set} ${r.status} (${r.seconds.toFixed(1)} s)\n`),
  });
  run.command = ['eventwire eval', ...argv].join(' ');

  const missing = run.reports.filter((r) => r.status === 'missing-data');
  if (missing.length === run.reports.length) {
    process.stderr.write(`eventwire eval: no evaluation data found under ${dataDir} (nor the seed under ${seedDir}); give --data DIR / --seed DIR or set EVENTWIRE_DATA\n`);
  }

  const check = floors ? checkFloors(run.reports, floors) : null;
  if (values.json) process.stdout.write(toJson(run, check ?? undefined));
  else {
    process.stdout.write(`${formatRun(run)}\n`);
    if (check) {
      process.stdout.write(`\n== check against ${floorsPath}\n`);
      for (const l of check.lines) process.stdout.write(`${l.message}\n`);
      process.stdout.write(check.ok ? 'check passed\n' : 'check FAILED\n');
    }
  }
  if (values.markdown) {
    const path = join(root, 'docs', 'quality.md');
    writeFileSync(path, formatMarkdown(run));
    process.stderr.write(`eventwire eval: wrote ${path}\n`);
  }
  if (values['write-floors']) {
    let existing: Floors | null = null;
    try { existing = readFloors(floorsPath); } catch { existing = null; }
    writeFileSync(floorsPath, `${JSON.stringify(raiseFloors(existing, floorsFrom(run.reports)), null, 2)}\n`);
    process.stderr.write(`eventwire eval: wrote ${floorsPath} (floors only raised, never lowered)\n`);
  }
  const crashed = run.reports.some((r) => r.status === 'crashed');
  return crashed || (check && !check.ok) ? 1 : 0;
}
