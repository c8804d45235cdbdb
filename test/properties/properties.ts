/**
 * Properties every extractor and reader must keep on any input, shared by the bounded test run
 * (test/properties/*.test.ts) and the long fuzz run (npm run fuzz).
 */
import fc from 'fast-check';
import type { Article } from '../../src/core/article.js';
import { extractArticle } from '../../src/core/pipeline.js';
import type { Extraction } from '../../src/core/schema.js';
import type { Geocoder } from '../../src/extract/places.js';
import { splitHeader } from '../../src/input/header.js';
import { readBytes, type ReadResult } from '../../src/input/read.js';
import { supportedLanguages } from '../../src/lang/registry.js';
import { allEvidence } from '../helpers.js';

/** Phrases from real copy, the material the extractors react to, to mix with noise. */
const FRAGMENTS = [
  'Au moins huit membres des forces de sécurité ont été tués et 317 blessés', 'des dizaines', 'des dizaines de',
  'a déclaré le porte-parole de la police Saltanat Azirbek, cité par les agences Interfax-Kazakhstan, TASS et Ria Novosti',
  'Selon M. Azirbek,', 'a-t-il ajouté', 'jeudi matin', 'la nuit dernière', 'le 5 janvier 2022', 'dimanche', 'la veille',
  'mer Caspienne', 'Almaty', 'Moscou et ses alliés de l\'Organisation du traité de sécurité collective (OTSC)', '(OTSC)',
  'trois cent dix-sept', 'quatre-vingt-dix-neuf', '1 350', '2.500', 'plus de', 'près de', 'une centaine de manifestants',
  'At least 56 civilians were killed', 'said', 'according to', 'told Reuters', 'on Sunday', 'last night', 'dozens of',
  'Al menos ocho personas murieron', 'según', 'el domingo', 'decenas de', 'ont manifesté', 'prendre d\'assaut', '«', '»',
  '.', ',', '\n', '\n\n', '’', "'", '-', ' ', 'M.', 'Dr', '%', '(', ')', '"', 'date 2022-01', 'KILLED 10 PEASANTS',
];

export const newsLike = fc.array(fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
), { maxLength: 60 }).map((parts) => parts.join(' '));

export const repetitive = fc.tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 3000 }), fc.constantFrom(' ', '', ', ', '\n'))
  .map(([fragment, n, sep]) => Array.from({ length: n }, () => fragment).join(sep));

export const longToken = fc.tuple(fc.constantFrom('a', 'É', '1', '-', "'", '’', 'Ж', '中', '😀', '.', ' '), fc.integer({ min: 1000, max: 60000 }))
  .map(([ch, n]) => ch.repeat(n));

export const anyText = fc.oneof(newsLike, repetitive, longToken, fc.string({ unit: 'binary', maxLength: 400 }));

export const anyDate = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .chain((d) => fc.constantFrom(d.toISOString().slice(0, 4), d.toISOString().slice(0, 7), d.toISOString().slice(0, 10))),
);

function article(text: string, date: string | null, lang: string): Article {
  const [y, m] = (date ?? '').split('-');
  return {
    id: 'fuzz', text, lang, title: null, url: null, source: null, file: null,
    date: date ? { value: date, precision: m === undefined ? 'year' : date.length === 7 ? 'month' : 'day' } : null,
  };
  void y;
}

/** Every promise of the output contract that holds whatever the text. */
export function checkExtraction(text: string, x: Extraction): void {
  for (const e of allEvidence(x)) {
    if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length)) throw new Error(`${e.path}: span [${e.start}, ${e.end}) outside the text`);
    if (text.slice(e.start, e.end) !== e.text) throw new Error(`${e.path}: evidence text differs from the text at [${e.start}, ${e.end})`);
  }
  for (const c of x.counts) {
    if (!(c.min >= 0) || (c.max !== null && c.max < c.min)) throw new Error(`count ${c.id}: range ${c.min}–${c.max} out of order`);
  }
  for (const t of x.times) if (t.start > t.end) throw new Error(`time ${t.evidence?.text}: start ${t.start} after end ${t.end}`);
  const ids = new Set<string>();
  for (const e of x.events) {
    if (ids.has(e.id)) throw new Error(`duplicate event id ${e.id}`);
    ids.add(e.id);
    if (e.confidence < 0 || e.confidence > 1) throw new Error(`event ${e.id}: confidence ${e.confidence}`);
    for (const c of e.counts) if (c.max !== null && c.max < c.min) throw new Error(`event ${e.id}: count range out of order`);
  }
}

/** Extraction never throws, keeps the contract, and stays within `budgetMs` per document. */
export function extractionProperty(geo: Geocoder | null, budgetMs: number) {
  return fc.property(anyText, anyDate, fc.constantFrom(...supportedLanguages()), (text, date, lang) => {
    const t0 = performance.now();
    const x = extractArticle(article(text, date, lang), { geo });
    const ms = performance.now() - t0;
    if (ms > budgetMs) throw new Error(`${ms.toFixed(0)} ms for ${text.length} characters (budget ${budgetMs} ms)`);
    checkExtraction(text, x);
  });
}

/** Reading any bytes gives articles or named failures, never an exception. */
export const readerProperty = fc.property(
  fc.oneof(fc.uint8Array({ maxLength: 2000 }), newsLike.map((s) => new TextEncoder().encode(s)), anyText.map((s) => new TextEncoder().encode(`date 2022-01 ${s}`))),
  fc.constantFrom('x.txt', 'x.json', 'x.jsonl', 'x', '<stdin>'),
  (bytes, name) => {
    const result: ReadResult = { articles: [], failures: [], warnings: [] };
    readBytes(bytes, name, {}, result);
    if (result.articles.length === 0 && result.failures.length === 0) throw new Error('neither an article nor a failure');
    for (const f of result.failures) if (!f.message.includes(name)) throw new Error(`failure does not name the input: ${f.message}`);
  },
);

/** The header split never loses or invents text: the article text is a suffix of the input. */
export const headerProperty = fc.property(fc.oneof(anyText, anyText.map((s) => ` date 2022-01 ${s}`)), (raw) => {
  const h = splitHeader(raw);
  if (!raw.endsWith(h.text)) throw new Error('the text after the header is not a suffix of the input');
});
