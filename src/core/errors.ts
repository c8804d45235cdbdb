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
  FETCH_FAILED: 'fetch-failed',
  FETCH_TIMEOUT: 'fetch-timeout',
  BAD_DATE: 'bad-date',
  BAD_JSON: 'bad-json',
  BAD_FIELD: 'bad-field',
  UNSUPPORTED_LANGUAGE: 'unsupported-language',
  BAD_OPTION: 'bad-option',
  DATA_MISSING: 'data-missing',
  STORE_UNAVAILABLE: 'store-unavailable',
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
  return `expected ${expected}, found ${describe(found)}`;
}

/** A short, safe description: never serialises a whole (possibly huge or deeply nested) value. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value === null) return 'null';
  if (typeof value === 'object') {
    const keys = Object.keys(value as object);
    return `an object with keys ${keys.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')}${keys.length > 5 ? ', …' : ''}`.replace(/keys $/, 'no keys');
  }
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
