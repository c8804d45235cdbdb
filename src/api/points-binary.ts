/**
 * Map points in a compact binary form for the dashboard (GET /api/points.bin): a JSON head
 * {total, types, articles, places}, then one typed column per field. 100,000 points decode in a
 * millisecond instead of a 3 MB JSON parse. Shared by the server (encode) and the page (decode).
 *   [u32 head length][head JSON, padded to 8][f32 lat][f32 lon][f32 k][i32 d][i32 a][i32 p][u16 e][u8 t]
 */
import type { EventType } from '../core/schema.js';
import type { Points } from './catalog.js';

export interface PointColumns {
  total: number;
  types: EventType[];
  articles: string[];
  places: string[];
  lat: Float32Array;
  lon: Float32Array;
  k: Float32Array;
  d: Int32Array;
  a: Int32Array;
  p: Int32Array;
  e: Uint16Array;
  t: Uint8Array;
}

const pad8 = (n: number) => (n + 7) & ~7;

export function encodePoints(p: Points): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify({ total: p.total, types: p.types, articles: p.articles, places: p.places }));
  const n = p.total;
  const start = pad8(4 + head.length);
  const size = start + n * (4 * 6 + 2 + 1);
  const buf = new ArrayBuffer(pad8(size));
  new DataView(buf).setUint32(0, head.length, true);
  new Uint8Array(buf, 4, head.length).set(head);
  let off = start;
  const col = <T extends Float32Array | Int32Array | Uint16Array | Uint8Array>(Ctor: { new (b: ArrayBuffer, o: number, l: number): T; BYTES_PER_ELEMENT: number }, values: number[]) => {
    const a = new Ctor(buf, off, n);
    for (let i = 0; i < n; i++) a[i] = values[i]!;
    off += n * Ctor.BYTES_PER_ELEMENT;
  };
  col(Float32Array, p.lat);
  col(Float32Array, p.lon);
  col(Float32Array, p.k);
  col(Int32Array, p.d);
  col(Int32Array, p.a);
  col(Int32Array, p.p);
  col(Uint16Array, p.e);
  col(Uint8Array, p.t);
  return new Uint8Array(buf, 0, size);
}

export function decodePoints(buf: ArrayBuffer): PointColumns {
  const headLength = new DataView(buf).getUint32(0, true);
  const head = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, headLength))) as Pick<PointColumns, 'total' | 'types' | 'articles' | 'places'>;
  const n = head.total;
  let off = pad8(4 + headLength);
  const take = <T>(Ctor: { new (b: ArrayBuffer, o: number, l: number): T; BYTES_PER_ELEMENT: number }): T => {
    const a = new Ctor(buf, off, n);
    off += n * Ctor.BYTES_PER_ELEMENT;
    return a;
  };
  return {
    ...head,
    lat: take(Float32Array), lon: take(Float32Array), k: take(Float32Array), d: take(Int32Array),
    a: take(Int32Array), p: take(Int32Array), e: take(Uint16Array), t: take(Uint8Array),
  };
}
