/**
 * The catalog API and browser tests run on: the seed dispatch (Almaty, January 2022), a second
 * source on the same night that contradicts its death toll, an article full of hostile markup,
 * and the bundled samples. Extracted once per process with the real gazetteer.
 */
import { join } from 'node:path';
import { createApp, type AppOptions } from '../../src/api/app.js';
import { loadArticles, loadExtractor, type Extractor } from '../../src/api/load.js';
import { MemoryCatalog } from '../../src/api/memory-catalog.js';
import { projectFile, projectRoot } from '../../src/core/paths.js';

export const SEED = join(projectRoot(), '..', 'shared', 'seed', '000_a78af1fe0153eff0.txt');
export const FIXTURES = projectFile('test', 'api', 'fixtures');

let loaded: Promise<{ catalog: MemoryCatalog; extract: Extractor }> | null = null;

export function fixtureCatalog(): Promise<{ catalog: MemoryCatalog; extract: Extractor }> {
  loaded ??= (async () => {
    const extract = await loadExtractor();
    const catalog = new MemoryCatalog();
    const r = loadArticles(catalog, [SEED, FIXTURES, projectFile('samples')], extract);
    if (r.failures.length > 0) throw new Error(`fixture articles failed: ${r.failures.map((f) => f.message).join('; ')}`);
    return { catalog, extract };
  })();
  return loaded;
}

export async function fixtureApp(options: Partial<AppOptions> = {}) {
  const { catalog, extract } = await fixtureCatalog();
  return { app: createApp({ catalog, extract, ...options }), catalog };
}
