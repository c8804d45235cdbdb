/**
 * Language identification with eld (small n-gram model), restricted to the languages we have
 * packs (and a few more, to name what we cannot read) so that a short French headline cannot come
 * back as Norwegian. Loaded on first need:
 * a run with --lang, or on records that declare their language, never pays for it.
 */
import { supportedLanguages } from '../lang/registry.js';

/** Languages we recognise to say "not supported" rather than mistake them for one we read. */
const RECOGNISED_ONLY = ['de', 'it', 'pt', 'ru', 'ar', 'nl', 'tr', 'uk', 'pl'];

export type LanguageDetector = (text: string) => string | null;

let detector: LanguageDetector | null = null;

export async function loadLanguageDetector(): Promise<LanguageDetector> {
  if (detector) return detector;
  const { eld } = await import('eld/small');
  eld.setLanguageSubset([...new Set([...supportedLanguages(), 'en', 'es', ...RECOGNISED_ONLY])]);
  detector = (text: string) => {
    // The first few thousand characters decide; n-gram scores do not change past that.
    const result = eld.detect(text.slice(0, 4000));
    return result.language || null;
  };
  return detector;
}
