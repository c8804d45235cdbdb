/** Extraction as ingest runs it, in a worker thread or in-process: errors become values. */
import type { Article } from '../core/article.js';
import { EventwireError, ERROR_CODES } from '../core/errors.js';
import { extractArticle } from '../core/pipeline.js';
import type { Extraction } from '../core/schema.js';
import { loadGeocoder } from '../extract/geocoder.js';
import { loadLanguageDetector } from '../text/lang-id.js';

export interface ExtractRequest { seq: number; article: Article; lang: string | null }
export type ExtractReply = { seq: number; extraction: Extraction } | { seq: number; error: { code: string; message: string } };

export async function createExtractor(options: { geo: boolean }): Promise<(req: ExtractRequest) => ExtractReply> {
  const detect = await loadLanguageDetector();
  const geo = options.geo ? loadGeocoder(() => {}) : null;
  return (req) => {
    try {
      return { seq: req.seq, extraction: extractArticle(req.article, { lang: req.lang, detect, geo }) };
    } catch (err) {
      const e = err instanceof EventwireError ? err : new EventwireError(ERROR_CODES.INPUT_UNREADABLE, `extraction failed: ${(err as Error).message}`);
      return { seq: req.seq, error: { code: e.code, message: e.message } };
    }
  };
}
