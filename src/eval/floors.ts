/**
 * The regression gate: each figure against its floor in eval/floors.json.
 *   { "tolerance": 0.01,
 *     "sets": { "seed": { "events typed correctly": 0.61 },
 *               "geoparsing": { "LGL resolution mean error km": { "max": 400, "tolerance": 5 } } } }
 * A number is a floor (higher is better); `{ "max": … }` a ceiling (lower is better, e.g. km).
 * A set without data or without a language pack is reported and passes; a crashed set, a scored set
 * that lost a floored metric, or a figure below its floor minus the tolerance fails.
 * Floors are written from a real run, a little below it, and raised on purpose, never lowered
 * to make a run pass.
 */
import { readFileSync } from 'node:fs';
import type { SetReport } from './types.js';

export type Bound = number | { min?: number; max?: number; tolerance?: number };

export interface Floors { tolerance: number; sets: Record<string, Record<string, Bound>> }

export interface CheckLine { set: string; metric: string; ok: boolean; message: string }

export interface CheckResult { ok: boolean; lines: CheckLine[] }

export function readFloors(path: string): Floors {
  let raw: unknown;
  try { raw = JSON.parse(readFileSync(path, 'utf8')); } catch (e) {
    throw new Error(`${path}: expected a JSON floors file, ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'found no file' : `found invalid JSON (${(e as Error).message})`}`);
  }
  const f = raw as Partial<Floors>;
  if (typeof f !== 'object' || f === null || typeof f.sets !== 'object' || f.sets === null) {
    throw new Error(`${path}: expected { "tolerance": number, "sets": { set: { metric: floor } } }, found ${JSON.stringify(raw).slice(0, 60)}`);
  }
  return { tolerance: typeof f.tolerance === 'number' ? f.tolerance : 0.01, sets: f.sets };
}

const fmt = (v: number) => (Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3));

export function checkFloors(reports: readonly SetReport[], floors: Floors): CheckResult {
  const lines: CheckLine[] = [];
  for (const r of reports) {
    const bounds = floors.sets[r.set] ?? {};
    if (r.status === 'crashed') {
      lines.push({ set: r.set, metric: '*', ok: false, message: `FAIL ${r.set}: the scorer crashed with its data present — ${r.errors?.[0] ?? 'no message'}` });
      continue;
    }
    if (r.status !== 'scored') {
      lines.push({ set: r.set, metric: '*', ok: true, message: `skip ${r.set}: ${r.status}${r.notes?.[0] ? ` (${r.notes[0]})` : ''}` });
      continue;
    }
    for (const [metric, bound] of Object.entries(bounds)) {
      const m = r.metrics.find((x) => x.name === metric);
      const b = typeof bound === 'number' ? { min: bound } : bound;
      const tol = b.tolerance ?? floors.tolerance;
      if (!m) {
        lines.push({ set: r.set, metric, ok: false, message: `FAIL ${r.set} / ${metric}: the metric is gone from the report (floor ${JSON.stringify(bound)})` });
        continue;
      }
      if (b.min !== undefined && m.value < b.min - tol) {
        lines.push({ set: r.set, metric, ok: false, message: `FAIL ${r.set} / ${metric}: ${fmt(m.value)} < floor ${fmt(b.min)} − ${tol} (n=${m.n}, down ${fmt(b.min - m.value)})` });
      } else if (b.max !== undefined && m.value > b.max + tol) {
        lines.push({ set: r.set, metric, ok: false, message: `FAIL ${r.set} / ${metric}: ${fmt(m.value)} > ceiling ${fmt(b.max)} + ${tol} (n=${m.n}, up ${fmt(m.value - b.max)})` });
      } else {
        const ref = b.min !== undefined ? `floor ${fmt(b.min)}` : `ceiling ${fmt(b.max ?? NaN)}`;
        const above = b.min !== undefined && m.value > b.min + 0.05 ? ' — well above: raise the floor?' : '';
        lines.push({ set: r.set, metric, ok: true, message: `ok   ${r.set} / ${metric}: ${fmt(m.value)} (${ref})${above}` });
      }
    }
    const unfloored = r.metrics.filter((m) => !(m.name in bounds) && m.n > 0).length;
    if (unfloored) lines.push({ set: r.set, metric: '*', ok: true, message: `note ${r.set}: ${unfloored} metric(s) without a floor` });
  }
  for (const set of Object.keys(floors.sets)) {
    if (!reports.some((r) => r.set === set)) lines.push({ set, metric: '*', ok: true, message: `skip ${set}: not run` });
  }
  return { ok: lines.every((l) => l.ok), lines };
}

/**
 * Floors from a run: each scored metric with items, rounded down to the hundredth (timings are
 * left out: they vary from one run to the next). For lower-is-better metrics (km), a ceiling
 * rounded up. Used once to write the first floors; later they are raised by hand.
 */
export function floorsFrom(reports: readonly SetReport[], tolerance = 0.01): Floors {
  const sets: Floors['sets'] = {};
  for (const r of reports) {
    if (r.status !== 'scored') continue;
    const out: Record<string, Bound> = {};
    for (const m of r.metrics) {
      if (m.n === 0 || /\bms\b/.test(m.name)) continue;
      if (/\bkm\b/.test(m.name) && !m.name.includes('@')) out[m.name] = { max: Math.ceil(m.value * 1.05), tolerance: 1 };
      else if (/\brate\b/.test(m.name) && /unresolved|failed|spurious/.test(m.name)) out[m.name] = { max: Math.ceil(m.value * 100 - 1e-9) / 100 };
      else out[m.name] = Math.floor(m.value * 100 + 1e-9) / 100;
    }
    sets[r.set] = out;
  }
  return { tolerance, sets };
}

/**
 * `--write-floors`: merges a run's floors into the existing ones, never lowering a floor nor
 * raising a ceiling, so the command can only tighten the gate (and add metrics that are new).
 */
export function raiseFloors(existing: Floors | null, fresh: Floors): Floors {
  if (!existing) return fresh;
  const sets: Floors['sets'] = structuredClone(existing.sets);
  for (const [set, metrics] of Object.entries(fresh.sets)) {
    const into = (sets[set] ??= {});
    for (const [metric, bound] of Object.entries(metrics)) {
      const old = into[metric];
      if (old === undefined) { into[metric] = bound; continue; }
      if (typeof old === 'number' && typeof bound === 'number') into[metric] = Math.max(old, bound);
      else if (typeof old === 'object' && typeof bound === 'object' && old.max !== undefined && bound.max !== undefined) {
        into[metric] = { ...old, max: Math.min(old.max, bound.max) };
      }
    }
  }
  return { tolerance: existing.tolerance, sets };
}
