/**
 * Downloads for feeds and pages: a whole-request deadline (connect, headers and body), redirects
 * followed by hand so that a loop is named as a loop, and the body cut off at the size limit while
 * it streams (a 5 GB "page" is refused after max bytes, not after it filled the memory).
 */
import { EventwireError, ERROR_CODES } from '../core/errors.js';
import { decodeBytes } from './decode.js';

export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;
export const MAX_REDIRECTS = 5;

export interface FetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes: number;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

export async function fetchText(url: string, options: FetchOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const get = options.fetch ?? fetch;
  const chain: string[] = [url];
  let current = url;
  try {
    for (;;) {
      const res = await get(current, { headers: { 'user-agent': 'eventwire-ingest' }, redirect: 'manual', signal });
      if (REDIRECT.has(res.status)) {
        const location = res.headers.get('location');
        await res.body?.cancel();
        if (!location) throw new EventwireError(ERROR_CODES.FETCH_FAILED, `HTTP ${res.status} redirect without a Location header`, url);
        const next = new URL(location, current).toString();
        if (!/^https?:/.test(next)) throw new EventwireError(ERROR_CODES.FETCH_FAILED, `redirect to a non-HTTP address ${JSON.stringify(next.slice(0, 100))}`, url);
        if (chain.includes(next)) throw new EventwireError(ERROR_CODES.FETCH_FAILED, `redirect loop: ${[...chain, next].join(' → ')}`, url);
        chain.push(next);
        if (chain.length > MAX_REDIRECTS + 1) throw new EventwireError(ERROR_CODES.FETCH_FAILED, `more than ${MAX_REDIRECTS} redirects (${chain.slice(0, 3).join(' → ')} → …)`, url);
        current = next;
        continue;
      }
      if (!res.ok) { await res.body?.cancel(); throw new EventwireError(ERROR_CODES.FETCH_FAILED, `expected HTTP 200, found ${res.status}`, url); }
      return decodeBytes(await boundedBody(res, url, options.maxBytes), url).text;
    }
  } catch (err) {
    if (err instanceof EventwireError) throw err;
    if (signal.aborted) throw new EventwireError(ERROR_CODES.FETCH_TIMEOUT, `no complete answer within ${timeoutMs} ms (raise it with --fetch-timeout)`, url);
    const cause = (err as { cause?: { message?: string; code?: string } }).cause;
    throw new EventwireError(ERROR_CODES.FETCH_FAILED, `${(err as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}`, url);
  }
}

async function boundedBody(res: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new EventwireError(ERROR_CODES.INPUT_TOO_LARGE, `${declared} bytes is over the limit of ${maxBytes} (raise it with --max-bytes)`, url);
  }
  if (!res.body) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new EventwireError(ERROR_CODES.INPUT_TOO_LARGE, `over ${maxBytes} bytes (the limit; raise it with --max-bytes)`, url);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
