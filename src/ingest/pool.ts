/**
 * A pool of worker threads running extraction (src/ingest/worker.ts), one per core by default.
 * Under tsx (tests, `npx tsx`) the worker bootstraps the TypeScript loader itself.
 */
import { Worker } from 'node:worker_threads';
import { createExtractor, type ExtractReply, type ExtractRequest } from './extract.js';

export interface Extractor {
  extract(req: ExtractRequest): Promise<ExtractReply>;
  close(): Promise<void>;
}

function spawn(geo: boolean): Worker {
  const url = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return new Worker(url, { workerData: { geo } });
  const api = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`,
    { eval: true, execArgv: [], workerData: { geo } });
}

/** `workers` ≤ 0: extraction runs in this thread (no start-up cost; for small batches and tests). */
export async function createPool(workers: number, options: { geo: boolean }): Promise<Extractor> {
  if (workers <= 0) {
    const run = await createExtractor(options);
    return { extract: async (req) => run(req), close: async () => {} };
  }
  const idle: Worker[] = [];
  const waiting: { req: ExtractRequest; resolve: (r: ExtractReply) => void; reject: (e: Error) => void }[] = [];
  const pending = new Map<Worker, { resolve: (r: ExtractReply) => void; reject: (e: Error) => void }>();
  const all: Worker[] = [];
  const dispatch = () => {
    while (idle.length && waiting.length) {
      const w = idle.pop()!;
      const job = waiting.shift()!;
      pending.set(w, job);
      w.postMessage(job.req);
    }
  };
  let closing = false;
  // A worker that dies (out of memory on a pathological article) fails its article and is replaced.
  const add = () => new Promise<void>((resolve, reject) => {
    const w = spawn(options.geo);
    all.push(w);
    w.on('message', (m: ExtractReply | { ready: true }) => {
      if ('ready' in m) { idle.push(w); resolve(); dispatch(); return; }
      const job = pending.get(w);
      pending.delete(w);
      idle.push(w);
      job?.resolve(m);
      dispatch();
    });
    w.on('error', (err) => {
      const job = pending.get(w);
      pending.delete(w);
      all.splice(all.indexOf(w), 1);
      const i = idle.indexOf(w);
      if (i >= 0) idle.splice(i, 1);
      if (job) job.reject(err); else reject(err);
      if (!closing && job) add().catch(() => {});
    });
  });
  await Promise.all(Array.from({ length: workers }, add));
  return {
    extract: (req) => new Promise((resolve, reject) => { waiting.push({ req, resolve, reject }); dispatch(); }),
    close: async () => { closing = true; await Promise.all(all.map((w) => w.terminate())); },
  };
}
