/**
 * The inline header of our dispatches: optional leading white space, `date YYYY[-MM[-DD]]`, then the
 * text on the same line or the next. ` date 2022-01 La nuit dernière, …` → date 2022-01 (month), text
 * "La nuit dernière, …". The text after the header is what every offset points into.
 */
import { parseDocumentDate } from '../common/calendar.js';
import type { DocumentDate } from '../core/schema.js';

const HEADER = /^\s*date[ \t]+(\d{4}(?:-\d{2}){0,2})(?=\s|$)[ \t]*(?:\r?\n)?/;

export interface HeaderSplit {
  date: DocumentDate | null;
  /** The raw header value when it was present but not a valid date, for the error message. */
  invalid: string | null;
  text: string;
}

export function splitHeader(raw: string): HeaderSplit {
  const m = HEADER.exec(raw);
  if (!m) return { date: null, invalid: null, text: raw };
  const date = parseDocumentDate(m[1]!);
  return { date, invalid: date ? null : m[1]!, text: raw.slice(m[0].length) };
}
