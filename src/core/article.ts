import type { DocumentDate } from './schema.js';

/** One dated article as read from any input. `text` is immutable: every offset points into it. */
export interface Article {
  id: string;
  text: string;
  date: DocumentDate | null;
  lang: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  /** Where it came from, for error messages: a path, `path:line` for JSONL, or `<stdin>`. */
  file: string | null;
}
