/**
 * Fills a catalog from files or folders the way `eventwire extract` reads them: each article is
 * extracted with the gazetteer and language detection, a bad file is reported and skipped.
 *   loadArticles(catalog, ['samples/'], pipeline) → { added: 3, failures: [] }
 */
import type { Article } from '../core/article.js';
import { extractArticle } from '../core/pipeline.js';
import type { Extraction } from '../core/schema.js';
import { loadGeocoder } from '../extract/geocoder.js';
import { readInputs, type ReadFailure } from '../input/read.js';
import { loadLanguageDetector } from '../text/lang-id.js';
import type { Catalog } from './catalog.js';

export type Extractor = (article: Article) => Extraction;

/** The pipeline with the gazetteer and language detection, loaded once. */
export async function loadExtractor(warn: (message: string) => void = () => {}): Promise<Extractor> {
  const detect = await loadLanguageDetector();
  const geo = loadGeocoder(warn);
  return (article) => extractArticle(article, { detect, geo, withText: false });
}

export function loadArticles(catalog: Catalog, paths: string[], extract: Extractor): { added: number; failures: ReadFailure[] } {
  const read = readInputs(paths, {});
  const failures = [...read.failures];
  let added = 0;
  for (const article of read.articles) {
    try {
      catalog.add(article, extract(article));
      added++;
    } catch (err) {
      failures.push({ where: article.file ?? article.id, code: 'extraction-failed', message: (err as Error).message });
    }
  }
  return { added, failures };
}
