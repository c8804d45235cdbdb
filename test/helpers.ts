import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocumentDate } from '../src/common/calendar.js';
import type { Article } from '../src/core/article.js';
import { extractArticle, type ExtractOptions } from '../src/core/pipeline.js';
import type { Extraction } from '../src/core/schema.js';

export function article(text: string, date: string | null, lang = 'fr'): Article {
  return { id: 'test', text, date: date ? parseDocumentDate(date) : null, lang, title: null, url: null, source: null, file: null };
}

/** Extraction of a text without the gazetteer: language tests check reading, not geocoding. */
export function extract(text: string, date: string | null, lang = 'fr', options: ExtractOptions = {}): Extraction {
  return extractArticle(article(text, date, lang), { geo: null, ...options });
}

/** Every evidence object anywhere in an extraction, with the path it was found at. */
export function allEvidence(value: unknown, path = '$', out: { path: string; start: number; end: number; text: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => allEvidence(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push({ path, start: o.start, end: o.end, text: o.text });
    for (const [k, v] of Object.entries(o)) if (k !== 'doc') allEvidence(v, `${path}.${k}`, out);
  }
  return out;
}

/** One time expression expected in a sentence, against the document date of the case. */
export type TimeCase = [text: string, docDate: string, expected: { text: string; start: string; end?: string; precision: string; weekday?: string; partOfDay?: string; status?: string }];

/** The table-driven time test every language runs: one expression, its span, value and precision. */
export function runTimeCases(lang: string, cases: TimeCase[]): void {
  for (const [text, date, e] of cases) {
    test(`${lang} times: ${text} (${date})`, () => {
      const x = extract(text, date, lang);
      assert.equal(x.times.length, 1, JSON.stringify(x.times.map((t) => t.evidence?.text)));
      const t = x.times[0]!;
      assert.equal(t.evidence?.text, e.text);
      assert.equal(text.slice(t.evidence!.start, t.evidence!.end), t.evidence!.text);
      assert.equal(t.start, e.start);
      assert.equal(t.end, e.end ?? e.start);
      assert.equal(t.precision, e.precision);
      if (e.weekday) assert.equal(t.weekday, e.weekday);
      if (e.partOfDay) assert.equal(t.partOfDay, e.partOfDay);
      if (e.status) assert.equal(t.status, e.status);
    });
  }
}
