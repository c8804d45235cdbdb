/**
 * Collects scoring errors by kind ("missed", "wrong value", "no event"…) and gives back a sample that
 * shows every kind (taken in turn, the first ones of each), plus the count of each kind: a sample
 * of ten lines from one kind only would hide the others.
 */
export const ERROR_SAMPLE_SIZE = 10;

/** Where every error line goes besides the sample (`eval --errors FILE`); none by default. */
let everyError: ((line: string) => void) | null = null;
export function writeEveryErrorTo(sink: ((line: string) => void) | null): void { everyError = sink; }

export class ErrorLog {
  private readonly byKind = new Map<string, { count: number; first: string[] }>();

  add(kind: string, message: string): void {
    let entry = this.byKind.get(kind);
    if (!entry) { entry = { count: 0, first: [] }; this.byKind.set(kind, entry); }
    entry.count++;
    const line = `${kind}: ${message}`;
    everyError?.(line);
    if (entry.first.length < ERROR_SAMPLE_SIZE && !entry.first.includes(line)) entry.first.push(line);
  }

  get total(): number {
    let n = 0;
    for (const e of this.byKind.values()) n += e.count;
    return n;
  }

  sample(size = ERROR_SAMPLE_SIZE): string[] {
    const lists = [...this.byKind.values()].map((e) => e.first);
    const out: string[] = [];
    for (let round = 0; out.length < size && lists.some((l) => l.length > round); round++) {
      for (const l of lists) if (l[round] !== undefined && out.length < size) out.push(l[round]!);
    }
    return out;
  }

  /** "errors by kind: missed 12, wrong value 3" (none when there were no errors). */
  summary(): string[] {
    if (this.byKind.size === 0) return [];
    return [`errors by kind: ${[...this.byKind.entries()].map(([k, e]) => `${k} ${e.count}`).join(', ')}`];
  }
}
