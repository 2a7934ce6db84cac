/** Every transport answers with this envelope; the renderer never sees a thrown error. */
export type ErrorCode =
  | 'invalid_input'
  | 'unknown_channel'
  | 'not_found'
  | 'conflict'
  | 'newer_database'
  | 'storage'
  | 'forbidden'
  /** Nobody is signed in (or the password was wrong, or the account waits after too many). */
  | 'unauthenticated'
  /** The session locked after the idle time: the same password opens it again. */
  | 'session_locked'
  | 'locked'
  | 'internal';

export interface FieldIssue {
  /** Path into the input, e.g. ['lines', 0, 'headcount']. */
  path: (string | number)[];
  /** An i18n key (`v.*`) or, for schema-level type errors, a plain English message. */
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  /** An i18n key (`e.*`) or a plain English message for unexpected failures. */
  message: string;
  issues?: FieldIssue[];
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

/** Thrown by backend code to produce a typed error envelope. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;
  readonly params: Record<string, string | number> | undefined;
  constructor(
    code: ErrorCode,
    message: string,
    options: { issues?: FieldIssue[]; params?: Record<string, string | number> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = options.issues;
    this.params = options.params;
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.issues) body.issues = this.issues;
    if (this.params) body.params = this.params;
    return body;
  }
}
