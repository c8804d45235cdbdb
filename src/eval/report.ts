/**
 * The run for people (tables on the terminal), for machines (--json) and for the repository
 * (--markdown → docs/quality.md). The markdown holds figures, counts and notes only: error samples
 * quote the data, whose licences forbid copying it into the repository, so they stay on the
 * terminal and in --json.
 */
import { anchorsFor } from './anchors.js';
import type { EvalRun } from './run.js';
import { SCORERS } from './registry.js';
import type { Metric, SetReport } from './types.js';

export function formatValue(m: Metric): string {
  if (/\bkm\b/.test(m.name) && !m.name.includes('@')) return m.value.toFixed(1);
  if (/\bms\b/.test(m.name)) return m.value.toFixed(2);
  return m.value.toFixed(3);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function headlineOf(r: SetReport): Metric[] {
  const names = SCORERS.find((s) => s.set === r.set)?.headline ?? [];
  const chosen = names.map((n) => r.metrics.find((m) => m.name === n)).filter((m): m is Metric => !!m);
  return chosen.length ? chosen : r.metrics.slice(0, 2);
}

export function summaryRows(reports: readonly SetReport[]): string[][] {
  const rows: string[][] = [];
  for (const r of reports) {
    if (r.status !== 'scored') { rows.push([r.set, r.status, '—', '', '']); continue; }
    for (const m of headlineOf(r)) rows.push([r.set, r.status, m.name, formatValue(m), String(m.n)]);
  }
  return rows;
}

export function formatRun(run: EvalRun): string {
  const out: string[] = [];
  out.push(`eventwire eval — ${run.date}, commit ${run.commit}`);
  out.push(`data ${run.dataDir}, seed ${run.seedDir}${run.limit !== null ? `, --limit ${run.limit}` : ''}, geocoder ${run.geocoder ? 'loaded' : 'none'}, ${run.seconds.toFixed(1)} s`);
  out.push('');
  out.push(table(['set', 'status', 'metric', 'value', 'n'], summaryRows(run.reports)));
  for (const r of run.reports) {
    out.push('');
    out.push(`== ${r.set} (${r.lang}) — ${r.status}, ${r.seconds.toFixed(1)} s`);
    if (r.metrics.length) out.push(table(['metric', 'value', 'n', 'note'], r.metrics.map((m) => [m.name, formatValue(m), String(m.n), m.note ?? ''])));
    for (const n of r.notes ?? []) out.push(`  note: ${n}`);
    if (r.errors?.length) {
      out.push('  errors (sample):');
      for (const e of r.errors) out.push(`    ${e}`);
    }
  }
  return out.join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function formatMarkdown(run: EvalRun): string {
  const out: string[] = [];
  out.push('# Quality');
  out.push('');
  out.push('Written by `eventwire eval --markdown`; do not edit by hand (edit `src/eval/report.ts` or rerun).');
  out.push('');
  out.push(`- date: ${run.date}`);
  out.push(`- commit: \`${run.commit}\``);
  out.push(`- command: \`${run.command}\``);
  out.push(`- run time: ${run.seconds.toFixed(1)} s on this machine${run.limit !== null ? ` — **limited run (--limit ${run.limit})**: not the full sets` : ''}; geocoder ${run.geocoder ? 'loaded' : 'not loaded (places carry their mention only)'}`);
  out.push('- data: read at run time from the shared data folder (evaluation-only licences: no data text is copied here, so error samples are left out; run the command to see them)');
  out.push('');
  out.push('## Summary');
  out.push('');
  out.push('| set | status | metric | ours | n |');
  out.push('| --- | --- | --- | --- | --- |');
  for (const row of summaryRows(run.reports)) out.push(`| ${row.map(cell).join(' | ')} |`);
  for (const r of run.reports) {
    out.push('');
    out.push(`## ${r.set} (${r.lang})`);
    out.push('');
    out.push(`Status: **${r.status}**, ${r.seconds.toFixed(1)} s.`);
    const anchors = anchorsFor(r.set);
    if (r.metrics.length) {
      out.push('');
      out.push('| metric | ours | n | published anchor | note |');
      out.push('| --- | --- | --- | --- | --- |');
      for (const m of r.metrics) {
        const a = anchors.filter((x) => x.metric === m.name).map((x) => `${x.label}: ${x.value}`).join('; ');
        out.push(`| ${cell(m.name)} | ${formatValue(m)} | ${m.n} | ${cell(a)} | ${cell(m.note ?? '')} |`);
      }
    }
    const notes = (r.notes ?? []).filter((n) => !n.startsWith('errors by kind'));
    if (notes.length) {
      out.push('');
      for (const n of notes) out.push(`- ${n}`);
    }
    const kinds = (r.notes ?? []).find((n) => n.startsWith('errors by kind'));
    if (kinds) out.push(`- ${kinds}`);
    if (anchors.length) {
      out.push('');
      out.push('Published anchors:');
      out.push('');
      for (const a of anchors) out.push(`- ${a.label}: **${a.value}** — ${a.source}${a.caveat ? `. Caveat: ${a.caveat}` : ''}${a.metric ? ` (beside our "${a.metric}")` : ''}`);
    }
  }
  out.push('');
  out.push('## How the figures are made');
  out.push('');
  out.push('- Run: `npm run build && node dist/src/cli/main.js eval [SET…] [--data DIR] [--seed DIR] [--limit N] [--json] [--markdown] [--check]`. The data folder defaults to `$EVENTWIRE_DATA`, else `../shared/data` from the working folder; the seed to `$EVENTWIRE_SEED`, else `../shared/seed`. Every file of a set\'s folder is read, whatever its split (dev, dev2, train, test), plain or gzipped, so another split laid out the same way is scored by pointing `--data` at it.');
  out.push('- Each set is scored by `src/eval/sets/<set>.ts`, which opens with what it compares; the pipeline is a black box (`extractArticle`), the language given by the set, the gazetteer loaded once. How our output is read (the article\'s main event, our figure for a kind of count) is written once in `src/eval/predictions.ts`.');
  out.push('- A set is `scored`, `missing-data` (no folder), `unsupported-language` (no language pack yet: the data is still read, to say what waits) or `crashed` (its scorer threw with its data present).');
  out.push('- The gate: `eventwire eval --check` compares every figure to `eval/floors.json` (a floor, or `{ "max": … }` for lower-is-better figures such as km, with a tolerance, 0.01 by default) and exits 1 with the difference when one drops, a floored metric disappears or a scorer crashes; sets without data or without a pack are reported and pass. Floors were written from the first full run, rounded down to the hundredth, timings left out. They are raised on purpose (`--write-floors` only ever raises them), never lowered to let a run through.');
  out.push('- Error samples (up to 10 a set, every kind of error in turn, all failures for the seed) are printed by the command and given in `--json`; `--errors FILE` writes every error line of the run, each with its reason. They quote the data, so they are not written here.');
  out.push('');
  return out.join('\n');
}

export function toJson(run: EvalRun, check?: unknown): string {
  return `${JSON.stringify({ ...run, ...(check ? { check } : {}) }, null, 2)}\n`;
}
