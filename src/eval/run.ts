/**
 * Runs the scorers: the gazetteer is loaded once for the whole run, each set's language comes from
 * the set (no detection), and each set ends in one of four states: scored, missing-data (its folder
 * is absent), unsupported-language (no pack yet: the data is still read, to say what waits), or
 * crashed (the scorer threw although its data is there).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { extractArticle } from '../core/pipeline.js';
import { loadGeocoder } from '../extract/geocoder.js';
import { hasPack, supportedLanguages } from '../lang/registry.js';
import { isDirectory } from './data.js';
import { SCORERS } from './registry.js';
import type { Extract, ScoreContext, SetReport, SetScorer } from './types.js';

export interface EvalOptions {
  /** Set names; empty for all of them. */
  sets: readonly string[];
  dataDir: string;
  seedDir: string;
  root: string;
  limit: number | null;
  warn: (message: string) => void;
  /** Replaces the pipeline (tests); by default extractArticle with the run's geocoder. */
  extract?: Extract;
  /** Called as each set finishes (progress on stderr). */
  onReport?: (report: SetReport) => void;
}

export interface EvalRun {
  date: string;
  commit: string;
  command: string;
  dataDir: string;
  seedDir: string;
  limit: number | null;
  geocoder: boolean;
  seconds: number;
  reports: SetReport[];
}

export function commitOf(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    // An exported tree (git archive) has no history: the exporter may say which commit it is.
    return process.env.EVENTWIRE_COMMIT ? `${process.env.EVENTWIRE_COMMIT} (exported tree)` : 'unknown (not a git checkout)';
  }
}

export function unknownSets(names: readonly string[]): string[] {
  return names.filter((n) => !SCORERS.some((s) => s.set === n));
}

export async function runSet(scorer: SetScorer, ctx: ScoreContext): Promise<SetReport> {
  const t0 = performance.now();
  const done = (r: Omit<SetReport, 'set' | 'lang' | 'seconds'>): SetReport => ({
    set: scorer.set, lang: scorer.lang, ...r, seconds: Math.round((performance.now() - t0) / 10) / 100,
  });
  if (!isDirectory(ctx.setDir)) {
    return done({ status: 'missing-data', metrics: [], notes: [`no folder ${ctx.setDir} (give --data DIR or set EVENTWIRE_DATA${scorer.set === 'seed' ? '; the seed comes from --seed' : ''})`] });
  }
  try {
    if (scorer.needsPack && !hasPack(scorer.lang)) {
      const waiting = scorer.describe ? await scorer.describe(ctx) : null;
      return done({
        status: 'unsupported-language', metrics: [],
        notes: [`language not supported yet: "${scorer.lang}" has no pack (packs: ${supportedLanguages().join(', ')})`, ...(waiting ? [waiting] : [])],
      });
    }
    const result = await scorer.score(ctx);
    return done({
      status: result.status ?? 'scored', metrics: result.metrics,
      ...(result.errors ? { errors: result.errors } : {}), ...(result.notes ? { notes: result.notes } : {}),
    });
  } catch (e) {
    const err = e as Error;
    return done({
      status: 'crashed', metrics: [], errors: [`crashed: ${err.message}`],
      notes: (err.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()),
    });
  }
}

export async function runEval(options: EvalOptions): Promise<EvalRun> {
  const t0 = performance.now();
  const chosen = options.sets.length ? SCORERS.filter((s) => options.sets.includes(s.set)) : [...SCORERS];
  const needsPipeline = !options.extract && chosen.some((s) => s.needsPack && hasPack(s.lang));
  const geo = needsPipeline ? loadGeocoder(options.warn) : null;
  const extract: Extract = options.extract ?? ((article) => extractArticle(article, { lang: article.lang, geo }));
  const reports: SetReport[] = [];
  for (const scorer of chosen) {
    const ctx: ScoreContext = {
      setDir: scorer.set === 'seed' ? options.seedDir : join(options.dataDir, scorer.folder),
      dataDir: options.dataDir,
      root: options.root,
      limit: options.limit,
      extract,
    };
    const report = await runSet(scorer, ctx);
    reports.push(report);
    options.onReport?.(report);
  }
  return {
    date: new Date().toISOString(),
    commit: commitOf(options.root),
    command: '',
    dataDir: options.dataDir,
    seedDir: options.seedDir,
    limit: options.limit,
    geocoder: geo !== null,
    seconds: Math.round((performance.now() - t0) / 10) / 100,
    reports,
  };
}
