/**
 * Every error the API answers with: JSON `{ error: { code, message, issues? } }`, a stable code and
 * an HTTP status. `GET /api/events?type=Riot` → 400 bad-parameter "type: expected one of …".
 */
export const API_ERRORS = {
  'bad-parameter': 400,
  'unknown-parameter': 400,
  'bad-json': 400,
  'bad-field': 400,
  'bad-date': 400,
  'input-empty': 400,
  'unsupported-language': 422,
  unauthorized: 401,
  'submission-disabled': 403,
  'not-found': 404,
  'method-not-allowed': 405,
  'payload-too-large': 413,
  'url-too-long': 414,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  internal: 500,
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export interface ApiIssue { path: string; message: string }

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly issues: ApiIssue[] | undefined;

  constructor(code: ApiErrorCode, message: string, issues?: ApiIssue[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = API_ERRORS[code];
    this.issues = issues;
  }

  toJSON(): { error: { code: ApiErrorCode; message: string; issues?: ApiIssue[] } } {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}
