/** The one place a language pack is registered. */
import { EventwireError, ERROR_CODES } from '../core/errors.js';
import type { LanguagePack } from './pack.js';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { fr } from './fr/index.js';

const PACKS: ReadonlyMap<string, LanguagePack> = new Map([[fr.code, fr], [en.code, en], [es.code, es]]);

export function supportedLanguages(): string[] {
  return [...PACKS.keys()];
}

export function packFor(code: string): LanguagePack {
  const pack = PACKS.get(code);
  if (!pack) {
    throw new EventwireError(ERROR_CODES.UNSUPPORTED_LANGUAGE,
      `language "${code}" is not supported (supported: ${supportedLanguages().join(', ')})`);
  }
  return pack;
}

export function hasPack(code: string): boolean {
  return PACKS.has(code);
}
