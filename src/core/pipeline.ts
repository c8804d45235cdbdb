/**
 * One article in, its extraction out. The stages, in order (docs/architecture.md draws them):
 *   segment → entities → attribution → counts → times → places → event frames → events
 * Each stage is a small module; this file only wires them and owns the ids.
 */
import type { Article } from './article.js';
import { EventwireError, ERROR_CODES } from './errors.js';
import type { ContextItem, Count, DateValue, Extraction, TimeExpression, Warning } from './schema.js';
import { evidenceAt } from './spans.js';
import { spanOf, documentDateParts } from '../common/calendar.js';
import { compilePack } from '../extract/compiled.js';
import { AttributionTracker } from '../extract/attribution.js';
import { extractCounts, isAggregate, settleHits, withAdditiveTotals } from '../extract/counts.js';
import { extractNamedEntities } from '../extract/entities.js';
import { EntityTable } from '../extract/entity-table.js';
import { extractPlaces, type Geocoder } from '../extract/places.js';
import { extractTimes } from '../extract/times.js';
import { assembleEvents } from '../events/assemble.js';
import { findFrames, type Frame } from '../events/frames.js';
import { hasPack, packFor } from '../lang/registry.js';
import { splitSentences } from '../text/segment.js';
import type { LanguageDetector } from '../text/lang-id.js';

export const EXTRACTOR_VERSION = '0.1.0';

export interface ExtractOptions {
  /** Forces the language (`--lang`); else the article's own, else detection. */
  lang?: string | null;
  detect?: LanguageDetector | null;
  geo?: Geocoder | null;
  withText?: boolean;
}

function publicationOf(article: Article): DateValue | null {
  if (!article.date) return null;
  const parts = documentDateParts(article.date);
  return { ...spanOf(article.date.precision, parts.y, parts.m, parts.d), precision: article.date.precision, evidence: null, status: 'known', rule: 'doc/date' };
}

function chooseLanguage(article: Article, options: ExtractOptions, warnings: Warning[]): { lang: string; source: Extraction['doc']['langSource'] } {
  if (options.lang) return { lang: options.lang, source: 'option' };
  if (article.lang) return { lang: article.lang.toLowerCase().slice(0, 2), source: 'record' };
  const detected = options.detect?.(article.text) ?? null;
  if (!detected) {
    warnings.push({ code: 'language-unknown', message: 'the language could not be identified; French assumed' });
    return { lang: 'fr', source: 'detected' };
  }
  return { lang: detected, source: 'detected' };
}

export function extractArticle(article: Article, options: ExtractOptions = {}): Extraction {
  const warnings: Warning[] = [];
  const { lang, source } = chooseLanguage(article, options, warnings);
  if (!hasPack(lang)) throw new EventwireError(ERROR_CODES.UNSUPPORTED_LANGUAGE, `language "${lang}" is not supported yet`, article.file ?? article.id);
  if (!article.date) warnings.push({ code: 'no-document-date', message: 'no document date: relative dates ("jeudi", "hier") are left unresolved' });
  const cp = compilePack(packFor(lang));
  const text = article.text;
  const publication = publicationOf(article);

  const sentences = splitSentences(text, cp.pack);
  const table = new EntityTable();
  const attribution = new AttributionTracker(text, cp, table);
  let countSeq = 0;
  const nextCountId = () => `c${++countSeq}`;
  const counts: Count[] = [];
  const times: TimeExpression[] = [];
  const frames: Frame[] = [];
  const context: ContextItem[] = [];

  for (const sentence of sentences) {
    extractNamedEntities(text, sentence, cp, table);
    const sources = attribution.read(sentence);
    for (const c of extractCounts(text, sentence, cp, nextCountId)) {
      // A tally of a period or of several incidents is context, not a toll of this article's events.
      if (isAggregate(text, sentence, c, cp)) {
        context.push({ text: c.evidence.text, kind: `aggregate-${c.kind}`, evidence: c.evidence, rule: `${cp.pack.code}/count-aggregate` });
        continue;
      }
      counts.push({ ...c, sourceId: sources[0]?.id ?? null });
    }
    const sentenceTimes = extractTimes(text, sentence, cp, article.date, times.at(-1) ?? null);
    times.push(...sentenceTimes);
    frames.push(...findFrames(text, sentence, cp, sentenceTimes.flatMap((t) => (t.evidence ? [t.evidence] : []))));
    cp.background.lastIndex = 0;
    for (const m of sentence.text.matchAll(cp.background)) {
      const start = sentence.start + m.index!;
      context.push({ text: m[0], kind: 'background', evidence: evidenceAt(text, start, start + m[0].length), rule: `${cp.pack.code}/background` });
    }
  }

  const allCounts = withAdditiveTotals(text, sentences, counts, cp, nextCountId);
  const places = extractPlaces(text, sentences, cp, table, options.geo ?? null);
  const settled = settleHits(allCounts, cp);
  const events = assembleEvents({
    text, cp, sentences, frames, counts: settled, times, attributions: attribution.attributions, places,
    entities: table.entities, publication, geo: options.geo ?? null,
  });

  return {
    doc: {
      id: article.id, lang, langSource: source, date: article.date, title: article.title, url: article.url,
      source: article.source, file: article.file, textLength: text.length, ...(options.withText ? { text } : {}),
    },
    entities: table.entities,
    attributions: attribution.attributions,
    times,
    counts: settled,
    events,
    context,
    warnings,
    extractor: { name: 'eventwire', version: EXTRACTOR_VERSION },
  };
}
