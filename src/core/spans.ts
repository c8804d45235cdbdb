/** A half-open span [start, end) of JS string indices into the immutable article text. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export function evidenceAt(text: string, start: number, end: number): Evidence {
  return { start, end, text: text.slice(start, end) };
}

/** Trims white space and trailing punctuation off a span, keeping it inside the text. */
export function trimmedEvidence(text: string, start: number, end: number): Evidence {
  while (start < end && /[\s,;:«»"“”(]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:«»"“”).]/.test(text[end - 1]!)) end--;
  return evidenceAt(text, start, end);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
