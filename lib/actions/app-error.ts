// Expected failures a user can act on. Anything else is INTERNAL and its text never leaves the server.
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  ALREADY_EXISTS: 409,
  LAST_ADMIN: 409,
  SELF_LOCKOUT: 409,
  INTERNAL: 500,
  // Set in the browser when a request got no answer (lib's useAction); never sent by the server.
  REQUEST_FAILED: 400,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A field name → i18n keys under "validation." (e.g. "required", "emailTaken"). */
export type FieldErrors = Record<string, FieldMessage[]>;
export type FieldMessage = { key: string; values?: Record<string, string | number> };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: ErrorCode, fieldErrors?: FieldErrors) {
    super(code);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
