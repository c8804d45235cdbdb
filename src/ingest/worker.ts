/**
 * An ingest worker thread: loads the gazetteer and the language detector once, then extracts the
 * articles it is sent. An article that fails comes back as an error (code + message), never a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor, type ExtractReply, type ExtractRequest } from './extract.js';

const { geo } = (workerData ?? {}) as { geo?: boolean };
const extract = await createExtractor({ geo: geo !== false });
parentPort!.on('message', (req: ExtractRequest) => {
  const reply: ExtractReply = extract(req);
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
