/** A bench worker thread: extracts the articles it is given and reports how many events it found. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../src/core/article.js';
import { extractArticle } from '../src/core/pipeline.js';
import { loadGeocoder } from '../src/extract/geocoder.js';

const { articles, rounds } = workerData as { articles: Article[]; rounds: number };
const geo = loadGeocoder(() => {});
let events = 0;
for (let r = 0; r < rounds; r++) for (const a of articles) events += extractArticle(a, { geo }).events.length;
parentPort!.postMessage({ events });
