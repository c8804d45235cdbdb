/** Bytes to text: UTF-8 (BOM dropped), invalid sequences replaced with a warning, binary refused. */
import { EventwireError, ERROR_CODES } from '../core/errors.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export interface Decoded { text: string; warnings: string[] }

export function decodeBytes(bytes: Uint8Array, where: string): Decoded {
  // A NUL byte in the first 8 KB is the cheapest reliable sign of a binary file.
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new EventwireError(ERROR_CODES.INPUT_BINARY, 'expected UTF-8 text, found binary data (NUL bytes)', where);
  try {
    return { text: strictUtf8.decode(bytes), warnings: [] };
  } catch {
    return { text: lenientUtf8.decode(bytes), warnings: ['invalid UTF-8: undecodable bytes were replaced with U+FFFD'] };
  }
}
