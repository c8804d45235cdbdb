/**
 * Every error raised at an edge (CLI, readers, data loading, config) is one of these codes.
 * Extractors never throw on text: they return nothing instead.
 */
export const ERROR_CODES = {
  INPUT_NOT_FOUND: 'input-not-found',
  INPUT_UNREADABLE: 'input-unreadable',
  INPUT_EMPTY: 'input-empty',
  INPUT_TOO_LARGE: 'input-too-large',
  INPUT_BINARY: 'input-binary',
  BAD_DATE: 'bad-date',
  BAD_JSON: 'bad-json',
  BAD_FIELD: 'bad-field',
  UNSUPPORTED_LANGUAGE: 'unsupported-language',
  BAD_OPTION: 'bad-option',
  DATA_MISSING: 'data-missing',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export class EventwireError extends Error {
  readonly code: ErrorCode;
  /** The file, record or option the problem is in, so a batch can report it by name. */
  readonly where: string | undefined;

  constructor(code: ErrorCode, message: string, where?: string) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'EventwireError';
    this.code = code;
    this.where = where;
  }
}

/** "expected X, found Y" with the found value shortened so one bad record cannot flood a log. */
export function expectedFound(expected: string, found: unknown): string {
  let shown = typeof found === 'string' ? JSON.stringify(found) : String(JSON.stringify(found) ?? found);
  if (shown.length > 60) shown = `${shown.slice(0, 57)}...`;
  return `expected ${expected}, found ${shown}`;
}
