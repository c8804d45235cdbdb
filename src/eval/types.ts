/**
 * The shapes every scorer reports in. A set is scored, or says why not: its data folder is absent
 * (`missing-data`), its language has no pack yet (`unsupported-language`), or its scorer threw
 * (`crashed`, which always fails the gate). `src/geo/eval-types.ts` should re-export these.
 */
import type { Article } from '../core/article.js';
import type { Extraction } from '../core/schema.js';

/** One figure: a rate in [0, 1] unless its name says otherwise ("… km"), over `n` items. */
export interface Metric { name: string; value: number; n: number; note?: string }

export type SetStatus = 'scored' | 'unsupported-language' | 'missing-data' | 'crashed';

export interface SetReport {
  set: string;
  lang: string;
  status: SetStatus;
  metrics: Metric[];
  /** A sample of up to 10 errors, each with its reason: how bugs are found. */
  errors?: string[];
  /** What the figures need to be read with: skipped documents, error counts by kind, n/a items. */
  notes?: string[];
  seconds: number;
}

/** The pipeline as the scorers see it: an article in, its extraction out (a black box). */
export type Extract = (article: Article) => Extraction;

export interface ScoreContext {
  /** The set's own folder (`<data>/<set>`; the seed folder for `seed`). */
  setDir: string;
  /** The whole data folder, for scorers that take it (geoparsing). */
  dataDir: string;
  /** The repository root, where `eval/` lives. */
  root: string;
  /** At most this many documents (or snippets) per set; null for the full run. */
  limit: number | null;
  extract: Extract;
}

/** What a scorer returns; the runner adds the set name, language, status and time. */
export interface ScoreResult { metrics: Metric[]; errors?: string[]; notes?: string[]; status?: SetStatus }

export interface SetScorer {
  set: string;
  lang: string;
  /** Folder under the data folder; `seed` is read from --seed instead. */
  folder: string;
  /** False where the scorer does not run the language pack (geoparsing uses only the gazetteer). */
  needsPack: boolean;
  /** Metrics shown in the summary table. */
  headline: readonly string[];
  score(ctx: ScoreContext): Promise<ScoreResult>;
  /** For a set whose language has no pack: how much is waiting (documents, gold items). */
  describe?(ctx: ScoreContext): Promise<string>;
}
