/** The identity of an article: its text, Unicode-normalised (NFC) with white space collapsed. */
import { createHash } from 'node:crypto';

export function normalisedText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normalisedText(text)).digest('hex').slice(0, 32);
}
