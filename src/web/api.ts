/** GET the API; errors come back as {error: {code, message}} and are thrown with that message. */
export class ApiFailure extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const inflight = new Map<string, Promise<unknown>>();

export async function get<T>(path: string): Promise<T> {
  const running = inflight.get(path);
  if (running) return running as Promise<T>;
  const p = (async () => {
    const res = await fetch(path, { headers: { accept: 'application/json' } });
    const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    if (!res.ok) throw new ApiFailure(body?.error?.code ?? String(res.status), body?.error?.message ?? res.statusText);
    return body as T;
  })();
  inflight.set(path, p);
  try {
    return await p;
  } finally {
    inflight.delete(path);
  }
}

/** GET binary data (the map points). */
export async function getBinary(path: string): Promise<ArrayBuffer> {
  const res = await fetch(path);
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiFailure(body?.error?.code ?? String(res.status), body?.error?.message ?? res.statusText);
  }
  return res.arrayBuffer();
}
